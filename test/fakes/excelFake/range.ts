import { type Rect, MAX_COLS, MAX_ROWS, cellCount, isEntireColumn, isEntireRow, overlaps } from "./addresses";
import {
  type RangeTarget,
  assertFormattable,
  localAddress,
  rangeAddress,
  readFormulas,
  readNumberFormat,
  readValues,
  readValueTypes,
  writeInputs,
  writeNumberFormat,
} from "./cells";
import { FakeClientObject, type FakeRequestContext } from "./client";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { officeError } from "./errors";
import { FakeRangeFormat } from "./rangeFormat";
import { FakeDataValidation } from "./validation";
import type { Shape } from "./shape";
import type { SheetModel } from "./model";

type Locate = () => RangeTarget | null;

function single(t: RangeTarget): Rect {
  return t.rects[0];
}

function checkRect(r: Rect, where: string): Rect {
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS || r.bottom < r.top || r.right < r.left) {
    throw officeError("InvalidArgument", `The range is outside the sheet (${where}).`, where);
  }
  return r;
}

/** Members Range and RangeAreas share: format, validation, conditional formats. */
abstract class RangeLike extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, protected readonly locateRange: Locate, orNull = false) {
    super(context, locateRange, orNull);
    this.format = new FakeRangeFormat(context, locateRange);
    this.dataValidation = new FakeDataValidation(context, locateRange);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, locateRange);
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    const children: Record<string, FakeClientObject<RangeTarget>> = { format: this.format, dataValidation: this.dataValidation, conditionalFormats: this.conditionalFormats };
    return children[name] as FakeClientObject<unknown> | undefined;
  }

  /** A range computed from this one; finding it is an operation of its own, as in Office. */
  protected derived(label: string, since: string, make: (t: RangeTarget) => RangeTarget | null, orNull = false): FakeRange {
    return new FakeRange(this.context, () => make(this.resolveTarget()), orNull).queueLookup(label, since);
  }
}

