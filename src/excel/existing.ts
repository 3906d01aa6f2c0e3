import { COL, type PlanLayout } from "../sheet/plan";

/**
 * Does a sheet already in the workbook hold someone's work? Read from its used range (values and
 * formulas, top-left at usedTop/usedLeft). Entry rows are those with a formula in the counted-points
 * helper column; a constant in any entry column of such a row is an entry. A sheet without such rows
 * was not made by this add-in: any content at all counts, so that nothing is replaced unasked.
 */
const ENTRY_COLUMNS = [COL.self, COL.evidence, COL.explanation, COL.appraised, COL.appraisalNote, COL.notApplicable];

export function hasEntries(
  used: { top: number; left: number; values: unknown[][]; formulas: unknown[][] },
  layout: Pick<PlanLayout, "firstDataRow">,
): boolean {
  const at = (grid: unknown[][], row: number, col: number) => grid[row - used.top]?.[col - used.left];
  const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
  const filled = (v: unknown) => v !== "" && v !== null && v !== undefined;
  let entryRows = 0;
  for (let i = 0; i < used.formulas.length; i++) {
    const row = used.top + i;
    if (row < layout.firstDataRow || !isFormula(at(used.formulas, row, COL.selfCounted))) continue;
    entryRows++;
    for (const col of ENTRY_COLUMNS) {
      const f = at(used.formulas, row, col);
      if (filled(f) && !isFormula(f)) return true;
    }
  }
  if (entryRows > 0) return false;
  return used.values.some((line) => line.some(filled));
}
