import { a1, parseRange } from "../sheet/address";
import type { SheetPlan } from "../sheet/plan";
import type { Worksheet } from "./exceljs";

/** ExcelJS takes this width for "no width set" and leaves such a column out of <cols>. */
const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * Rows whose planned height may grow by itself: those without a merged cell, which neither Excel nor
 * LibreOffice can fit. Their height is written without customHeight, so the plan's estimate shows
 * when the file opens and the row still grows when an officer types a long evidence reference.
 */
export function autoHeightRows(sheet: SheetPlan): number[] {
  const merged = new Set<number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    for (let row = r.top; row <= r.bottom; row++) merged.add(row);
  }
  return sheet.rowHeights.map((r) => r.row).filter((row) => !merged.has(row));
}

/** Merges, column widths, row heights and frozen panes: the sheet's geometry. */
export function writeLayout(ws: Worksheet, sheet: SheetPlan): void {
  for (const range of sheet.merges) ws.mergeCells(range);
  // A plan width of exactly 9 would otherwise fall back to Excel's own default (8.43): make 9 the
  // sheet's default instead, which ExcelJS does write.
  if (sheet.columns.some((c) => c.width === EXCELJS_DEFAULT_WIDTH)) ws.properties.defaultColWidth = EXCELJS_DEFAULT_WIDTH;
  for (const c of sheet.columns) {
    const column = ws.getColumn(c.col);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  }
  // ExcelJS does not size rows to wrapped text, so every height that matters comes from the plan.
  for (const r of sheet.rowHeights) ws.getRow(r.row).height = r.height;
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    const { rows, cols } = sheet.freeze;
    ws.views = [{ state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: a1(rows + 1, cols + 1), activeCell: a1(rows + 1, cols + 1) }];
  }
}
