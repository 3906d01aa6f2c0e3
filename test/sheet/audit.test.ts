import { miniTemplate } from "../../src/template/builtin/mini";
import { buildPlan } from "../../src/sheet/buildPlan";
import { auditMessage, auditSheet, normalizeFormula, repairOps, type AuditSource } from "../../src/sheet/audit";
import { COL } from "../../src/sheet/plan";
import type { CellValue } from "../../src/scoring/types";
import { loadPlan } from "../support/hfSheet";
import { entrySets } from "../support/entrySets";
import { compareWithEngine } from "../support/compare";

const plan = buildPlan(miniTemplate, { unit: "Phường Thử" });

function sourceOf(sheet: ReturnType<typeof loadPlan>, names = plan.names.map((n) => ({ name: n.name, ref: n.ref }))): AuditSource {
  const id = sheet.hf.getSheetId(plan.layout.sheetName)!;
  return {
    formula: (row, col) => sheet.hf.getCellFormula({ sheet: id, row: row - 1, col: col - 1 }) ?? null,
    value: (row, col) => {
      const v = sheet.hf.getCellSerialized({ sheet: id, row: row - 1, col: col - 1 });
      return (typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as CellValue)) ?? null;
    },
    names,
  };
}

describe("formula audit", () => {
  it("finds nothing on an untouched sheet", () => {
    expect(auditSheet(plan, sourceOf(loadPlan(plan))).differences).toEqual([]);
  });

  it("finds a formula typed over, an edited formula and a broken name, and repairs them without touching entries", () => {
    const sheet = loadPlan(plan);
    const [{ entries }] = entrySets(miniTemplate, 1, 3);
    sheet.fill(entries);
    const id = sheet.hf.getSheetId(plan.layout.sheetName)!;
    const total = plan.layout.results.totalRow;
    const critRow = plan.layout.criteria.find((c) => c.key === "I/I/1")!.row;
    sheet.hf.setCellContents({ sheet: id, row: total - 1, col: COL.self - 1 }, 99);
    sheet.hf.setCellContents({ sheet: id, row: critRow - 1, col: COL.self - 1 }, "=SUM(K9:K9)");
    const names = plan.names.filter((n) => n.name !== "XepLoai").map((n) => (n.name === "TongDiem" ? { ...n, ref: "'Chấm điểm CCHC'!$E$1" } : n));
    const result = auditSheet(plan, sourceOf(sheet, names));
    expect(result.differences.map((d) => d.kind).sort()).toEqual(["formulaEdited", "formulaReplaced", "nameChanged", "nameMissing"]);
    expect(result.differences.map((d) => auditMessage(d)).join("\n")).toContain(`Ô E${total}: công thức đã bị thay bằng giá trị 99`);

    const before = plan.layout.entries.map(({ row }) => sheet.hf.getRangeSerialized({ start: { sheet: id, row: row - 1, col: COL.self - 1 }, end: { sheet: id, row: row - 1, col: COL.notApplicable - 1 } }));
    const ops = repairOps(result);
    for (const f of ops.formulas) sheet.hf.setCellContents({ sheet: id, row: f.row - 1, col: f.col - 1 }, f.formula);
    expect(auditSheet(plan, sourceOf(sheet)).differences).toEqual([]);
    const after = plan.layout.entries.map(({ row }) => sheet.hf.getRangeSerialized({ start: { sheet: id, row: row - 1, col: COL.self - 1 }, end: { sheet: id, row: row - 1, col: COL.notApplicable - 1 } }));
    expect(after).toEqual(before);
    expect(compareWithEngine(plan, miniTemplate, entries, sheet.read)).toEqual([]);
    expect(ops.names.map((n) => n.name).sort()).toEqual(["TongDiem", "XepLoai"]);
  });

  it("detects an inserted row and refuses to repair formula by formula", () => {
    const sheet = loadPlan(plan);
    const id = sheet.hf.getSheetId(plan.layout.sheetName)!;
    sheet.hf.addRows(id, [plan.layout.entries[2].row - 1, 1]);
    const result = auditSheet(plan, sourceOf(sheet));
    expect(result.repairable).toBe(false);
    expect(result.differences[0]).toMatchObject({ kind: "rowsShifted", row: plan.layout.entries[2].row });
    expect(repairOps(result).formulas).toEqual([]);
  });

  it.each([
    ["=sum( K9:K12 )", "SUM(K9:K12)"],
    ['=IF(A1="a b",1,0)', 'IF(A1="a b",1,0)'],
    ["=_xlfn.ROUND(A1,3)", "ROUND(A1,3)"],
  ])("normalizes %s", (f, out) => {
    expect(normalizeFormula(f)).toBe(out);
  });
});
