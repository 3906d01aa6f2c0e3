import type { CellStyle, PlanCell, SheetPlan, StyleId } from "../sheet/plan";

/**
 * The plan's cells as 2D blocks for range.formulas and range.numberFormat: one rectangle per sheet,
 * from A1 to the last planned cell, so that a whole sheet is one write (docs/EXCEL.md, Performance).
 * Cells the plan leaves out are null, which Office.js reads as "leave this cell alone".
 */
export type BlockValue = string | number | null;

export interface CellBlock {
  /** "A1:O90" */
  address: string;
  rows: number;
  cols: number;
  formulas: BlockValue[][];
  /** null when no cell of the sheet has a number format. */
  numberFormat: Array<Array<string | null>> | null;
}

/**
 * Text Excel would not keep as typed: =, +, - and @ start a formula; digits, "(", "#", "$", "." and
 * TRUE/FALSE would turn into numbers, errors or booleans; an English month name may become a date.
 * Such text gets a leading apostrophe, which Excel stores as a prefix, not as content.
 */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  if (!/^\p{L}/u.test(text)) return true;
  if (/^(true|false)$/i.test(text.trim())) return true;
  return /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i.test(text);
}

export function cellInput(cell: PlanCell): BlockValue {
  switch (cell.kind) {
    case "text":
      return needsTextGuard(cell.text) ? `'${cell.text}` : cell.text;
    case "number":
      return cell.value;
    case "formula":
      return cell.formula;
    case "blank":
      return null;
    default: {
      const never: never = cell;
      return String(never);
    }
  }
}

export function cellBlock(sheet: SheetPlan, styles: Record<StyleId, CellStyle>, colLetter: (c: number) => string): CellBlock | null {
  if (sheet.cells.length === 0) return null;
  const rows = Math.max(...sheet.cells.map((c) => c.row));
  const cols = Math.max(...sheet.cells.map((c) => c.col));
  const formulas: BlockValue[][] = Array.from({ length: rows }, () => Array<BlockValue>(cols).fill(null));
  const formats: Array<Array<string | null>> = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  let anyFormat = false;
  for (const cell of sheet.cells) {
    formulas[cell.row - 1][cell.col - 1] = cellInput(cell);
    const nf = styles[cell.style].numberFormat;
    if (nf) {
      formats[cell.row - 1][cell.col - 1] = nf;
      anyFormat = true;
    }
  }
  return { address: `A1:${colLetter(cols)}${rows}`, rows, cols, formulas, numberFormat: anyFormat ? formats : null };
}
