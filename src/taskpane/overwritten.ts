import { a1 } from "../sheet/address";
import { normalizeFormula } from "../sheet/audit";
import type { WorkbookPlan } from "../sheet/plan";
import type { OverwrittenFormula } from "./actions";

/**
 * The plan's formula cells on the scoring sheet that no longer hold their formula: typed over with a
 * value, cleared, or replaced by another formula. `formulas` are the sheet's formula cells by address
 * as read back (src/excel/readSheet.ts).
 */
export function overwrittenFormulas(plan: WorkbookPlan, formulas: Record<string, string>): OverwrittenFormula[] {
  const sheet = plan.sheets.find((s) => s.name === plan.layout.sheetName);
  if (!sheet) return [];
  const out: OverwrittenFormula[] = [];
  for (const cell of sheet.cells) {
    if (cell.kind !== "formula") continue;
    const address = a1(cell.row, cell.col);
    const found = formulas[address] ?? null;
    if (found === null || normalizeFormula(found) !== normalizeFormula(cell.formula)) out.push({ address, expected: cell.formula, found });
  }
  return out;
}
