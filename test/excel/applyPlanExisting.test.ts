import { COL } from "../../src/sheet/plan";
import { excelMessage } from "../../src/excel/messages";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, withHost } from "./helpers";

/** What insertPlan does when the workbook already has the scoring sheet: ask, replace, rename; and when it fails. */
let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const SHEET = "Chấm điểm CCHC";
const META = "CCHC_Meta";
const plan = miniPlan();
const selfCell = (i = 0) => `E${plan.layout.entries[i].row}`;

async function withInsertedSheet(entries: boolean): Promise<void> {
  host = await withHost({ sheets: [{ name: "Sheet1" }, { name: "Tổng hợp", cells: { A1: `='${SHEET}'!E${plan.layout.results.totalRow}` } }] });
  expectInserted(await insert(plan));
  if (entries) await host.userEdit(SHEET, selfCell(), 2);
}

const snapshot = (h: InstalledExcelFake) =>
  h.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: [...s.cells.entries()].map(([k, c]) => [k, JSON.stringify(c)]) }));

describe("ask", () => {
  test.each([
    { entries: false, hasEntries: false },
    { entries: true, hasEntries: true },
  ])("an existing sheet (entries: $entries) is reported, nothing is written, within 3 syncs", async ({ entries, hasEntries }) => {
    await withInsertedSheet(entries);
    const before = snapshot(host);
    const names = host.model.names.length;
    expect(await insert(plan, "ask")).toEqual({ kind: "exists", sheetName: SHEET, hasEntries });
    expect(snapshot(host)).toEqual(before);
    expect(host.model.names).toHaveLength(names);
    expect(host.runs[1].syncs).toBeLessThanOrEqual(3);
  });

  test("an existing sheet that the add-in did not make counts as holding work", async () => {
    host = await withHost({ sheets: [{ name: SHEET, cells: { A1: "Bảng của tôi" } }] });
    expect(await insert(plan, "ask")).toEqual({ kind: "exists", sheetName: SHEET, hasEntries: true });
  });

  test("a meta sheet left without its scoring sheet is reported too (it may belong to a renamed one)", async () => {
    host = await withHost({ sheets: [{ name: "Phường A" }, { name: META, visibility: "Hidden" }] });
    expect(await insert(plan, "ask")).toEqual({ kind: "exists", sheetName: META, hasEntries: false });
  });
});

describe("replace", () => {
  test("the old sheets go, the new ones take their names, names point at the new sheet", async () => {
    await withInsertedSheet(true);
    const outcome = await insert(plan, "replace");
    expectInserted(outcome);
    expect(outcome.replaced).toBe(true);
    expect(host.runs[1].syncs).toBeLessThanOrEqual(3);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp", SHEET, META]);
    expect(host.value(SHEET, selfCell())).toBe("");
    expect(host.formulaProblems(SHEET)).toEqual([]);
    expect(host.formulaProblems(META)).toEqual([]);
    for (const n of plan.names) expect(host.model.names.filter((x) => x.name === n.name)).toEqual([expect.objectContaining({ formula: `=${n.ref}`, scope: null })]);
    // A formula elsewhere that pointed at the old sheet loses it, as in Excel when a sheet is deleted.
    expect(host.value("Tổng hợp", "A1")).toBe("#REF!");
  });
});

describe("rename", () => {
  test("a second copy beside the first, with its own sheet names and references", async () => {
    await withInsertedSheet(true);
    const outcome = await insert(plan, "rename");
    expectInserted(outcome);
    expect(outcome.sheetName).toBe(`${SHEET} (2)`);
    expect(outcome.metaSheetName).toBe(`${META} (2)`);
    expect(outcome.layout.sheetName).toBe(`${SHEET} (2)`);
    expect(host.value(SHEET, selfCell())).toBe(2);
    expect(host.formulaProblems()).toEqual([]);
    const list = host.validationAt(`${SHEET} (2)`, selfCell())?.rule.list?.source;
    expect(list).toMatch(/^='CCHC_Meta \(2\)'!\$B\$\d+:\$[A-Z]\$\d+$/);
    expect(outcome.notes).toContainEqual({ code: "namesOnSheet", sheetName: `${SHEET} (2)`, names: plan.names.map((n) => n.name) });
    const onSheet = host.model.names.filter((n) => n.scope?.name === `${SHEET} (2)`);
    expect(onSheet).toHaveLength(plan.names.length);
    expect(onSheet[0].formula).toContain(`'${SHEET} (2)'!`);
    expect(excelMessage(outcome.notes.find((n) => n.code === "namesOnSheet")!, "vi")).toContain(`${SHEET} (2)`);
  });
});

