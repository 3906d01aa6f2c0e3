import { a1 } from "../sheet/address";
import type { WorkbookPlan } from "../sheet/plan";
import type { OverwrittenFormula } from "./actions";

/** Case and spacing outside string literals do not matter to Excel; literals do. */
function normalise(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase()))
    .join('"');
}

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
    if (found === null || normalise(found) !== normalise(cell.formula)) out.push({ address, expected: cell.formula, found });
  }
  return out;
}
