import { METHODS } from "../../scoring/methods";
import { isBlankText, isMarkX } from "../../scoring/cellValue";
import type { CellValue, Entries, Entry } from "../../scoring/types";
import { COL, type PlanLayout } from "../../sheet/plan";
import type { Template } from "../../template/schema";
import { scoredEntries } from "../../template/walk";

/** Entry columns E..J, as the officer and the appraiser type them. */
export const ENTRY_COLUMNS: ReadonlyArray<[keyof Entry, number]> = [
  ["self", COL.self],
  ["evidence", COL.evidence],
  ["explanation", COL.explanation],
  ["appraised", COL.appraised],
  ["appraisalNote", COL.appraisalNote],
  ["notApplicable", COL.notApplicable],
];

/** The entries of a scoring sheet, read at the rows the plan of its template puts them. */
export function entriesFromCells(layout: PlanLayout, cells: (row: number, col: number) => CellValue): Entries {
  const entries: Entries = {};
  for (const { key, row } of layout.entries) {
    const entry: Entry = {};
    for (const [field, col] of ENTRY_COLUMNS) entry[field] = cells(row, col);
    entries[key] = entry;
  }
  return entries;
}

/**
 * Entries left without a self score where the commune must give one: self-scored items not
 * marked "không áp dụng". The item codes, in template order, with their rows.
 */
export function missingScores(template: Template, layout: PlanLayout, entries: Entries): Array<{ key: string; code: string; row: number }> {
  const rows = new Map(layout.entries.map((e) => [e.key, e.row]));
  return scoredEntries(template)
    .filter((e) => METHODS[e.method].selfScored)
    .filter((e) => {
      const entry = entries[e.key] ?? {};
      return isBlankText(entry.self) && !(e.mayBeNotApplicable && isMarkX(entry.notApplicable));
    })
    .map((e) => ({ key: e.key, code: e.code, row: rows.get(e.key) ?? 0 }));
}
