import type { CellValue } from "../scoring/types";
import { a1 } from "./address";
import { COL, type WorkbookPlan } from "./plan";

/**
 * The formula audit: what a workbook's scoring sheet holds, compared with the plan of the template
 * version it carries. Hand-made sheets break when a formula is typed over or a row is inserted;
 * this finds each such place and what should be there, and repairOps() puts formulas and names back
 * without touching a single entry cell.
 */

/** What the audit needs to see of a workbook; the Office.js and .xlsx readers both provide it. */
export interface AuditSource {
  /** The formula text of a cell (with or without "="), or null when it holds a value or nothing. */
  formula(row: number, col: number): string | null;
  value(row: number, col: number): CellValue;
  names: Array<{ name: string; ref: string }>;
  /** Whether the cell is locked, where the reader knows it. */
  locked?: (row: number, col: number) => boolean | null;
}

export type AuditDifference =
  | { kind: "rowsShifted"; row: number; expectedCode: string; found: CellValue }
  | { kind: "formulaReplaced"; cell: string; row: number; col: number; expected: string; found: CellValue }
  | { kind: "formulaEdited"; cell: string; row: number; col: number; expected: string; found: string }
  | { kind: "nameMissing"; name: string; expected: string }
  | { kind: "nameChanged"; name: string; expected: string; found: string }
  | { kind: "formulaUnlocked"; cell: string; row: number; col: number };

export interface AuditResult {
  differences: AuditDifference[];
  /** False when rows were inserted or deleted: formulas alone cannot mend that (re-insert the template). */
  repairable: boolean;
}

/** Spaces and case outside quoted text do not change a formula. */
export function normalizeFormula(f: string): string {
  return f
    .replace(/^=/, "")
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase().replace(/_XLFN\./g, "")))
    .join('"');
}

const normalizeRef = (r: string) => r.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

const textOf = (v: CellValue): string => (v === null || typeof v === "object" ? "" : String(v).trim());

export function auditSheet(plan: WorkbookPlan, src: AuditSource): AuditResult {
  const differences: AuditDifference[] = [];
  const sheet = plan.sheets[0];

  // Item codes in column A anchor the layout: a row inserted or deleted moves them.
  const codeRows = sheet.cells.filter((c) => c.col === COL.stt && c.kind === "text" && c.row >= plan.layout.firstDataRow && c.row <= plan.layout.lastDataRow);
  for (const c of codeRows) {
    if (c.kind !== "text" || c.text === "") continue;
    const found = src.value(c.row, c.col);
    if (textOf(found) !== c.text.trim()) {
      differences.push({ kind: "rowsShifted", row: c.row, expectedCode: c.text, found });
      return { differences, repairable: false };
    }
  }

  for (const c of sheet.cells) {
    if (c.kind !== "formula") continue;
    const cell = a1(c.row, c.col);
    const found = src.formula(c.row, c.col);
    if (found === null) differences.push({ kind: "formulaReplaced", cell, row: c.row, col: c.col, expected: c.formula, found: src.value(c.row, c.col) });
    else if (normalizeFormula(found) !== normalizeFormula(c.formula)) {
      differences.push({ kind: "formulaEdited", cell, row: c.row, col: c.col, expected: c.formula, found: found.startsWith("=") ? found : `=${found}` });
    } else if (src.locked && src.locked(c.row, c.col) === false) differences.push({ kind: "formulaUnlocked", cell, row: c.row, col: c.col });
  }

  const names = new Map(src.names.map((n) => [n.name.toUpperCase(), n.ref]));
  for (const n of plan.names) {
    const found = names.get(n.name.toUpperCase());
    if (found === undefined) differences.push({ kind: "nameMissing", name: n.name, expected: n.ref });
    else if (normalizeRef(found) !== normalizeRef(n.ref)) differences.push({ kind: "nameChanged", name: n.name, expected: n.ref, found });
  }
  return { differences, repairable: true };
}

/** What "Khôi phục công thức" writes: formula cells and names only, never an entry cell. */
export function repairOps(result: AuditResult): { formulas: Array<{ row: number; col: number; formula: string }>; names: Array<{ name: string; ref: string }>; lock: Array<{ row: number; col: number }> } {
  const formulas: Array<{ row: number; col: number; formula: string }> = [];
  const names: Array<{ name: string; ref: string }> = [];
  const lock: Array<{ row: number; col: number }> = [];
  if (!result.repairable) return { formulas, names, lock };
  for (const d of result.differences) {
    switch (d.kind) {
      case "formulaReplaced":
      case "formulaEdited":
        formulas.push({ row: d.row, col: d.col, formula: d.expected });
        break;
      case "nameMissing":
      case "nameChanged":
        names.push({ name: d.name, ref: d.expected });
        break;
      case "formulaUnlocked":
        lock.push({ row: d.row, col: d.col });
        break;
      case "rowsShifted":
        break;
      default: {
        const never: never = d;
        return never;
      }
    }
  }
  return { formulas, names, lock };
}

export function auditMessage(d: AuditDifference, lang: "vi" | "en" = "vi"): string {
  const vi = lang === "vi";
  const shown = (v: CellValue) => (v === null ? (vi ? "(trống)" : "(blank)") : typeof v === "object" ? v.error : JSON.stringify(v));
  switch (d.kind) {
    case "rowsShifted":
      return vi
        ? `Dòng ${d.row}: cột STT phải là "${d.expectedCode}" nhưng đang là ${shown(d.found)}: bảng đã bị chèn hoặc xóa dòng. Không thể khôi phục từng công thức; hãy chèn lại biểu mẫu (dữ liệu đã nhập được giữ).`
        : `Row ${d.row}: column STT should read "${d.expectedCode}" but reads ${shown(d.found)}: rows were inserted or deleted. Formulas cannot be repaired one by one; insert the template again (entries are kept).`;
    case "formulaReplaced":
      return vi ? `Ô ${d.cell}: công thức đã bị thay bằng giá trị ${shown(d.found)}; công thức đúng: ${d.expected}` : `Cell ${d.cell}: the formula was replaced by the value ${shown(d.found)}; expected: ${d.expected}`;
    case "formulaEdited":
      return vi ? `Ô ${d.cell}: công thức bị sửa thành ${d.found}; công thức đúng: ${d.expected}` : `Cell ${d.cell}: the formula was edited to ${d.found}; expected: ${d.expected}`;
    case "nameMissing":
      return vi ? `Tên ${d.name} bị xóa; phải trỏ tới ${d.expected}` : `Name ${d.name} is missing; it should refer to ${d.expected}`;
    case "nameChanged":
      return vi ? `Tên ${d.name} trỏ tới ${d.found}; phải trỏ tới ${d.expected}` : `Name ${d.name} refers to ${d.found}; it should refer to ${d.expected}`;
    case "formulaUnlocked":
      return vi ? `Ô công thức ${d.cell} không được khóa: có thể bị ghi đè khi bảo vệ trang tính.` : `Formula cell ${d.cell} is not locked and can be typed over.`;
    default: {
      const never: never = d;
      return never;
    }
  }
}
