import type { PlanCell, SheetPlan, StyleId } from "../sheet/plan";
import type { ExcelJS, Worksheet } from "./exceljs";
import { stripEquals } from "./formula";

/**
 * The value ExcelJS should store for a plan cell. Text is always a string value, so that a name or
 * rule text starting with =, +, - or @ is shown as typed and never evaluated.
 */
export function cellValue(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return cell.value;
    case "formula":
      return { formula: stripEquals(cell.formula) };
    case "blank":
      return null;
    default: {
      const never: never = cell;
      throw new Error(`Unknown plan cell ${JSON.stringify(never)}`);
    }
  }
}

export function writeCells(ws: Worksheet, sheet: SheetPlan, style: (id: StyleId) => Partial<ExcelJS.Style>): void {
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.row, cell.col);
    target.value = cellValue(cell);
    target.style = style(cell.style);
  }
}
