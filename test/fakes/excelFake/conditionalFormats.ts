import { type RangeTarget, assertFormattable } from "./cells";
import { FakeClientObject, type FakeRequestContext } from "./client";
import { officeError } from "./errors";
import { normalizeColor } from "./format";
import type { ConditionalFormatModel } from "./model";
import type { Shape } from "./shape";

/**
 * Conditional formats (ExcelApi 1.6): custom (formula) rules, the ones the scoring sheet uses, and
 * data bars (their positive fill colour only).
 * A rule's formula is relative to the top-left cell of its first area, as in Excel.
 */
type Locate = () => ConditionalFormatModel | null;

export class FakeConditionalRangeFill extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.ConditionalRangeFill, "color"> {
  protected readonly typeName = "ConditionalRangeFill";
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { color: (t) => t.fill ?? null };
  }
  get color(): string { return this.read("color"); }
  set color(v: string) {
    this.write("color", v, "1.6", (t) => void (t.fill = normalizeColor(v, "ConditionalRangeFill.color")));
  }
}

export class FakeConditionalRangeFont extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.ConditionalRangeFont, "color" | "bold"> {
  protected readonly typeName = "ConditionalRangeFont";
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { color: (t) => t.fontColor ?? null, bold: (t) => t.bold ?? null };
  }
  get color(): string { return this.read("color"); }
  set color(v: string) {
    this.write("color", v, "1.6", (t) => void (t.fontColor = normalizeColor(v, "ConditionalRangeFont.color")));
  }
  get bold(): boolean { return this.read("bold"); }
  set bold(v: boolean) {
    this.write("bold", v, "1.6", (t) => void (t.bold = v));
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.ConditionalRangeFormat, "fill" | "font"> {
  protected readonly typeName = "ConditionalRangeFormat";
  readonly fill: FakeConditionalRangeFill;
  readonly font: FakeConditionalRangeFont;
  constructor(context: FakeRequestContext, locate: Locate) {
    super(context, locate);
    this.fill = new FakeConditionalRangeFill(context, locate);
    this.font = new FakeConditionalRangeFont(context, locate);
  }
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return {};
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, FakeClientObject<unknown>>)[name];
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.ConditionalFormatRule, "formula"> {
  protected readonly typeName = "ConditionalFormatRule";
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { formula: (t) => t.formula };
  }
  get formula(): string { return this.read("formula"); }
  set formula(v: string) {
    this.write("formula", v, "1.6", (t) => {
      if (typeof v !== "string" || !v.startsWith("=")) throw officeError("InvalidArgument", `A conditional format formula must start with "=": ${JSON.stringify(v)}.`, "ConditionalFormatRule.formula");
      t.formula = v;
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.CustomConditionalFormat, "rule" | "format"> {
  protected readonly typeName = "CustomConditionalFormat";
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  constructor(context: FakeRequestContext, locate: Locate) {
    super(context, locate);
    this.rule = new FakeConditionalFormatRule(context, locate);
    this.format = new FakeConditionalRangeFormat(context, locate);
  }
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return {};
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return ({ rule: this.rule, format: this.format } as Record<string, FakeClientObject<unknown>>)[name];
  }
}

export class FakeConditionalDataBarPositiveFormat extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.ConditionalDataBarPositiveFormat, "fillColor"> {
  protected readonly typeName = "ConditionalDataBarPositiveFormat";
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { fillColor: (t) => t.barColor ?? null };
  }
  get fillColor(): string { return this.read("fillColor"); }
  set fillColor(v: string) {
    this.write("fillColor", v, "1.6", (t) => {
      if (t.type !== "DataBar") throw officeError("InvalidOperation", "Not a data bar.", "ConditionalDataBarPositiveFormat.fillColor");
      t.barColor = normalizeColor(v, "ConditionalDataBarPositiveFormat.fillColor");
    });
  }
}

export class FakeDataBarConditionalFormat extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.DataBarConditionalFormat, "positiveFormat"> {
  protected readonly typeName = "DataBarConditionalFormat";
  readonly positiveFormat: FakeConditionalDataBarPositiveFormat;
  constructor(context: FakeRequestContext, locate: Locate) {
    super(context, locate);
    this.positiveFormat = new FakeConditionalDataBarPositiveFormat(context, locate);
  }
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return {};
  }
}

export class FakeConditionalFormat extends FakeClientObject<ConditionalFormatModel> implements Shape<Excel.ConditionalFormat, "custom" | "dataBar" | "stopIfTrue" | "type" | "id" | "delete"> {
  protected readonly typeName = "ConditionalFormat";
  readonly custom: FakeCustomConditionalFormat;
  readonly dataBar: FakeDataBarConditionalFormat;
  constructor(context: FakeRequestContext, locate: Locate, private readonly remove: (cf: ConditionalFormatModel) => void) {
    super(context, locate);
    this.custom = new FakeCustomConditionalFormat(context, () => {
      const t = locate();
      if (t && t.type !== "Custom") throw officeError("InvalidOperation", "Not a custom conditional format.", "ConditionalFormat.custom");
      return t;
    });
    this.dataBar = new FakeDataBarConditionalFormat(context, locate);
  }
  protected override scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { type: (t) => t.type, id: (t) => t.id, stopIfTrue: (t) => t.stopIfTrue };
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "custom" ? (this.custom as FakeClientObject<unknown>) : undefined;
  }
  get type(): Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue" { return this.read("type"); }
  get id(): string { return this.read("id"); }
  get stopIfTrue(): boolean { return this.read("stopIfTrue"); }
  set stopIfTrue(v: boolean) {
    this.write("stopIfTrue", v, "1.6", (t) => void (t.stopIfTrue = v));
  }
  delete(): void {
    this.invoke("delete", "1.6", (t) => this.remove(t));
  }
}

let cfSeq = 0;

export class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> implements Shape<Excel.ConditionalFormatCollection, "add" | "clearAll" | "getCount"> {
  protected readonly typeName = "ConditionalFormatCollection";

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }

  add(type: Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue"): FakeConditionalFormat {
    let created: ConditionalFormatModel | null = null;
    let sheetOf: RangeTarget["sheet"] | null = null;
    const cf = new FakeConditionalFormat(this.context, () => created, (m) => {
      if (!sheetOf) return;
      const list = sheetOf.conditionalFormats;
      list.splice(list.indexOf(m), 1);
    });
    this.invoke("add", "1.6", (t) => {
      if (type !== "Custom" && type !== "DataBar") throw officeError("InvalidArgument", `The fake models custom and data bar conditional formats only, not ${type}.`, "ConditionalFormatCollection.add");
      assertFormattable(t.sheet, "allowFormatCells", "ConditionalFormatCollection.add");
      created = { id: `cf${++cfSeq}`, type, rects: t.rects.map((r) => ({ ...r })), formula: "", stopIfTrue: false };
      sheetOf = t.sheet;
      t.sheet.conditionalFormats.push(created);
    }, type);
    return cf;
  }

  clearAll(): void {
    this.invoke("clearAll", "1.6", (t) => {
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--) {
        const overlapping = list[i].rects.some((a) => t.rects.some((b) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom));
        if (overlapping) list.splice(i, 1);
      }
    });
  }

  getCount(): { value: number } {
    const result = { value: 0 };
    this.invoke("getCount", "1.6", (t) => void (result.value = t.sheet.conditionalFormats.length));
    return result;
  }
}
