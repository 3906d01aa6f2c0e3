import { readSheet } from "../../src/excel/readSheet";
import { COL } from "../../src/sheet/plan";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const SHEET = "Chấm điểm CCHC";
const plan = miniPlan();
const row = (key: string) => plan.layout.entries.find((e) => e.key === key)!.row;
const at = (key: string, col: number) => `${String.fromCharCode(64 + col)}${row(key)}`;

beforeEach(async () => {
  host = await withHost();
  expectInserted(await insert(plan));
});

describe("readSheet", () => {
  test("entries by key in one batch with one sync: numbers, text, errors; blanks are null", async () => {
    await host.userEdit(SHEET, at("I/I/1/1.1", COL.self), 2);
    await host.userEdit(SHEET, at("I/I/1/1.1", COL.evidence), "QĐ 12/QĐ-UBND");
    await host.userEdit(SHEET, at("I/I/1/1.2", COL.self), "1,5");
    await host.userEdit(SHEET, at("I/I/2", COL.self), "#N/A");
    await host.userEdit(SHEET, at("I/II/3/3.2", COL.notApplicable), "x");
    const runsBefore = host.runs.length;
    const read = await readSheet(plan.layout);
    expect(host.runs.length - runsBefore).toBe(1);
    expect(host.runs[host.runs.length - 1].syncs).toBe(1);
    if (read.kind !== "read") throw new Error(JSON.stringify(read));
    expect(Object.keys(read.entries)).toEqual(plan.layout.entries.map((e) => e.key));
    const blank = { self: null, evidence: null, explanation: null, appraised: null, appraisalNote: null, notApplicable: null };
    expect(read.entries["I/I/1/1.1"]).toEqual({ ...blank, self: 2, evidence: "QĐ 12/QĐ-UBND" });
    expect(read.entries["I/I/1/1.2"]).toEqual({ ...blank, self: "1,5" });
    expect(read.entries["I/I/2"]).toEqual({ ...blank, self: { error: "#N/A" } });
    expect(read.entries["I/II/3/3.2"]).toEqual({ ...blank, notApplicable: "x" });
    expect(read.entries["II/2"]).toEqual(blank);
  });

  test("the formulas of formula cells, as the sheet holds them, and the meta sheet's template id and version", async () => {
    const read = await readSheet(plan.layout);
    if (read.kind !== "read") throw new Error(JSON.stringify(read));
    const planned = Object.fromEntries(
      plan.sheets[0].cells.filter((c) => c.kind === "formula").map((c) => [`${String.fromCharCode(64 + c.col)}${c.row}`, (c as { formula: string }).formula]),
    );
    expect(read.formulas).toEqual(planned);
    expect(read.meta?.values).toMatchObject({ templateId: "mini-test", templateVersion: "1.0.0", unit: "Phường Thử" });
    expect(JSON.parse(read.meta!.templateJson!).id).toBe("mini-test");
  });

  test("a formula overwritten by a number shows up as missing from the formulas", async () => {
    await setUnprotected();
    const k = at("I/I/1/1.1", COL.selfCounted);
    await host.userEdit(SHEET, k, 5);
    const read = await readSheet(plan.layout);
    if (read.kind !== "read") throw new Error(JSON.stringify(read));
    expect(read.formulas[k]).toBeUndefined();
  });

  test("text that looks like a formula is not reported as one", async () => {
    await host.userEdit(SHEET, at("I/I/1/1.1", COL.evidence), "'=xem QĐ 5");
    const read = await readSheet(plan.layout);
    if (read.kind !== "read") throw new Error(JSON.stringify(read));
    expect(read.formulas[at("I/I/1/1.1", COL.evidence)]).toBeUndefined();
    expect(read.entries["I/I/1/1.1"].evidence).toBe("=xem QĐ 5");
  });

  test("without the meta sheet: entries still read, meta null", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("CCHC_Meta").delete();
    });
    await host.userEdit(SHEET, at("II/1/a", COL.self), 1);
    const read = await readSheet(plan.layout);
    if (read.kind !== "read") throw new Error(JSON.stringify(read));
    expect(read.meta).toBeNull();
    expect(read.entries["II/1/a"].self).toBe(1);
  });

  test("a missing scoring sheet, a cell in edit mode", async () => {
    expect(await readSheet({ ...plan.layout, sheetName: "Không có" })).toEqual({ kind: "missing", sheetName: "Không có" });
    host.editMode = true;
    expect(await readSheet(plan.layout)).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
  });
});

async function setUnprotected(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).protection.unprotect();
  });
}
