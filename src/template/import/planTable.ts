import type { WorkbookPlan } from "../../sheet/plan";
import type { TableCell } from "./types";

/**
 * The scoring sheet of a plan as the table an officer would copy out of the workbook: texts and
 * numbers as shown, formulas and blank cells empty (a fresh sheet has no results), helper columns
 * left out. Importing it must give back the template the plan was built from.
 */
export function planToTable(plan: WorkbookPlan, lastCol = 10): TableCell[][] {
  const sheet = plan.sheets[0];
  const lastRow = sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const rows: TableCell[][] = Array.from({ length: lastRow }, () => Array<TableCell>(lastCol).fill(null));
  for (const c of sheet.cells) {
    if (c.col > lastCol) continue;
    switch (c.kind) {
      case "text":
        rows[c.row - 1][c.col - 1] = c.text === "" ? null : c.text;
        break;
      case "number":
        rows[c.row - 1][c.col - 1] = c.value;
        break;
      case "formula":
      case "blank":
        break;
      default: {
        const never: never = c;
        return never;
      }
    }
  }
  return rows;
}
