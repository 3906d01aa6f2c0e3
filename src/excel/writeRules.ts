import { formulaForArea, parseRange } from "../sheet/address";
import type { ConditionalFormat, SheetPlan, ValidationRule } from "../sheet/plan";
import type { Capabilities } from "./capabilities";
import { eachTarget, officeColor } from "./writeStyles";

/**
 * Queue data validation (ExcelApi 1.8) and conditional formats (1.6), one rule per plan rule. A
 * rule's relative references are written for the top-left cell of its first area; wherever the
 * areas are applied in several pieces, each piece gets the rule translated to its own first cell.
 */
const topLeft = (address: string) => {
  const r = parseRange(address);
  return { row: r.top, col: r.left };
};

const relocate = (formula: string, anchor: string, target: string): string =>
  formula.startsWith("=") ? formulaForArea(formula, topLeft(anchor), topLeft(target)) : formula;

/** A numeric bound as a number; a formula as text. */
const bound = (f: string): string | number => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f);

/**
 * Office.js takes a literal list as "a,b" while OOXML (and the plan) write it quoted, "\"a,b\"";
 * a range reference stays as it is.
 */
export function listSource(source: string): string {
  const m = /^"(.*)"$/s.exec(source);
  return m ? m[1].replace(/""/g, '"') : source;
}

export function officeRule(rule: ValidationRule, anchor: string, target: string): Excel.DataValidationRule {
  switch (rule.kind) {
    case "decimal":
      return { decimal: { formula1: bound(relocate(rule.formula1, anchor, target)), formula2: bound(relocate(rule.formula2, anchor, target)), operator: "Between" } };
    case "list":
      return { list: { inCellDropDown: true, source: listSource(relocate(rule.source, anchor, target)) } };
    default: {
      const never: never = rule;
      throw new Error(`Unknown validation rule ${JSON.stringify(never)}`);
    }
  }
}

export function queueValidations(ws: Excel.Worksheet, sheet: SheetPlan, caps: Capabilities): void {
  if (!caps.dataValidation) return;
  for (const rule of sheet.validations) {
    eachTarget(ws, rule.ranges, caps, (target, first) => {
      const dv = target.dataValidation;
      dv.rule = officeRule(rule, rule.ranges[0], first);
      dv.errorAlert = { showAlert: true, style: "Stop", title: rule.errorTitle, message: rule.errorMessage };
      dv.prompt = { showPrompt: true, title: rule.promptTitle, message: rule.prompt };
      dv.ignoreBlanks = true;
    });
  }
}

function addConditionalFormat(target: Excel.Range | Excel.RangeAreas, cf: ConditionalFormat, formula: string): void {
  const added = target.conditionalFormats.add("Custom");
  added.custom.rule.formula = formula;
  added.custom.format.fill.color = officeColor(cf.fill);
  if (cf.fontColor) added.custom.format.font.color = officeColor(cf.fontColor);
}

export function queueConditionalFormats(ws: Excel.Worksheet, sheet: SheetPlan, caps: Capabilities): void {
  if (!caps.conditionalFormats) return;
  for (const cf of sheet.conditionalFormats) {
    eachTarget(ws, cf.ranges, caps, (target, first) => addConditionalFormat(target, cf, relocate(cf.formula, cf.ranges[0], first)));
  }
  for (const bar of sheet.dataBars ?? []) {
    const added = ws.getRange(bar.range).conditionalFormats.add("DataBar");
    added.dataBar.positiveFormat.fillColor = officeColor(bar.color);
  }
}
