import type { CellValue } from "../scoring/types";
import { META_SHEET } from "../sheet/meta";
import { ExcelJS, type Workbook, type Worksheet } from "./exceljs";
import { toCellValue } from "./cellValue";
import { filledMetaOf } from "./filledMeta";

/** What the hidden meta sheet says about the file; null when it has none (not one of ours). */
export interface FilledMeta {
  templateId: string;
  templateVersion: string;
  /** Layout format of the plan that wrote the file; null when missing or not a number. */
  planFormat: number | null;
  unit: string;
  year: number | null;
  templateTitle: string;
  /** The template the file was built from, as JSON, when the file carries it. */
  templateJson: string | null;
}

export interface FilledWorkbook {
  meta: FilledMeta | null;
  /** The scoring sheet: where the result names point, else the first visible sheet. */
  sheetName: string;
  /** Values only (formula results, never formulas), 1-based. */
  cells: (row: number, col: number) => CellValue;
}

/** The bytes are not an .xlsx workbook ExcelJS can read (a wrong or damaged file). */
export class UnreadableWorkbookError extends Error {
  constructor(readonly detail: string) {
    super(`Not a readable .xlsx workbook: ${detail}`);
    this.name = "UnreadableWorkbookError";
  }
}


export function readMeta(ws: Worksheet | undefined, date1904: boolean): FilledMeta | null {
  return ws ? filledMetaOf((r, c) => valueAt(ws, r, c, date1904)) : null;
}

/** A merged cell other than the top-left is blank to formulas, whatever ExcelJS echoes there. */
export function valueAt(ws: Worksheet, row: number, col: number, date1904: boolean): CellValue {
  const cell = ws.findCell(row, col);
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return null;
  // cell.value drops a falsy cached result (0, FALSE, ""), which would read as "never calculated".
  if (cell.type === ExcelJS.ValueType.Formula) return toCellValue((cell.result as ExcelJS.CellValue) ?? null, date1904);
  return toCellValue(cell.value, date1904);
}

/** The sheet the result names (TongDiem...) point to: the scoring sheet, whatever the user renamed. */
export function scoringSheet(wb: Workbook): Worksheet | undefined {
  const named = wb.definedNames.model
    .filter((n) => /^(TongDiem|XepLoai)(_KetQua)?$/.test(n.name))
    .flatMap((n) => n.ranges)
    .map((ref) => /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(ref))
    .map((m) => (m ? (m[1] ?? m[2]).replace(/''/g, "'") : ""))
    .map((name) => wb.getWorksheet(name))
    .find((ws): ws is Worksheet => ws !== undefined);
  return named ?? wb.worksheets.find((ws) => ws.state === "visible" && ws.name !== META_SHEET) ?? wb.worksheets[0];
}

/**
 * Read a filled workbook's values to extract entries. Read only: the file is never written back
 * (ExcelJS loses validation formulas and print areas on a round trip).
 * Throws UnreadableWorkbookError when the bytes are not an .xlsx workbook.
 */
export async function readFilledWorkbook(data: Uint8Array | ArrayBuffer): Promise<FilledWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError(e instanceof Error ? e.message : String(e));
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const ws = scoringSheet(wb);
  if (!ws) throw new UnreadableWorkbookError("the workbook has no worksheet");
  return {
    meta: readMeta(wb.getWorksheet(META_SHEET), date1904),
    sheetName: ws.name,
    cells: (row, col) => valueAt(ws, row, col, date1904),
  };
}

export type ReadFilledResult = { ok: true; value: FilledWorkbook } | { ok: false; detail: string; message: { vi: string; en: string } };

/** readFilledWorkbook for the UI: an unreadable file is an expected problem, returned with its message. */
export async function tryReadFilledWorkbook(data: Uint8Array | ArrayBuffer, fileName = "tệp"): Promise<ReadFilledResult> {
  try {
    return { ok: true, value: await readFilledWorkbook(data) };
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    return {
      ok: false,
      detail: e.detail,
      message: {
        vi: `Không đọc được ${fileName}: không phải tệp Excel .xlsx hợp lệ (${e.detail}).`,
        en: `Cannot read ${fileName === "tệp" ? "the file" : fileName}: not a valid Excel .xlsx file (${e.detail}).`,
      },
    };
  }
}
