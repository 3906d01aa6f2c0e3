import { insertExtraSheet } from "../../src/excel/extraSheet";
import { a1 } from "../../src/sheet/address";
import { explanationSheet, EXPLANATION_SHEET } from "../../src/sheet/explanations";
import { planUpgrade, unmatchedSheet, UNMATCHED_SHEET } from "../../src/sheet/upgrade";
import type { SheetPlan } from "../../src/sheet/plan";
import { miniTemplate } from "../../src/template/builtin/mini";
import type { Entries } from "../../src/scoring/types";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, UNIT, withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const plan = miniPlan();
const look = { styles: plan.styles, font: plan.font };
const entries = (explanation: string): Entries => ({
  "I/I/1/1.1": { self: 2, explanation },
  "I/I/1/1.2": { self: 1, evidence: "QĐ 5" },
  "I/I/2": { self: 1, explanation: "=1+1 là ghi chú" },
});
const explanations = (explanation: string): SheetPlan => explanationSheet(miniTemplate, entries(explanation), plan.layout, { unit: UNIT, date: "01/12/2023" });

/** The plan's text and number cells as the sheet shows them. */
function expectWritten(sheet: SheetPlan): void {
  for (const c of sheet.cells) {
    if (c.kind === "text") expect(host.value(sheet.name, a1(c.row, c.col))).toBe(c.text);
    if (c.kind === "number") expect(host.value(sheet.name, a1(c.row, c.col))).toBe(c.value);
  }
}

describe("insertExtraSheet", () => {
  test("writes the explanation list with its merges, widths, freeze and print setup, in one run of two syncs", async () => {
    host = await withHost();
    expectInserted(await insert(plan));
    const sheet = explanations("Chờ quyết định");
    const runs = host.runs.length;
    const r = await insertExtraSheet(sheet, look, false);
    expect(r).toEqual({ kind: "inserted", sheetName: EXPLANATION_SHEET, replaced: false, notes: [{ code: "fitToWidthMayNotApply" }] });
    expect(host.runs.length - runs).toBe(1);
    expect(host.runs[host.runs.length - 1].syncs).toBe(2);
    expectWritten(sheet);
    expect(host.value(EXPLANATION_SHEET, "F6")).toBe("=1+1 là ghi chú");
    const model = host.sheet(EXPLANATION_SHEET);
    expect(model.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 7 },
      { top: 2, left: 1, bottom: 2, right: 7 },
    ]);
    expect(model.freeze).toEqual({ rows: 4, cols: 0 });
    expect(model.pageLayout.orientation).toBe("Landscape");
    expect(model.pageLayout.titleRows).toEqual({ first: 4, last: 4 });
    expect(host.format(EXPLANATION_SHEET, "A4", "font.bold")).toBe(true);
    expect(host.model.activeSheet?.name).toBe(EXPLANATION_SHEET);
    // The scoring sheet is not touched.
    expect(host.sheet(plan.layout.sheetName).protection.protected).toBe(true);
  });

  test("an existing sheet is kept unless the user said replace; then it is replaced, once", async () => {
    host = await withHost();
    expect((await insertExtraSheet(explanations("cũ"), look, false)).kind).toBe("inserted");
    const runs = host.runs.length;
    expect(await insertExtraSheet(explanations("mới"), look, false)).toEqual({ kind: "exists", sheetName: EXPLANATION_SHEET });
    expect(host.runs[runs].syncs).toBe(1);
    expect(host.value(EXPLANATION_SHEET, "F5")).toBe("cũ");

    const r = await insertExtraSheet(explanations("mới"), look, true);
    expect(r).toMatchObject({ kind: "inserted", replaced: true });
    expect(host.value(EXPLANATION_SHEET, "F5")).toBe("mới");
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", EXPLANATION_SHEET]);
  });

  test("the unmatched block of an upgrade, on an Excel without print setup", async () => {
    host = await withHost({ apiVersion: "1.8" });
    const up = planUpgrade(miniTemplate, { ...miniTemplate, parts: [miniTemplate.parts[1]] }, { "I/I/1/1.1": { self: 2, evidence: "-QĐ" }, "II/1/a": { self: 1 } });
    const sheet = unmatchedSheet(up, "1.0.0", "2.0.0");
    const r = await insertExtraSheet(sheet, look, false);
    expect(r).toEqual({ kind: "inserted", sheetName: UNMATCHED_SHEET, replaced: false, notes: [] });
    expectWritten(sheet);
    expect(host.value(UNMATCHED_SHEET, "G4")).toBe("-QĐ");
  });

  test("cell-edit mode and a failure halfway leave the workbook as it was", async () => {
    host = await withHost();
    expect((await insertExtraSheet(explanations("cũ"), look, false)).kind).toBe("inserted");
    host.editMode = true;
    expect(await insertExtraSheet(explanations("mới"), look, true)).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    host.editMode = false;
    host.failOn = (label) => label.startsWith("PageLayout");
    const r = await insertExtraSheet(explanations("mới"), look, true);
    host.failOn = undefined;
    expect(r.kind).toBe("error");
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", EXPLANATION_SHEET]);
    expect(host.value(EXPLANATION_SHEET, "F5")).toBe("cũ");
  });
});
