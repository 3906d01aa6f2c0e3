import { cellCount, type Rect } from "./addresses";
import { assertFormattable, readFormat, type RangeTarget } from "./cells";
import { FakeClientObject, type FakeRequestContext } from "./client";
import { officeError } from "./errors";
import { BORDER_SIDES, checkFormatValue, type BorderIndex, type BorderSide, type FormatKey } from "./format";
import { DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_ROW_HEIGHT_POINTS } from "./model";
import type { Shape } from "./shape";

/** RangeFormat and its parts, shared by Range and RangeAreas (a target is one or more rectangles). */
type Locate = () => RangeTarget | null;

function setAll(t: RangeTarget, key: FormatKey, value: unknown, where: string): void {
  const v = checkFormatValue(key, value);
  assertFormattable(t.sheet, key.startsWith("protection.") ? null : "allowFormatCells", where);
  for (const r of t.rects) t.sheet.setFormat(r, key, v);
}

abstract class FormatPart extends FakeClientObject<RangeTarget> {
  protected abstract readonly keys: Record<string, FormatKey>;

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return Object.fromEntries(Object.entries(this.keys).map(([prop, key]) => [prop, (t: RangeTarget) => readFormat(t, key)]));
  }

  protected setKey(prop: string, value: unknown, since = "1.1"): void {
    const key = this.keys[prop];
    this.write(prop, value, since, (t) => setAll(t, key, value, `${this.typeName}.${prop}`));
  }
}

export class FakeRangeFont
  extends FormatPart
  implements Shape<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size">
{
  protected readonly typeName = "RangeFont";
  protected readonly keys: Record<string, FormatKey> = { bold: "font.bold", italic: "font.italic", color: "font.color", name: "font.name", size: "font.size" };
  get bold(): boolean { return this.read("bold"); }
  set bold(v: boolean) { this.setKey("bold", v); }
  get italic(): boolean { return this.read("italic"); }
  set italic(v: boolean) { this.setKey("italic", v); }
  get color(): string { return this.read("color"); }
  set color(v: string) { this.setKey("color", v); }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.setKey("name", v); }
  get size(): number { return this.read("size"); }
  set size(v: number) { this.setKey("size", v); }
}

export class FakeRangeFill extends FormatPart implements Shape<Excel.RangeFill, "color" | "clear"> {
  protected readonly typeName = "RangeFill";
  protected readonly keys: Record<string, FormatKey> = { color: "fill.color" };
  get color(): string { return this.read("color"); }
  set color(v: string) { this.setKey("color", v); }
  clear(): void {
    this.invoke("clear", "1.1", (t) => {
      assertFormattable(t.sheet, "allowFormatCells", "RangeFill.clear");
      for (const r of t.rects) t.sheet.setFormat(r, "fill.color", "#FFFFFF");
    });
  }
}

export class FakeFormatProtection extends FormatPart implements Shape<Excel.FormatProtection, "locked" | "formulaHidden"> {
  protected readonly typeName = "FormatProtection";
  protected readonly keys: Record<string, FormatKey> = { locked: "protection.locked", formulaHidden: "protection.formulaHidden" };
  get locked(): boolean { return this.read("locked"); }
  set locked(v: boolean) { this.setKey("locked", v, "1.2"); }
  get formulaHidden(): boolean { return this.read("formulaHidden"); }
  set formulaHidden(v: boolean) { this.setKey("formulaHidden", v, "1.2"); }
}

/** Which cell edges a border index stands for, per rectangle. */
function edges(r: Rect, index: BorderIndex): Array<{ rect: Rect; side: BorderSide }> {
  switch (index) {
    case "EdgeTop":
      return [{ rect: { ...r, bottom: r.top }, side: "EdgeTop" }];
    case "EdgeBottom":
      return [{ rect: { ...r, top: r.bottom }, side: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ rect: { ...r, right: r.left }, side: "EdgeLeft" }];
    case "EdgeRight":
      return [{ rect: { ...r, left: r.right }, side: "EdgeRight" }];
    case "InsideHorizontal":
      return r.bottom > r.top ? [{ rect: { ...r, bottom: r.bottom - 1 }, side: "EdgeBottom" }, { rect: { ...r, top: r.top + 1 }, side: "EdgeTop" }] : [];
    case "InsideVertical":
      return r.right > r.left ? [{ rect: { ...r, right: r.right - 1 }, side: "EdgeRight" }, { rect: { ...r, left: r.left + 1 }, side: "EdgeLeft" }] : [];
    case "DiagonalDown":
    case "DiagonalUp":
      return [];
    default: {
      const never: never = index;
      throw officeError("InvalidArgument", `Unknown border index ${String(never)}.`);
    }
  }
}

