import { type Rect, cellCount, qualified, rectAddress } from "./addresses";
import type { Calculator, Computed } from "./calc";
import { officeError } from "./errors";
import type { FormatKey, FormatValue } from "./format";
import { formulaOf, interpretInput } from "./input";
import type { SheetModel } from "./model";
import type { HostLink } from "./client";

/** What a Range or RangeAreas proxy points at: one sheet, one or more rectangles. */
export interface RangeTarget {
  sheet: SheetModel;
  rects: Rect[];
}

const MAX_READ_CELLS = 5_000_000;

export function rangeAddress(t: RangeTarget): string {
  return t.rects.map((r) => qualified(t.sheet.name, r)).join(",");
}

export function localAddress(t: RangeTarget): string {
  return t.rects.map(rectAddress).join(",");
}

function grid<V>(r: Rect, cell: (row: number, col: number) => V): V[][] {
  if (cellCount(r) > MAX_READ_CELLS) throw officeError("InvalidOperation", "The response payload size has exceeded the limit.", rectAddress(r));
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(cell(row, col));
    out.push(line);
  }
  return out;
}

export function officeValue(v: Computed): string | number | boolean {
  if (v === null) return "";
  return typeof v === "object" ? v.error : v;
}

export function readValues(t: RangeTarget, calc: Calculator): Array<Array<string | number | boolean>> {
  return grid(t.rects[0], (row, col) => officeValue(calc.value(t.sheet, row, col)));
}

export function readFormulas(t: RangeTarget): Array<Array<string | number | boolean>> {
  return grid(t.rects[0], (row, col) => formulaOf(t.sheet.get(row, col)?.input ?? null) as string | number | boolean);
}

export function readNumberFormat(t: RangeTarget): string[][] {
  return grid(t.rects[0], (row, col) => String(t.sheet.formatValue(row, col, "numberFormat")));
}

export function readValueTypes(t: RangeTarget, calc: Calculator): Excel.RangeValueType[][] {
  return grid(t.rects[0], (row, col): Excel.RangeValueType => {
    const v = calc.value(t.sheet, row, col);
    if (v === null) return "Empty" as Excel.RangeValueType;
    if (typeof v === "object") return "Error" as Excel.RangeValueType;
    if (typeof v === "boolean") return "Boolean" as Excel.RangeValueType;
    if (typeof v === "number") return "Double" as Excel.RangeValueType;
    return (v === "" ? "Empty" : "String") as Excel.RangeValueType;
  });
}

/** A 2D input must match the range exactly; a single value fills every cell. */
function checkShape(raw: unknown, r: Rect, where: string): void {
  if (!Array.isArray(raw)) return;
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (raw.length !== rows || raw.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw officeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${where}).`, where);
  }
}

function inputAt(raw: unknown, r: Rect, row: number, col: number): unknown {
  return Array.isArray(raw) ? (raw[row - r.top] as unknown[])[col - r.left] : raw;
}

export function assertCellsEditable(t: RangeTarget, where: string): void {
  if (!t.sheet.protection.protected) return;
  for (const r of t.rects)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        if (t.sheet.formatValue(row, col, "protection.locked")) {
          throw officeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${where}).`, where);
        }
      }
}

export function assertFormattable(sheet: SheetModel, permission: "allowFormatCells" | "allowFormatColumns" | "allowFormatRows" | null, where: string): void {
  if (!sheet.protection.protected) return;
  if (permission && sheet.protection.options[permission]) return;
  throw officeError("AccessDenied", `The sheet is protected: ${where} is not allowed.`, where);
}

/** range.values / range.formulas: parse like typed input, cell by cell; null leaves a cell alone. */
export function writeInputs(t: RangeTarget, raw: unknown, host: HostLink, where: string): void {
  const r = t.rects[0];
  if (cellCount(r) > MAX_READ_CELLS) throw officeError("InvalidArgument", `Range too large for ${where}.`, where);
  assertCellsEditable(t, where);
  checkShape(raw, r, where);
  const parsed: Array<{ row: number; col: number; input: ReturnType<typeof interpretInput> }> = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      const text = t.sheet.formatValue(row, col, "numberFormat") === "@";
      parsed.push({ row, col, input: interpretInput(inputAt(raw, r, row, col), text, `${where} ${rectAddress({ top: row, left: col, bottom: row, right: col })}`) });
    }
  for (const { row, col, input } of parsed) {
    if (input === undefined) continue;
    if (input === null && !t.sheet.get(row, col)) continue;
    t.sheet.ensure(row, col).input = input;
    host.noteChange(t.sheet.id, row, col);
  }
  host.model.revision++;
}

export function writeNumberFormat(t: RangeTarget, raw: unknown, where: string): void {
  assertFormattable(t.sheet, "allowFormatCells", where);
  const r = t.rects[0];
  checkShape(raw, r, where);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      const v = inputAt(raw, r, row, col);
      if (v === null || v === undefined) continue;
      if (typeof v !== "string") throw officeError("InvalidArgument", `Number format must be text (${where}).`, where);
      t.sheet.setFormat({ top: row, left: col, bottom: row, right: col }, "numberFormat", v);
    }
}

/** A format property over all cells: the common value, or null when cells differ (as Office reads). */
export function readFormat(t: RangeTarget, key: FormatKey): FormatValue | null {
  let first: FormatValue | undefined;
  for (const r of t.rects) {
    if (cellCount(r) > 200_000) {
      const v = t.sheet.formatValue(r.top, r.left, key);
      if (first === undefined) first = v;
      else if (first !== v) return null;
      continue;
    }
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const v = t.sheet.formatValue(row, col, key);
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
  }
  return first ?? null;
}
