import ExcelJS from "exceljs";
import { Readable } from "stream";
import { LIMITS } from "./limits";
import type { TableCell } from "./types";

/** Bigger files are not an appendix table; refusing them keeps the read bounded. */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
/** Rows read from a sheet: enough for the header search and the data limit, and one more to notice excess. */
const MAX_ROWS_READ = LIMITS.headerSearchRows + LIMITS.maxDataRows + 1;

export type XlsxTableProblem =
  | { code: "tooBig"; bytes: number; limit: number }
  | { code: "unreadable"; detail: string }
  | { code: "noWorksheets" }
  | { code: "noSheet"; sheet: string; available: string[] }
  | { code: "emptySheet"; sheet: string };

export type XlsxTableResult =
  | { ok: true; rows: TableCell[][]; sheetName: string; sheetNames: string[]; truncated: boolean }
  | { ok: false; problem: XlsxTableProblem };

/** What a cell shows, as a table value: formulas by their cached result, rich text joined. */
export function cellValue(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return cellValue(value.richText.map((r) => r.text).join(""));
    if ("result" in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
    if ("formula" in value || "sharedFormula" in value) return null;
    if ("text" in value && typeof value.text === "string") return cellValue(value.text);
    if ("error" in value) return null;
  }
  return null;
}

/** The reader's row and sheet objects, as far as this module uses them. */
interface StreamRow {
  number: number;
  values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name: string;
}

const sameName = (a: string, b: string): boolean => a === b || a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Read one sheet of an .xlsx (the first when none is named) into a table of values. The file is
 * only read, never written. It is streamed and reading stops after the rows an appendix can have,
 * so a 100,000-row sheet costs no more than a 5,000-row one. Cells covered by a merge hold no value
 * in the file and come out blank; the import reads them as continuation rows.
 */
export async function readXlsxTable(data: Uint8Array, sheet?: string): Promise<XlsxTableResult> {
  const bytes = data.byteLength;
  if (bytes > MAX_XLSX_BYTES) return { ok: false, problem: { code: "tooBig", bytes, limit: MAX_XLSX_BYTES } };
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const options = { sharedStrings: "cache", worksheets: "emit", styles: "ignore", hyperlinks: "ignore", entries: "ignore" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), options as unknown as Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>);
  const sheetNames: string[] = [];
  try {
    for await (const ws of reader as unknown as AsyncIterable<StreamSheet>) {
      sheetNames.push(ws.name);
      const wanted = sheet === undefined ? sheetNames.length === 1 : sameName(ws.name, sheet);
      if (!wanted) {
        for await (const _row of ws) void _row; // drained, so that the reader moves on to the next sheet
        continue;
      }
      const rows: TableCell[][] = [];
      let truncated = false;
      for await (const row of ws) {
        if (row.number > MAX_ROWS_READ) {
          truncated = true;
          break;
        }
        while (rows.length < row.number - 1) rows.push([]);
        const values = row.values as ExcelJS.CellValue[];
        const last = Math.min(values.length - 1, LIMITS.maxColumns);
        const cells: TableCell[] = [];
        for (let c = 1; c <= last; c++) cells.push(cellValue(values[c]));
        rows.push(cells);
      }
      if (rows.length === 0) return { ok: false, problem: { code: "emptySheet", sheet: ws.name } };
      return { ok: true, rows, sheetName: ws.name, sheetNames, truncated };
    }
  } catch (e) {
    return { ok: false, problem: { code: "unreadable", detail: e instanceof Error ? e.message : String(e) } };
  }
  if (sheetNames.length === 0) return { ok: false, problem: { code: "noWorksheets" } };
  return { ok: false, problem: { code: "noSheet", sheet: sheet ?? "", available: sheetNames } };
}
