import { templateFromJson } from "../../src/template/json";
import { chunksOf, listStoredTemplates, STORE_SHEET, storeTemplate, templatesOf } from "../../src/excel/templateStore";
import { dongNai2023Xa } from "../../src/template/builtin/dong-nai-2023-xa";
import { miniTemplate } from "../../src/template/builtin/mini";
import type { Template } from "../../src/template/schema";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const listed = async (): Promise<Template[]> => {
  const r = await listStoredTemplates();
  if (r.kind !== "listed") throw new Error(JSON.stringify(r));
  return r.templates;
};

describe("storeTemplate / listStoredTemplates", () => {
  test("an empty workbook has none and gets a hidden store on the first save", async () => {
    host = await withHost();
    expect(await listed()).toEqual([]);
    expect(await storeTemplate(miniTemplate)).toEqual({ kind: "stored", column: "A", replaced: false });
    expect(host.sheet(STORE_SHEET).visibility).toBe("Hidden");
    expect(host.model.activeSheet?.name).toBe("Sheet1");
    expect(await listed()).toEqual([miniTemplate]);
  });

  test("a large template spans several chunks and reads back equal; text that looks like a number stays text", async () => {
    host = await withHost();
    const json = JSON.stringify(dongNai2023Xa);
    expect(chunksOf(json).length).toBeGreaterThan(1);
    // A chunk beginning with a digit or "-" would turn into a number or a formula without its guard.
    const tricky: Template = { ...miniTemplate, id: "1-thu", title: "=SUM(1)" };
    expect(await storeTemplate(dongNai2023Xa)).toMatchObject({ kind: "stored", column: "A" });
    expect(await storeTemplate(tricky)).toMatchObject({ kind: "stored", column: "B" });
    expect(host.value(STORE_SHEET, "B1")).toBe("1-thu@1.0.0");
    expect(await listed()).toEqual([dongNai2023Xa, tricky]);
  });

  test("saving the same id and version again replaces it in place; another version gets its own column", async () => {
    host = await withHost();
    await storeTemplate(dongNai2023Xa);
    await storeTemplate(miniTemplate);
    const edited: Template = { ...dongNai2023Xa, title: "Đã sửa", parts: [dongNai2023Xa.parts[1]] };
    const runs = host.runs.length;
    expect(await storeTemplate(edited)).toEqual({ kind: "stored", column: "A", replaced: true });
    expect(host.runs[runs].syncs).toBe(3);
    const v2: Template = { ...miniTemplate, version: "2.0.0" };
    expect(await storeTemplate(v2)).toEqual({ kind: "stored", column: "C", replaced: false });
    const all = await listed();
    expect(all.map((t) => `${t.id}@${t.version}:${t.title}`)).toEqual([`${edited.id}@${edited.version}:Đã sửa`, "mini-test@1.0.0:" + miniTemplate.title, "mini-test@2.0.0:" + miniTemplate.title]);
    // The shorter JSON left nothing of the longer one behind.
    expect(all[0]).toEqual(edited);
  });

  test("unreadable columns are skipped", async () => {
    host = await withHost({ sheets: [{ name: "Sheet1" }, { name: STORE_SHEET, visibility: "Hidden", cells: { A1: "hỏng@1", A2: 1, A3: "'{không phải JSON" } }] });
    await storeTemplate(miniTemplate);
    expect(host.value(STORE_SHEET, "B1")).toBe("mini-test@1.0.0");
    expect(await listed()).toEqual([miniTemplate]);
    expect(templatesOf([["x@1", "y@2"], [2, "a"], ["{", "{}"]], templateFromJson)).toEqual([]);
  });

  test("cell-edit mode: busy, nothing written", async () => {
    host = await withHost();
    host.editMode = true;
    expect(await storeTemplate(miniTemplate)).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    expect(await listStoredTemplates()).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    host.editMode = false;
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
