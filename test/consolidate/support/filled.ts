import type { WorkbookPlan } from "../../../src/sheet/plan";
import type { CellValue, Entries } from "../../../src/scoring/types";
import type { Template } from "../../../src/template/schema";
import { scoredEntries, type ScoredEntry } from "../../../src/template/walk";
import { METHODS } from "../../../src/scoring/methods";
import { ENTRY_COLUMNS } from "../../../src/xlsx/consolidate/entries";
import type { ExcelJS } from "../../../src/xlsx/exceljs";
import { entryCellValue } from "../../../src/xlsx/fillEntries";
import { composeWorkbook, serializeWorkbook } from "../../../src/xlsx/writeWorkbook";
import { rng } from "../../support/random";

/**
 * Filled workbooks for the consolidation tests: written from the plan by ExcelJS with entries typed
 * in, optionally edited further (a formula typed over, a row inserted) before serializing, as a
 * commune's officer would have left them.
 */
export async function filledFile(plan: WorkbookPlan, entries: Entries, edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const composed = await composeWorkbook(plan);
  const ws = composed.workbook.getWorksheet(plan.layout.sheetName)!;
  for (const { key, row } of plan.layout.entries) {
    const e = entries[key] ?? {};
    for (const [field, col] of ENTRY_COLUMNS) {
      const v = e[field];
      if (v !== undefined && v !== null) ws.getCell(row, col).value = entryCellValue(v);
    }
  }
  edit?.(ws, composed.workbook);
  return serializeWorkbook(composed);
}

/**
 * Valid entries: self scores drawn from each self-scored item's steps (or quarters of its max), with
 * evidence; survey and appraisal-level items get an appraised score instead. The first `blank`
 * self-scored items are left blank.
 */
export function validEntries(template: Template, seed: number, opts: { blank?: number } = {}): Entries {
  const r = rng(seed);
  const draw = (e: ScoredEntry): number => (e.steps ? e.steps[Math.floor(r() * e.steps.length)] : Math.round(r() * e.maxPoints * 4) / 4);
  const entries: Entries = {};
  let selfScored = 0;
  for (const e of scoredEntries(template)) {
    if (!METHODS[e.method].selfScored) {
      entries[e.key] = { appraised: draw(e) };
      continue;
    }
    const self: CellValue = selfScored++ < (opts.blank ?? 0) ? null : draw(e);
    entries[e.key] = { self, evidence: self === null ? null : `QĐ ${Math.floor(r() * 300)}/QĐ-UBND` };
  }
  return entries;
}

/** Full marks everywhere: self scores at the maximum, appraised scores where the commune does not score. */
export function fullMarks(template: Template): Entries {
  return Object.fromEntries(
    scoredEntries(template).map((e) => {
      const max = e.steps ? e.steps[e.steps.length - 1] : e.maxPoints;
      return [e.key, METHODS[e.method].selfScored ? { self: max, evidence: "KH 10/KH-UBND" } : { appraised: max }];
    }),
  );
}
