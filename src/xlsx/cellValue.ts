import type { CellValue } from "../scoring/types";
import type { ExcelJS } from "./exceljs";

const MS_PER_DAY = 86400000;
/** Day 0 of Excel's 1900 system as ExcelJS uses it (it reads serials as UTC dates). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date shown by the cell's number format is a serial number to formulas: give the number back. */
export function dateToSerial(d: Date, date1904 = false): number {
  return (d.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

function richTextOf(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((r) => r.text).join("");
}

/**
 * What a formula sees in the cell, as src/scoring/types.ts CellValue: formula results instead of
 * formulas, plain text for rich text and hyperlinks, `{ error }` for error values, null for blank.
 * A formula never calculated (no cached result) reads as blank.
 */
export function toCellValue(v: ExcelJS.CellValue, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ("error" in v) return { error: v.error };
  if ("richText" in v) return richTextOf(v);
  if ("hyperlink" in v) {
    const text: unknown = v.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text) return richTextOf(text as ExcelJS.CellRichTextValue);
    return v.hyperlink;
  }
  if ("formula" in v || "sharedFormula" in v) return toCellValue((v as ExcelJS.CellFormulaValue).result ?? null, date1904);
  return null;
}
