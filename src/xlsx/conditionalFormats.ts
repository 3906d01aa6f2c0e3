import type { ConditionalFormat, SheetPlan } from "../sheet/plan";
import type { ExcelJS, Worksheet } from "./exceljs";
import { stripEquals } from "./formula";
import { sqref } from "./ranges";

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

/**
 * One expression rule per plan format. Earlier plan formats win (lower priority number), which is
 * the order the plan lists them in; stopIfTrue is not relied on (ExcelJS drops it).
 */
export function excelConditionalFormat(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } };
  if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
  return {
    ref: sqref(cf.ranges),
    rules: [{ type: "expression", priority, formulae: [stripEquals(cf.formula)], style }],
  };
}

export function writeConditionalFormats(ws: Worksheet, sheet: SheetPlan): void {
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(excelConditionalFormat(cf, i + 1)));
}
