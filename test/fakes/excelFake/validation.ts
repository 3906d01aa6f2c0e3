import { formulaForArea } from "../../../src/sheet/address";
import { assertFormattable, type RangeTarget } from "./cells";
import { FakeClientObject, type FakeRequestContext } from "./client";
import { officeError } from "./errors";
import type { CellValidation } from "./model";
import type { Shape } from "./shape";

/**
 * DataValidation (ExcelApi 1.8). Excel keeps a rule per cell with its relative references taken from
 * the top-left cell of the range it was set on (of the first area for RangeAreas); the fake stores
 * each cell's translated copy, so tests can compare cells whichever way the rule was applied.
 */
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const KINDS = ["wholeNumber", "decimal", "textLength", "list", "date", "time", "custom"] as const;
type Kind = (typeof KINDS)[number];
const TYPE_NAME: Record<Kind, string> = { wholeNumber: "WholeNumber", decimal: "Decimal", textLength: "TextLength", list: "List", date: "Date", time: "Time", custom: "Custom" };

function bad(message: string, where: string): never {
  throw officeError("InvalidArgument", message, where);
}

function kindOf(rule: Excel.DataValidationRule): Kind | null {
  const kinds = KINDS.filter((k) => rule[k] !== undefined);
  return kinds.length === 1 ? kinds[0] : null;
}

function checkRule(rule: Excel.DataValidationRule): Kind {
  const where = "DataValidation.rule";
  if (!rule || typeof rule !== "object") bad("A data validation rule is required.", where);
  const kind = kindOf(rule);
  if (!kind) bad("A data validation rule must have exactly one type.", where);
  if (kind === "list") {
    const list = rule.list!;
    if (typeof list.source !== "string" || list.source.trim() === "") bad("A list rule needs a source.", where);
    if (!list.source.startsWith("=") && list.source.length > 255) bad("A list source longer than 255 characters.", where);
  } else if (kind === "custom") {
    if (typeof rule.custom!.formula !== "string") bad("A custom rule needs a formula.", where);
  } else {
    const basic = rule[kind] as Excel.BasicDataValidation;
    if (!OPERATORS.includes(basic.operator as string)) bad(`Unknown operator ${String(basic.operator)}.`, where);
    if (basic.formula1 === undefined || basic.formula1 === "") bad("formula1 is required.", where);
    if ((basic.operator === "Between" || basic.operator === "NotBetween") && (basic.formula2 === undefined || basic.formula2 === "")) bad("formula2 is required for Between.", where);
  }
  return kind;
}

function translate(value: unknown, anchor: { row: number; col: number }, cell: { row: number; col: number }): unknown {
  return typeof value === "string" && value.startsWith("=") ? formulaForArea(value, anchor, cell) : value;
}

function translateRule(rule: Excel.DataValidationRule, kind: Kind, anchor: { row: number; col: number }, cell: { row: number; col: number }): Excel.DataValidationRule {
  const body = { ...(rule[kind] as unknown as Record<string, unknown>) };
  for (const k of ["formula1", "formula2", "formula", "source"]) if (k in body) body[k] = translate(body[k], anchor, cell);
  return { [kind]: body } as Excel.DataValidationRule;
}

function checkText(title: unknown, message: unknown, where: string): void {
  if (typeof title === "string" && title.length > 32) bad(`The title is longer than 32 characters: "${title}".`, where);
  if (typeof message === "string" && message.length > 255) bad(`The message is longer than 255 characters.`, where);
}

export class FakeDataValidation
  extends FakeClientObject<RangeTarget>
  implements Shape<Excel.DataValidation, "rule" | "errorAlert" | "prompt" | "ignoreBlanks" | "type" | "clear">
{
  protected readonly typeName = "DataValidation";

  constructor(context: FakeRequestContext, locate: () => RangeTarget | null) {
    super(context, locate);
  }

  private each(t: RangeTarget, fn: (v: CellValidation | undefined, row: number, col: number) => CellValidation | undefined): void {
    assertFormattable(t.sheet, null, "DataValidation");
    for (const r of t.rects)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const cell = t.sheet.ensure(row, col);
          cell.validation = fn(cell.validation, row, col);
        }
  }

  private topLeft(t: RangeTarget): CellValidation | undefined {
    return t.sheet.get(t.rects[0].top, t.rects[0].left)?.validation;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      rule: (t) => this.topLeft(t)?.rule ?? {},
      errorAlert: (t) => this.topLeft(t)?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" },
      prompt: (t) => this.topLeft(t)?.prompt ?? { showPrompt: false, title: "", message: "" },
      ignoreBlanks: (t) => this.topLeft(t)?.ignoreBlanks ?? true,
      type: (t) => {
        const types = new Set<string>();
        for (const r of t.rects)
          for (let row = r.top; row <= r.bottom; row++)
            for (let col = r.left; col <= r.right; col++) {
              const v = t.sheet.get(row, col)?.validation;
              const kind = v ? kindOf(v.rule) : null;
              types.add(kind ? TYPE_NAME[kind] : "None");
            }
        return types.size === 1 ? [...types][0] : "Inconsistent";
      },
    };
  }

  get rule(): Excel.DataValidationRule { return this.read("rule"); }
  set rule(rule: Excel.DataValidationRule) {
    this.write("rule", rule, "1.8", (t) => {
      const kind = checkRule(rule);
      const anchor = { row: t.rects[0].top, col: t.rects[0].left };
      this.each(t, (v, row, col) => ({ ignoreBlanks: v?.ignoreBlanks ?? true, errorAlert: v?.errorAlert, prompt: v?.prompt, rule: translateRule(rule, kind, anchor, { row, col }) }));
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert { return this.read("errorAlert"); }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write("errorAlert", alert, "1.8", (t) => {
      checkText(alert.title, alert.message, "DataValidation.errorAlert");
      this.each(t, (v) => ({ ignoreBlanks: true, rule: {}, ...v, errorAlert: { ...alert } }));
    });
  }

  get prompt(): Excel.DataValidationPrompt { return this.read("prompt"); }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.write("prompt", prompt, "1.8", (t) => {
      checkText(prompt.title, prompt.message, "DataValidation.prompt");
      this.each(t, (v) => ({ ignoreBlanks: true, rule: {}, ...v, prompt: { ...prompt } }));
    });
  }

  get ignoreBlanks(): boolean { return this.read("ignoreBlanks"); }
  set ignoreBlanks(on: boolean) {
    this.write("ignoreBlanks", on, "1.8", (t) => this.each(t, (v) => ({ rule: {}, ...v, ignoreBlanks: on })));
  }

  get type(): Excel.DataValidationType | "None" | "WholeNumber" | "Decimal" | "List" | "Date" | "Time" | "TextLength" | "Custom" | "Inconsistent" | "MixedCriteria" {
    return this.read("type");
  }

  clear(): void {
    this.invoke("clear", "1.8", (t) => this.each(t, () => undefined));
  }
}
