import { colLetter } from "../sheet/address";
import type { SheetPlan, WorkbookPlan } from "../sheet/plan";
import { cellBlock } from "./cellBlocks";

/** Queue the sheet's contents: number formats first (so a "@" cell takes text), then one 2D formulas block. */
export function queueCells(ws: Excel.Worksheet, sheet: SheetPlan, plan: Pick<WorkbookPlan, "styles">): void {
  const block = cellBlock(sheet, plan.styles, colLetter);
  if (!block) return;
  const range = ws.getRange(block.address);
  if (block.numberFormat) range.numberFormat = block.numberFormat;
  range.formulas = block.formulas;
}
