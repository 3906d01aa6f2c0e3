import { COL, type WorkbookPlan } from "../../src/sheet/plan";
import type { CellValue, Entries, Entry } from "../../src/scoring/types";
import type { ExcelJS } from "../../src/xlsx/exceljs";
import { composeWorkbook, serializeWorkbook } from "../../src/xlsx/writeWorkbook";

/** Entry columns as the officer and the appraiser type them, E..J. */
const INPUTS: Array<[keyof Entry, number]> = [
  ["self", COL.self],
  ["evidence", COL.evidence],
  ["explanation", COL.explanation],
  ["appraised", COL.appraised],
  ["appraisalNote", COL.appraisalNote],
  ["notApplicable", COL.notApplicable],
];

/** A typed value as it lands in a cell: text stays text ("1,5", "=1"), errors are error cells. */
export function excelInput(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object") return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/**
 * The plan's workbook with one entry set typed in: composed from the plan in memory and written
 * once (our own generated file, never a user's file round-tripped through ExcelJS).
 */
export async function filledWorkbook(plan: WorkbookPlan, entries: Entries): Promise<Uint8Array> {
  const composed = await composeWorkbook(plan);
  const ws = composed.workbook.getWorksheet(plan.layout.sheetName)!;
  for (const { key, row } of plan.layout.entries) {
    const e = entries[key] ?? {};
    for (const [field, col] of INPUTS) {
      const v = e[field];
      if (v !== undefined && v !== null) ws.getCell(row, col).value = excelInput(v);
    }
  }
  return serializeWorkbook(composed);
}