describe("names already in the workbook", () => {
  test("a dangling name (its sheet deleted) is replaced; another one is kept and the new name goes on the sheet", async () => {
    host = await withHost({ sheets: [{ name: "Sheet1", cells: { A1: 1 } }, { name: "Cũ" }] });
    await Excel.run(async (context) => {
      context.workbook.names.add("TongDiem", "='Cũ'!$A$1");
      context.workbook.names.add("XepLoai", "=Sheet1!$A$1");
      context.workbook.worksheets.getItem("Cũ").delete();
    });
    expect(host.model.names.find((n) => n.name === "TongDiem")?.formula).toBe("=#REF!$A$1");
    const outcome = await insert(plan);
    expectInserted(outcome);
    const tong = plan.names.find((n) => n.name === "TongDiem")!;
    expect(host.model.names.filter((n) => n.name === "TongDiem")).toEqual([expect.objectContaining({ formula: `=${tong.ref}`, scope: null })]);
    expect(host.model.names.find((n) => n.name === "XepLoai" && n.scope === null)?.formula).toBe("=Sheet1!$A$1");
    expect(outcome.notes).toContainEqual({ code: "namesOnSheet", sheetName: SHEET, names: ["XepLoai"] });
  });
});

describe("when it cannot", () => {
  test("a cell in edit mode: busy, nothing written, a message that says what to do", async () => {
    host = await withHost();
    host.editMode = true;
    const outcome = await insert(plan);
    expect(outcome).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    if (outcome.kind === "busy") expect(excelMessage(outcome.problem, "vi")).toMatch(/Enter/);
  });

  test.each(["WorksheetProtection.protect()", "NamedItemCollection.add()", "Worksheet.delete()"])(
    "a failure halfway through replacing (at %s) puts the workbook back as it was",
    async (failing) => {
      await withInsertedSheet(true);
      const before = snapshot(host);
      const names = host.model.names.map((n) => [n.name, n.formula]);
      let failed = false;
      // Only the first such operation fails: undo() may need the same kind of operation.
      host.failOn = (label) => !failed && label === failing && (failed = true);
      const outcome = await insert(plan, "replace");
      expect(outcome).toMatchObject({ kind: "error", problem: { code: "officeError", officeCode: "GeneralException" } });
      expect(outcome).not.toHaveProperty("cleanupProblem");
      expect(snapshot(host).map((s) => s.name)).toEqual(before.map((s) => s.name));
      expect(host.value(SHEET, selfCell())).toBe(2);
      expect(host.model.names.map((n) => [n.name, n.formula]).sort()).toEqual(names.sort());
      expect(host.value("Tổng hợp", "A1")).not.toBe("#REF!");
    },
  );

  test("a failure on a fresh workbook leaves no half-made sheet", async () => {
    host = await withHost();
    host.failOn = (label) => label === "NamedItemCollection.add()";
    const outcome = await insert(plan);
    expect(outcome.kind).toBe("error");
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("a plan Excel would refuse is refused before anything is written", async () => {
    host = await withHost();
    const bad = { ...plan, sheets: [{ ...plan.sheets[0], name: "Chấm điểm: CCHC" }, plan.sheets[1]] };
    const outcome = await insert(bad);
    expect(outcome).toMatchObject({ kind: "error", problem: { code: "invalidPlan" } });
    expect(host.runs).toHaveLength(0);
  });

  test("over Excel on the web's 5 MB request limit: tooLarge, and nothing left behind", async () => {
    host = await withHost({ maxRequestBytes: 10_000 });
    const outcome = await insert(plan);
    expect(outcome).toMatchObject({ kind: "error", problem: { code: "tooLarge" } });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("entries are never overwritten without replace: the row stays as typed after ask and rename", async () => {
    await withInsertedSheet(true);
    await host.userEdit(SHEET, `F${plan.layout.entries[0].row}`, "QĐ 1/QĐ-UBND");
    await insert(plan, "ask");
    await insert(plan, "rename");
    expect(host.values(SHEET, `E${plan.layout.entries[0].row}:F${plan.layout.entries[0].row}`)).toEqual([[2, "QĐ 1/QĐ-UBND"]]);
    expect(COL.self).toBe(5);
  });
});
