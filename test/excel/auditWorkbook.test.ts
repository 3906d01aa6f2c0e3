import { auditFormulas, repairFormulas, rowRuns } from "../../src/excel/auditWorkbook";
import { detectCapabilities } from "../../src/excel/capabilities";
import { a1 } from "../../src/sheet/address";
import { COL, type WorkbookPlan } from "../../src/sheet/plan";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const ENTRY_COLS = [COL.self, COL.evidence, COL.explanation, COL.appraised, COL.appraisalNote, COL.notApplicable];

/** Every entry cell's formula text, by address: what must never change. */
function entryCells(plan: WorkbookPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of plan.layout.entries) for (const col of ENTRY_COLS) out[a1(e.row, col)] = host.formulas(plan.layout.sheetName, a1(e.row, col))[0][0];
  return out;
}

/** Types into cells as a user would, on the protected sheet lifted for a moment (as Excel's Unprotect does). */
async function tamper(plan: WorkbookPlan, edits: Record<string, string | number>): Promise<void> {
  const sheet = host.sheet(plan.layout.sheetName);
  const before = sheet.protection;
  sheet.protection = { protected: false, options: {} };
  for (const [address, value] of Object.entries(edits)) await host.userEdit(plan.layout.sheetName, address, value);
  sheet.protection = before;
}

async function filledMini(): Promise<WorkbookPlan> {
  host = await withHost();
  const plan = miniPlan();
  expectInserted(await insert(plan));
  const name = plan.layout.sheetName;
  const [e1, e2, e3] = plan.layout.entries;
  await host.userEdit(name, a1(e1.row, COL.self), 2);
  await host.userEdit(name, a1(e1.row, COL.evidence), "QĐ 12/QĐ-UBND");
  await host.userEdit(name, a1(e2.row, COL.self), 1.5);
  await host.userEdit(name, a1(e2.row, COL.explanation), "=không có");
  await host.userEdit(name, a1(e3.row, COL.evidence), "1,5");
  return plan;
}

const formulaCells = (plan: WorkbookPlan) => plan.sheets[0].cells.filter((c) => c.kind === "formula");

