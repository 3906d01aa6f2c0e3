import type { CellValue, Entries } from "../scoring/types";
import type { PlanLayout } from "../sheet/plan";
import { ENTRY_COLUMNS } from "./consolidate/entries";
import type { ExcelJS } from "./exceljs";
import { composeWorkbook, serializeWorkbook, type WritablePlan } from "./writeWorkbook";

/** An entry as it lands in a cell: text stays text (a leading "=" is never a formula), errors are error cells. */
export function entryCellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object") return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/**
 * A new workbook of our own, written from its plan, with entries typed into its input cells before
 * it is serialized (the template upgrade and the benchmark's generated communes). Never used to
 * round-trip a user's file.
 */
export async function workbookWithEntries(plan: WritablePlan & { layout: PlanLayout }, entries: Entries): Promise<Uint8Array> {
  const composed = await composeWorkbook(plan);
  const ws = composed.workbook.getWorksheet(plan.layout.sheetName);
  if (!ws) throw new Error(`workbookWithEntries(): the plan has no sheet ${plan.layout.sheetName}`);
  for (const { key, row } of plan.layout.entries) {
    const entry = entries[key];
    if (!entry) continue;
    for (const [field, col] of ENTRY_COLUMNS) {
      const v = entry[field];
      if (v !== undefined && v !== null) ws.getCell(row, col).value = entryCellValue(v);
    }
  }
  return serializeWorkbook(composed);
}
