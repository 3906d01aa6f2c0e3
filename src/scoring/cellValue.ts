import type { CellValue } from "./types";

/**
 * Spreadsheet functions on a single cell value, with the semantics of Excel and LibreOffice, so that
 * the engine decides exactly as the sheet's formulas do (see src/sheet/formulas.ts).
 */

export const isError = (v: CellValue | undefined): v is { error: string } => typeof v === "object" && v !== null;

/** ISNUMBER */
export const isNumber = (v: CellValue | undefined): v is number => typeof v === "number";

/** The text a cell shows to LEN/TRIM: numbers in their shortest form, booleans upper-case. */
function asText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  if (isError(v)) return v.error;
  return v;
}

/** LEN(v)=0, for a value that is not an error: blank, or text of length 0. */
export const isEmpty = (v: CellValue | undefined): boolean => !isError(v) && asText(v).length === 0;

/** LEN(TRIM(v))=0 where TRIM drops spaces (U+0020 only, as spreadsheets do). Errors count as content. */
export const isBlankText = (v: CellValue | undefined): boolean => !isError(v) && asText(v).replace(/ /g, "").length === 0;

/** COUNTIF(cell,"x")>0: the text "x" in any case, nothing else. */
export const isMarkX = (v: CellValue | undefined): boolean => typeof v === "string" && v.toLowerCase() === "x";

/**
 * Text an officer probably meant as a number: "1,5" typed in an en-US Excel, " 2 ", "0.5" pasted as
 * text. Returns the number, or null when the text is not number-like.
 */
export function numberInText(v: CellValue | undefined): number | null {
  if (typeof v !== "string") return null;
  const t = v.replace(/[\s\u00a0]+/g, "");
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(",", "."));
}
