import type { SheetPlan, ValidationRule } from "../sheet/plan";
import { XlsxPlanError } from "./errors";
import type { ExcelJS, Worksheet } from "./exceljs";
import { stripEquals } from "./formula";
import { normalRange, sqref } from "./ranges";

/**
 * ExcelJS keys a data validation by one address and cannot write a multi-area sqref. A rule over
 * several areas is therefore written on its first area and widened afterwards (see sqrefPatch.ts),
 * so that the file carries ONE rule per column block, its relative references anchored on the
 * top-left of the first area, exactly as the plan states them.
 */
export interface SqrefWidening {
  /** The sqref ExcelJS wrote (the first area). */
  written: string;
  /** The sqref the rule must have. */
  full: string;
}

/** Excel refuses (and "repairs") a file whose validation texts exceed its dialog limits. */
const LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, errorMessage: 225 } as const;

function checkLimits(rule: ValidationRule, sheet: string): void {
  for (const key of Object.keys(LIMITS) as Array<keyof typeof LIMITS>) {
    if (rule[key].length > LIMITS[key]) {
      throw new XlsxPlanError(`${sheet}!${rule.ranges.join(" ")}: ${key} has ${rule[key].length} characters, Excel allows ${LIMITS[key]}`);
    }
  }
}

export function excelValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const texts = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.errorTitle,
    error: rule.errorMessage,
    showInputMessage: true,
    promptTitle: rule.promptTitle,
    prompt: rule.prompt,
  } as const;
  switch (rule.kind) {
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [stripEquals(rule.formula1), stripEquals(rule.formula2)], ...texts };
    case "list":
      return { type: "list", formulae: [stripEquals(rule.source)], ...texts };
    default: {
      const never: never = rule;
      throw new Error(`Unknown validation rule ${JSON.stringify(never)}`);
    }
  }
}

/** Present at run time (worksheet.dataValidations), missing from ExcelJS's typings. */
interface WithDataValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Writes the sheet's validation rules; returns the multi-area rules still to widen. */
export function writeValidations(ws: Worksheet, sheet: SheetPlan): SqrefWidening[] {
  const widenings: SqrefWidening[] = [];
  const used = new Set<string>();
  sheet.validations.forEach((rule, index) => {
    if (rule.ranges.length === 0) throw new XlsxPlanError(`${sheet.name}: validation rule ${index} has no range`);
    checkLimits(rule, sheet.name);
    const first = normalRange(rule.ranges[0]);
    if (used.has(first)) throw new XlsxPlanError(`${sheet.name}!${first}: two validation rules start on the same area`);
    used.add(first);
    // The index keeps ExcelJS from fusing two neighbouring single-cell rules that look alike.
    const model = { ...excelValidation(rule), planRule: index } as ExcelJS.DataValidation;
    (ws as unknown as WithDataValidations).dataValidations.add(first, model);
    if (rule.ranges.length > 1) widenings.push({ written: first, full: sqref(rule.ranges) });
  });
  return widenings;
}
