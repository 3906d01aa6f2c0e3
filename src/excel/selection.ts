import type { TableCell } from "../template/import/types";
import { failureOf } from "./problems";
import type { WorkbookFailure } from "./workbookProblems";

/**
 * "Nhập bộ tiêu chí": the values of the selected range, for the appendix import. A whole-column
 * selection is clipped to the cells that hold values (so selecting columns A:F is fine), and the
 * size is checked before the values are loaded, so a stray Ctrl+A never pulls a million rows.
 */
export const SELECTION_LIMITS = { maxRows: 10_000, maxCols: 60 };

export type SelectionOutcome = { kind: "table"; rows: TableCell[][]; address: string; firstRow: number } | WorkbookFailure;

/** Office gives "" for blank, the text of an error ("#N/A"), numbers and booleans. */
export function tableCell(v: unknown): TableCell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Top row of "Sheet1!B5:F40", "'Bảng 1'!5:40" or "Sheet1!A:F" (1 for whole columns). */
export function topRowOf(address: string): number {
  const m = /^\$?[A-Za-z]*\$?(\d+)/.exec(address.slice(address.lastIndexOf("!") + 1));
  return m ? Number(m[1]) : 1;
}

export async function readSelection(limits = SELECTION_LIMITS): Promise<SelectionOutcome> {
  try {
    return await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      const used = selected.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) {
        return { kind: "table", rows: [], address: selected.address, firstRow: topRowOf(selected.address) } as const;
      }
      if (used.rowCount > limits.maxRows || used.columnCount > limits.maxCols) {
        return { kind: "error", problem: { code: "selectionTooLarge", rows: used.rowCount, cols: used.columnCount, ...limits } } as const;
      }
      used.load("values");
      await context.sync();
      const rows = used.values.map((line) => line.map(tableCell));
      return { kind: "table", rows, address: used.address, firstRow: topRowOf(used.address) } as const;
    });
  } catch (e) {
    return failureOf(e);
  }
}