const BORDER_INDEXES: BorderIndex[] = [...BORDER_SIDES, "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class FakeRangeBorder extends FakeClientObject<RangeTarget> implements Shape<Excel.RangeBorder, "style" | "weight" | "color" | "sideIndex"> {
  protected readonly typeName = "RangeBorder";

  constructor(context: FakeRequestContext, locate: Locate, private readonly index: BorderIndex) {
    super(context, locate);
  }

  get sideIndex(): BorderIndex {
    return this.index;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    const first = (t: RangeTarget, part: "style" | "weight" | "color") => {
      const e = t.rects.flatMap((r) => edges(r, this.index))[0];
      return e ? readFormat({ sheet: t.sheet, rects: [e.rect] }, `borders.${e.side}.${part}`) : part === "style" ? "None" : null;
    };
    return { style: (t) => first(t, "style"), weight: (t) => first(t, "weight"), color: (t) => first(t, "color"), sideIndex: () => this.index };
  }

  private setPart(part: "style" | "weight" | "color", value: unknown): void {
    this.write(part, value, "1.1", (t) => {
      assertFormattable(t.sheet, "allowFormatCells", `RangeBorder.${part}`);
      for (const r of t.rects)
        for (const e of edges(r, this.index)) {
          const key = `borders.${e.side}.${part}` as FormatKey;
          t.sheet.setFormat(e.rect, key, checkFormatValue(key, value));
        }
    });
  }

  get style(): Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot" { return this.read("style"); }
  set style(v: Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot") { this.setPart("style", v); }
  get weight(): Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick" { return this.read("weight"); }
  set weight(v: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") { this.setPart("weight", v); }
  get color(): string { return this.read("color"); }
  set color(v: string) { this.setPart("color", v); }
}

export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> implements Shape<Excel.RangeBorderCollection, "getItem"> {
  protected readonly typeName = "RangeBorderCollection";
  private readonly cache = new Map<BorderIndex, FakeRangeBorder>();

  constructor(context: FakeRequestContext, private readonly locateRange: Locate) {
    super(context, locateRange);
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return { count: () => BORDER_INDEXES.length };
  }

  getItem(index: BorderIndex): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw officeError("InvalidArgument", `Unknown border index ${String(index)}.`, "RangeBorderCollection.getItem");
    let b = this.cache.get(index);
    if (!b) this.cache.set(index, (b = new FakeRangeBorder(this.context, this.locateRange, index)));
    this.context.enqueue("RangeBorderCollection.getItem()", () => undefined, "1.1");
    return b;
  }
}

export class FakeRangeFormat
  extends FakeClientObject<RangeTarget>
  implements
    Shape<
      Excel.RangeFormat,
      "font" | "fill" | "borders" | "protection" | "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText" | "autofitColumns" | "autofitRows"
    >
{
  protected readonly typeName = "RangeFormat";
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;

  constructor(context: FakeRequestContext, locate: Locate) {
    super(context, locate);
    this.font = new FakeRangeFont(context, locate);
    this.fill = new FakeRangeFill(context, locate);
    this.borders = new FakeRangeBorderCollection(context, locate);
    this.protection = new FakeFormatProtection(context, locate);
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    const children: Record<string, FakeClientObject<RangeTarget>> = { font: this.font, fill: this.fill, borders: this.borders, protection: this.protection };
    return children[name] as FakeClientObject<unknown> | undefined;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      horizontalAlignment: (t) => readFormat(t, "horizontalAlignment"),
      verticalAlignment: (t) => readFormat(t, "verticalAlignment"),
      wrapText: (t) => readFormat(t, "wrapText"),
      columnWidth: (t) => sameOrNull(t.rects.flatMap((r) => span(r.left, r.right).map((c) => t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS))),
      rowHeight: (t) =>
        sameOrNull(t.rects.flatMap((r) => (cellCount(r) > 200_000 ? [t.sheet.rowHeights.get(r.top) ?? DEFAULT_ROW_HEIGHT_POINTS] : span(r.top, r.bottom).map((x) => t.sheet.rowHeights.get(x) ?? DEFAULT_ROW_HEIGHT_POINTS)))),
    };
  }

  get horizontalAlignment(): Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed" { return this.read("horizontalAlignment"); }
  set horizontalAlignment(v: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed") {
    this.write("horizontalAlignment", v, "1.1", (t) => setAll(t, "horizontalAlignment", v, "RangeFormat.horizontalAlignment"));
  }
  get verticalAlignment(): Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed" { return this.read("verticalAlignment"); }
  set verticalAlignment(v: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed") {
    this.write("verticalAlignment", v, "1.1", (t) => setAll(t, "verticalAlignment", v, "RangeFormat.verticalAlignment"));
  }
  get wrapText(): boolean { return this.read("wrapText"); }
  set wrapText(v: boolean) {
    this.write("wrapText", v, "1.1", (t) => setAll(t, "wrapText", v, "RangeFormat.wrapText"));
  }
  get columnWidth(): number { return this.read("columnWidth"); }
  set columnWidth(v: number) {
    this.write("columnWidth", v, "1.2", (t) => {
      positive(v, "RangeFormat.columnWidth");
      assertFormattable(t.sheet, "allowFormatColumns", "RangeFormat.columnWidth");
      for (const r of t.rects) for (const c of span(r.left, r.right)) t.sheet.colWidths.set(c, v);
    });
  }
  get rowHeight(): number { return this.read("rowHeight"); }
  set rowHeight(v: number) {
    this.write("rowHeight", v, "1.2", (t) => {
      positive(v, "RangeFormat.rowHeight");
      if (v > 409) throw officeError("InvalidArgument", `Row height ${v} is over 409 points.`, "RangeFormat.rowHeight");
      assertFormattable(t.sheet, "allowFormatRows", "RangeFormat.rowHeight");
      for (const r of t.rects) {
        if (cellCount(r) > 200_000 && r.bottom - r.top > 100_000) throw officeError("InvalidOperation", "Row height over whole columns is not modelled.");
        for (const x of span(r.top, r.bottom)) t.sheet.rowHeights.set(x, v);
      }
    });
  }

  autofitColumns(): void {
    this.invoke("autofitColumns", "1.2", () => undefined);
  }

  autofitRows(): void {
    this.invoke("autofitRows", "1.2", () => undefined);
  }
}

function span(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function sameOrNull(list: number[]): number | null {
  return list.every((x) => x === list[0]) ? (list[0] ?? null) : null;
}

function positive(v: unknown, where: string): void {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw officeError("InvalidArgument", `Invalid size ${String(v)} for ${where}.`, where);
}