describe("auditFormulas", () => {
  test("a freshly inserted sheet is clean, read in one run", async () => {
    const plan = await filledMini();
    const runs = host.runs.length;
    const r = await auditFormulas(plan);
    expect(r).toEqual({ kind: "audited", result: { differences: [], repairable: true } });
    expect(host.runs.length - runs).toBe(1);
    expect(host.runs[host.runs.length - 1].syncs).toBe(1);
  });

  test("finds values typed over formulas, an edited formula, a deleted name and an unlocked formula cell; repair restores them without touching an entry", async () => {
    const plan = await filledMini();
    const [f1, f2, f3, f4] = formulaCells(plan).filter((c) => c.col === COL.selfCounted);
    const edited = formulaCells(plan).find((c) => c.col === COL.self && c.row === plan.layout.results.totalRow)!;
    await tamper(plan, { [a1(f1.row, f1.col)]: 7, [a1(f2.row, f2.col)]: "x", [a1(edited.row, edited.col)]: "=1+1" });
    host.sheet(plan.layout.sheetName).setFormat({ top: f3.row, left: f3.col, bottom: f3.row, right: f3.col }, "protection.locked", false);
    await Excel.run(async (context) => {
      context.workbook.names.getItem(plan.names[0].name).delete();
      await context.sync();
    });
    const before = entryCells(plan);

    const audited = await auditFormulas(plan);
    if (audited.kind !== "audited") throw new Error(JSON.stringify(audited));
    const kinds = audited.result.differences.map((d) => `${d.kind} ${"cell" in d ? d.cell : "name" in d ? d.name : ""}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        `formulaReplaced ${a1(f1.row, f1.col)}`,
        `formulaReplaced ${a1(f2.row, f2.col)}`,
        `formulaEdited ${a1(edited.row, edited.col)}`,
        `formulaUnlocked ${a1(f3.row, f3.col)}`,
        `nameMissing ${plan.names[0].name}`,
      ]),
    );
    expect(kinds).not.toContain(`formulaUnlocked ${a1(f4.row, f4.col)}`);
    expect(kinds).toHaveLength(5);
    expect(host.sheet(plan.layout.sheetName).protection.protected).toBe(true);

    const repaired = await repairFormulas(plan, audited.result);
    expect(repaired).toEqual({ kind: "repaired", formulas: 3, names: 1, locked: 1 });
    expect(host.runs[host.runs.length - 1].syncs).toBe(2);
    expect(entryCells(plan)).toEqual(before);
    expect(host.formulas(plan.layout.sheetName, a1(f1.row, f1.col))[0][0]).toBe(f1.formula);
    expect(host.format(plan.layout.sheetName, a1(f3.row, f3.col), "protection.locked")).toBe(true);
    // Protected again with the plan's options: the officer can still type in entries, not over formulas.
    expect(host.sheet(plan.layout.sheetName).protection.protected).toBe(true);
    await expect(host.userEdit(plan.layout.sheetName, a1(f1.row, f1.col), 3)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(await auditFormulas(plan)).toEqual({ kind: "audited", result: { differences: [], repairable: true } });
    // The only formula that does not compute is the officer's own "=không có", left as typed.
    expect(host.formulaProblems(plan.layout.sheetName).map((p) => p.formula)).toEqual(["=không có"]);
  });

  test("a changed name is deleted and defined again; an unprotected sheet stays unprotected", async () => {
    const plan = await filledMini();
    host.sheet(plan.layout.sheetName).protection = { protected: false, options: {} };
    const name = plan.names[1];
    await Excel.run(async (context) => {
      context.workbook.names.getItem(name.name).delete();
      context.workbook.names.add(name.name, `='${plan.layout.sheetName}'!$A$1`);
      await context.sync();
    });
    const audited = await auditFormulas(plan);
    if (audited.kind !== "audited") throw new Error(JSON.stringify(audited));
    expect(audited.result.differences).toEqual([{ kind: "nameChanged", name: name.name, expected: name.ref, found: `'${plan.layout.sheetName}'!$A$1` }]);
    expect(await repairFormulas(plan, audited.result)).toEqual({ kind: "repaired", formulas: 0, names: 1, locked: 0 });
    expect(host.sheet(plan.layout.sheetName).protection.protected).toBe(false);
    expect(await auditFormulas(plan)).toEqual({ kind: "audited", result: { differences: [], repairable: true } });
  });

  test("rows inserted: found, and not repaired cell by cell", async () => {
    const plan = await filledMini();
    const row = plan.layout.entries[0].row;
    await tamper(plan, { [a1(row, COL.stt)]: "9.9" });
    const audited = await auditFormulas(plan);
    if (audited.kind !== "audited") throw new Error(JSON.stringify(audited));
    expect(audited.result.repairable).toBe(false);
    expect(audited.result.differences[0]).toMatchObject({ kind: "rowsShifted", row });
    const runs = host.runs.length;
    expect(await repairFormulas(plan, audited.result)).toEqual({ kind: "error", problem: { code: "notRepairable" } });
    expect(host.runs.length).toBe(runs);
  });

  test("a stale audit result never writes where the plan has no formula", async () => {
    const plan = await filledMini();
    const entry = plan.layout.entries[0];
    const before = entryCells(plan);
    const forged = { repairable: true, differences: [{ kind: "formulaReplaced" as const, cell: a1(entry.row, COL.self), row: entry.row, col: COL.self, expected: "=99", found: 2 }] };
    expect(await repairFormulas(plan, forged)).toEqual({ kind: "repaired", formulas: 0, names: 0, locked: 0 });
    expect(entryCells(plan)).toEqual(before);
  });

  test("a missing sheet, cell-edit mode, and an old Excel", async () => {
    const plan = await filledMini();
    expect(await auditFormulas({ ...plan, layout: { ...plan.layout, sheetName: "Không có" } })).toEqual({ kind: "missing", sheetName: "Không có" });
    host.editMode = true;
    expect(await auditFormulas(plan)).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    const result = { repairable: true, differences: [{ kind: "nameMissing" as const, name: plan.names[0].name, expected: plan.names[0].ref }] };
    expect(await repairFormulas(plan, result)).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    host.editMode = false;
    const old = detectCapabilities((_n, v) => Number(v) <= 1.3);
    expect(await repairFormulas(plan, result, old)).toEqual({ kind: "error", problem: { code: "unsupported", feature: "names" } });
  });
});

test("rowRuns joins neighbouring cells of a row only", () => {
  expect(
    rowRuns([
      { row: 2, col: 5, formula: "=b" },
      { row: 2, col: 4, formula: "=a" },
      { row: 2, col: 7, formula: "=c" },
      { row: 3, col: 5, formula: "=d" },
    ]),
  ).toEqual([
    { row: 2, left: 4, formulas: ["=a", "=b"] },
    { row: 2, left: 7, formulas: ["=c"] },
    { row: 3, left: 5, formulas: ["=d"] },
  ]);
});

test("the built-in Đồng Nai sheet audits clean in one run, its locks read per area", async () => {
  host = await withHost();
  const { buildPlan } = await import("../../src/sheet/buildPlan");
  const { dongNai2023Xa } = await import("../../src/template/builtin/dong-nai-2023-xa");
  const plan = buildPlan(dongNai2023Xa, { unit: "Xã Thử" });
  expectInserted(await insert(plan));
  const ops = host.totals.operations;
  expect(await auditFormulas(plan)).toEqual({ kind: "audited", result: { differences: [], repairable: true } });
  expect(host.runs[host.runs.length - 1].syncs).toBe(1);
  expect(host.totals.operations - ops).toBeLessThan(plan.sheets[0].cells.filter((c) => c.kind === "formula").length);
});
