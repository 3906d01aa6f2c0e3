import { parseArea, parseAreas, isEntireRow } from "./addresses";
import { FakeClientObject, type FakeRequestContext } from "./client";
import { officeError } from "./errors";
import type { PageLayoutModel, SheetModel } from "./model";
import type { FakeRange, FakeRangeAreas } from "./range";
import type { Shape } from "./shape";

/** Print settings (ExcelApi 1.9). Margins are kept in points, as Office.js reports them. */
const PAPER = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio", "Quatro"];
const POINTS_PER: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

function bad(where: string, value: unknown): never {
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${where} = ${JSON.stringify(value)}.`, where);
}

type Part = "Header" | "Footer";
type Side = "left" | "center" | "right";

export class FakeHeaderFooter
  extends FakeClientObject<SheetModel>
  implements Shape<Excel.HeaderFooter, "leftFooter" | "centerFooter" | "rightFooter" | "leftHeader" | "centerHeader" | "rightHeader">
{
  protected readonly typeName = "HeaderFooter";
  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    const out: Record<string, (t: SheetModel) => unknown> = {};
    for (const side of ["left", "center", "right"] as Side[]) {
      out[`${side}Footer`] = (t) => t.pageLayout.footer[side];
      out[`${side}Header`] = (t) => t.pageLayout.header[side];
    }
    return out;
  }
  private set_(side: Side, part: Part, v: string): void {
    this.write(`${side}${part}`, v, "1.9", (t) => {
      if (typeof v !== "string" || v.length > 255) bad(`HeaderFooter.${side}${part}`, v);
      (part === "Footer" ? t.pageLayout.footer : t.pageLayout.header)[side] = v;
    });
  }
  get leftFooter(): string { return this.read("leftFooter"); }
  set leftFooter(v: string) { this.set_("left", "Footer", v); }
  get centerFooter(): string { return this.read("centerFooter"); }
  set centerFooter(v: string) { this.set_("center", "Footer", v); }
  get rightFooter(): string { return this.read("rightFooter"); }
  set rightFooter(v: string) { this.set_("right", "Footer", v); }
  get leftHeader(): string { return this.read("leftHeader"); }
  set leftHeader(v: string) { this.set_("left", "Header", v); }
  get centerHeader(): string { return this.read("centerHeader"); }
  set centerHeader(v: string) { this.set_("center", "Header", v); }
  get rightHeader(): string { return this.read("rightHeader"); }
  set rightHeader(v: string) { this.set_("right", "Header", v); }
}

export class FakeHeaderFooterGroup extends FakeClientObject<SheetModel> implements Shape<Excel.HeaderFooterGroup, "defaultForAllPages"> {
  protected readonly typeName = "HeaderFooterGroup";
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(context: FakeRequestContext, locate: () => SheetModel | null) {
    super(context, locate);
    this.defaultForAllPages = new FakeHeaderFooter(context, locate);
  }
  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    return {};
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "defaultForAllPages" ? (this.defaultForAllPages as FakeClientObject<unknown>) : undefined;
  }
}

type MarginKey = keyof PageLayoutModel["margins"];
const MARGIN_PROPS: Record<string, MarginKey> = { leftMargin: "left", rightMargin: "right", topMargin: "top", bottomMargin: "bottom", headerMargin: "header", footerMargin: "footer" };

export class FakePageLayout
  extends FakeClientObject<SheetModel>
  implements
    Shape<
      Excel.PageLayout,
      | "paperSize"
      | "orientation"
      | "zoom"
      | "centerHorizontally"
      | "leftMargin"
      | "rightMargin"
      | "topMargin"
      | "bottomMargin"
      | "headerMargin"
      | "footerMargin"
      | "headersFooters"
      | "setPrintArea"
      | "setPrintTitleRows"
      | "setPrintMargins"
    >
{
  protected readonly typeName = "PageLayout";
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(context: FakeRequestContext, locate: () => SheetModel | null) {
    super(context, locate);
    this.headersFooters = new FakeHeaderFooterGroup(context, locate);
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "headersFooters" ? (this.headersFooters as FakeClientObject<unknown>) : undefined;
  }

  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    const out: Record<string, (t: SheetModel) => unknown> = {
      paperSize: (t) => t.pageLayout.paperSize,
      orientation: (t) => t.pageLayout.orientation,
      zoom: (t) => ({ ...t.pageLayout.zoom }),
      centerHorizontally: (t) => t.pageLayout.centerHorizontally,
    };
    for (const [prop, key] of Object.entries(MARGIN_PROPS)) out[prop] = (t) => t.pageLayout.margins[key];
    return out;
  }

  get paperSize(): Excel.PaperType { return this.read("paperSize"); }
  set paperSize(v: Excel.PaperType) {
    this.write("paperSize", v, "1.9", (t) => void (t.pageLayout.paperSize = PAPER.includes(v) ? v : bad("PageLayout.paperSize", v)));
  }
  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" { return this.read("orientation"); }
  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.write("orientation", v, "1.9", (t) => void (t.pageLayout.orientation = v === "Portrait" || v === "Landscape" ? v : bad("PageLayout.orientation", v)));
  }
  get zoom(): Excel.PageLayoutZoomOptions { return this.read("zoom"); }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.write("zoom", v, "1.9", (t) => {
      const pages = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 32767);
      if (typeof v !== "object" || !pages(v.horizontalFitToPages) || !pages(v.verticalFitToPages)) bad("PageLayout.zoom", v);
      if (v.scale !== undefined && (typeof v.scale !== "number" || v.scale < 10 || v.scale > 400)) bad("PageLayout.zoom", v);
      t.pageLayout.zoom = { ...v };
    });
  }
  get centerHorizontally(): boolean { return this.read("centerHorizontally"); }
  set centerHorizontally(v: boolean) {
    this.write("centerHorizontally", v, "1.9", (t) => void (t.pageLayout.centerHorizontally = v));
  }
  private margin(prop: string, v: number): void {
    this.write(prop, v, "1.9", (t) => {
      if (typeof v !== "number" || v < 0) bad(`PageLayout.${prop}`, v);
      t.pageLayout.margins[MARGIN_PROPS[prop]] = v;
    });
  }
  get leftMargin(): number { return this.read("leftMargin"); }
  set leftMargin(v: number) { this.margin("leftMargin", v); }
  get rightMargin(): number { return this.read("rightMargin"); }
  set rightMargin(v: number) { this.margin("rightMargin", v); }
  get topMargin(): number { return this.read("topMargin"); }
  set topMargin(v: number) { this.margin("topMargin", v); }
  get bottomMargin(): number { return this.read("bottomMargin"); }
  set bottomMargin(v: number) { this.margin("bottomMargin", v); }
  get headerMargin(): number { return this.read("headerMargin"); }
  set headerMargin(v: number) { this.margin("headerMargin", v); }
  get footerMargin(): number { return this.read("footerMargin"); }
  set footerMargin(v: number) { this.margin("footerMargin", v); }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.invoke("setPrintArea", "1.9", (t) => {
      const rects = typeof printArea === "string" ? parseAreas(printArea).map((a) => a.rect) : (printArea as unknown as FakeRange | FakeRangeAreas).resolveTarget().rects;
      t.pageLayout.printArea = rects.map((r) => ({ ...r }));
    }, typeof printArea === "string" ? printArea : undefined);
  }

  setPrintTitleRows(rows: Excel.Range | string): void {
    this.invoke("setPrintTitleRows", "1.9", (t) => {
      const rect = typeof rows === "string" ? parseArea(rows).rect : (rows as unknown as FakeRange).resolveTarget().rects[0];
      if (!isEntireRow(rect)) bad("PageLayout.setPrintTitleRows", rows);
      t.pageLayout.titleRows = { first: rect.top, last: rect.bottom };
    }, typeof rows === "string" ? rows : undefined);
  }

  setPrintMargins(unit: Excel.PrintMarginUnit | "Points" | "Inches" | "Centimeters", options: Excel.PageLayoutMarginOptions): void {
    this.invoke("setPrintMargins", "1.9", (t) => {
      const factor = POINTS_PER[unit as string] ?? bad("PageLayout.setPrintMargins unit", unit);
      for (const [k, v] of Object.entries(options) as Array<[MarginKey, number | undefined]>) {
        if (v === undefined) continue;
        if (!(k in t.pageLayout.margins) || typeof v !== "number" || v < 0) bad(`PageLayout.setPrintMargins ${k}`, v);
        t.pageLayout.margins[k] = v * factor;
      }
    }, options);
  }
}
