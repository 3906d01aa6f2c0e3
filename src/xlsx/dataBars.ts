import type { SheetPlan } from "../sheet/plan";
import type { ExcelJS, Worksheet } from "./exceljs";

/** ExcelJS writes the bar colour from `color` though its typings omit it. */
type DataBarRule = ExcelJS.DataBarRuleType & { color: { argb: string } };

/**
 * Data bars from the smallest to the largest value of the range: the chart of the consolidation
 * totals, drawn in the cells (ExcelJS cannot write charts). They come after the plan's expression
 * formats in priority.
 */
export function writeDataBars(ws: Worksheet, sheet: SheetPlan): void {
  (sheet.dataBars ?? []).forEach((bar, i) => {
    const rule: DataBarRule = {
      type: "dataBar",
      priority: sheet.conditionalFormats.length + i + 1,
      cfvo: [{ type: "min" }, { type: "max" }],
      color: { argb: `FF${bar.color.replace(/^#/, "").toUpperCase()}` },
      gradient: true,
    };
    ws.addConditionalFormatting({ ref: bar.range, rules: [rule] });
  });
}