export class FakeRange
  extends RangeLike
  implements
    Shape<
      Excel.Range,
      | "address"
      | "addressLocal"
      | "values"
      | "formulas"
      | "numberFormat"
      | "valueTypes"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "cellCount"
      | "columnHidden"
      | "rowHidden"
      | "isEntireColumn"
      | "isEntireRow"
      | "format"
      | "dataValidation"
      | "conditionalFormats"
      | "worksheet"
      | "getCell"
      | "getOffsetRange"
      | "getResizedRange"
      | "getEntireColumn"
      | "getEntireRow"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "merge"
      | "unmerge"
      | "select"
      | "clear"
    >
{
  protected readonly typeName = "Range";

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    const calc = this.context.host.calc;
    return {
      address: rangeAddress,
      addressLocal: rangeAddress,
      values: (t) => readValues(t, calc),
      formulas: readFormulas,
      numberFormat: readNumberFormat,
      valueTypes: (t) => readValueTypes(t, calc),
      rowIndex: (t) => single(t).top - 1,
      columnIndex: (t) => single(t).left - 1,
      rowCount: (t) => single(t).bottom - single(t).top + 1,
      columnCount: (t) => single(t).right - single(t).left + 1,
      cellCount: (t) => cellCount(single(t)),
      columnHidden: (t) => allOf(single(t).left, single(t).right, (c) => t.sheet.hiddenCols.has(c)),
      rowHidden: (t) => allOf(single(t).top, Math.min(single(t).bottom, single(t).top + 100_000), (r) => t.sheet.hiddenRows.has(r)),
      isEntireColumn: (t) => isEntireColumn(single(t)),
      isEntireRow: (t) => isEntireRow(single(t)),
    };
  }

  get worksheet(): FakeWorksheetLike {
    return makeWorksheet(this.context, () => this.resolveTarget().sheet);
  }

  get address(): string { return this.read("address"); }
  get addressLocal(): string { return this.read("addressLocal"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get cellCount(): number { return this.read("cellCount"); }
  get isEntireColumn(): boolean { return this.read("isEntireColumn"); }
  get isEntireRow(): boolean { return this.read("isEntireRow"); }
  get valueTypes(): Excel.RangeValueType[][] { return this.read("valueTypes"); }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] { return this.read("values"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(v: any[][]) {
    this.write("values", v, "1.1", (t) => writeInputs(t, v, this.context.host, "Range.values"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] { return this.read("formulas"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(v: any[][]) {
    this.write("formulas", v, "1.1", (t) => writeInputs(t, v, this.context.host, "Range.formulas"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] { return this.read("numberFormat"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(v: any[][]) {
    this.write("numberFormat", v, "1.1", (t) => writeNumberFormat(t, v, "Range.numberFormat"));
  }
  get columnHidden(): boolean { return this.read("columnHidden"); }
  set columnHidden(v: boolean) {
    this.write("columnHidden", v, "1.2", (t) => {
      assertFormattable(t.sheet, "allowFormatColumns", "Range.columnHidden");
      for (let c = single(t).left; c <= single(t).right; c++) v ? t.sheet.hiddenCols.add(c) : t.sheet.hiddenCols.delete(c);
    });
  }
  get rowHidden(): boolean { return this.read("rowHidden"); }
  set rowHidden(v: boolean) {
    this.write("rowHidden", v, "1.2", (t) => {
      assertFormattable(t.sheet, "allowFormatRows", "Range.rowHidden");
      for (let r = single(t).top; r <= single(t).bottom; r++) v ? t.sheet.hiddenRows.add(r) : t.sheet.hiddenRows.delete(r);
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("Range.getCell()", "1.1", (t) => {
      const r = single(t);
      return { sheet: t.sheet, rects: [checkRect({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }, "Range.getCell")] };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("Range.getOffsetRange()", "1.1", (t) => {
      const r = single(t);
      return { sheet: t.sheet, rects: [checkRect({ top: r.top + rowOffset, bottom: r.bottom + rowOffset, left: r.left + columnOffset, right: r.right + columnOffset }, "Range.getOffsetRange")] };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("Range.getResizedRange()", "1.7", (t) => {
      const r = single(t);
      return { sheet: t.sheet, rects: [checkRect({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }, "Range.getResizedRange")] };
    });
  }

  getEntireColumn(): FakeRange {
    return this.derived("Range.getEntireColumn()", "1.1", (t) => ({ sheet: t.sheet, rects: [{ ...single(t), top: 1, bottom: MAX_ROWS }] }));
  }

  getEntireRow(): FakeRange {
    return this.derived("Range.getEntireRow()", "1.1", (t) => ({ sheet: t.sheet, rects: [{ ...single(t), left: 1, right: MAX_COLS }] }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derived("Range.getUsedRange()", "1.1", (t) => usedWithin(t, valuesOnly ?? false) ?? fail("ItemNotFound", "There are no used cells in the range."));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived("Range.getUsedRangeOrNullObject()", "1.4", (t) => usedWithin(t, valuesOnly ?? false), true);
  }

  merge(across?: boolean): void {
    this.invoke("merge", "1.2", (t) => {
      assertFormattable(t.sheet, "allowFormatCells", "Range.merge");
      const r = single(t);
      const pieces = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      for (const p of pieces) {
        if (cellCount(p) < 2) continue;
        if (t.sheet.merges.some((m) => overlaps(m, p))) throw officeError("InvalidOperation", "Cannot merge cells that overlap a merged area.", "Range.merge");
        t.sheet.merges.push({ ...p });
      }
    }, across);
  }

  unmerge(): void {
    this.invoke("unmerge", "1.2", (t) => {
      const list = t.sheet.merges;
      for (let i = list.length - 1; i >= 0; i--) if (overlaps(list[i], single(t))) list.splice(i, 1);
    });
  }

  select(): void {
    this.invoke("select", "1.1", (t) => {
      if (t.sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Cannot select a range on a hidden sheet.", "Range.select");
      this.context.host.model.activeSheet = t.sheet;
      this.context.host.model.selection = { sheet: t.sheet, rect: { ...single(t) } };
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.invoke("clear", "1.1", (t) => {
      const what = applyTo ?? "All";
      if (what === "All" || what === "Contents") writeInputs(t, "", this.context.host, "Range.clear");
      if (what === "All" || what === "Formats") for (const { cell } of t.sheet.cellsIn(single(t))) cell.fmt = {};
    }, applyTo);
  }
}

export class FakeRangeAreas
  extends RangeLike
  implements Shape<Excel.RangeAreas, "address" | "addressLocal" | "areaCount" | "cellCount" | "format" | "dataValidation" | "conditionalFormats">
{
  protected readonly typeName = "RangeAreas";

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      address: rangeAddress,
      addressLocal: localAddress,
      areaCount: (t) => t.rects.length,
      cellCount: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0),
    };
  }

  get address(): string { return this.read("address"); }
  get addressLocal(): string { return this.read("addressLocal"); }
  get areaCount(): number { return this.read("areaCount"); }
  get cellCount(): number { return this.read("cellCount"); }
}

function usedWithin(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
  const used = t.sheet.usedRect(valuesOnly);
  if (!used) return null;
  const r = single(t);
  const inter = { top: Math.max(r.top, used.top), left: Math.max(r.left, used.left), bottom: Math.min(r.bottom, used.bottom), right: Math.min(r.right, used.right) };
  return inter.top <= inter.bottom && inter.left <= inter.right ? { sheet: t.sheet, rects: [inter] } : null;
}

function fail(code: "ItemNotFound", message: string): never {
  throw officeError(code, message);
}

function allOf(a: number, b: number, test: (i: number) => boolean): boolean {
  for (let i = a; i <= b; i++) if (!test(i)) return false;
  return true;
}

/** Set by worksheet.ts, which imports this module (the two refer to each other). */
export type FakeWorksheetLike = FakeClientObject<SheetModel>;
let makeWorksheet: (context: FakeRequestContext, locate: () => SheetModel | null) => FakeWorksheetLike = () => {
  throw new Error("worksheet.ts not loaded");
};
export function setWorksheetFactory(f: typeof makeWorksheet): void {
  makeWorksheet = f;
}
