/**
 * Reading an appendix table from a file, for `npm run import` and `npm run workbook -- --from-table`:
 * an .xlsx sheet (bounded read) or tab-separated text pasted from Word. The file is only read.
 */
import { readFileSync, statSync } from "fs";
import { extname } from "path";
import { parseTsv, type TableCell } from "../template/import";
import { xlsxTableProblemMessage } from "../template/import/messages";
import { MAX_XLSX_BYTES, readXlsxTable } from "../template/import/xlsxTable";

export type TableRead = { ok: true; rows: TableCell[][]; firstRowNumber: number } | { ok: false; message: string };

export async function readTable(path: string, o: { sheet: string | null; lang: "vi" | "en" }): Promise<TableRead> {
  const vi = o.lang === "vi";
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_XLSX_BYTES) return { ok: false, message: xlsxTableProblemMessage({ code: "tooBig", bytes: size, limit: MAX_XLSX_BYTES }, o.lang) };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail = code === "ENOENT" ? (vi ? "không tìm thấy tệp" : "file not found") : code === "EISDIR" ? (vi ? "đây là một thư mục" : "this is a folder") : e instanceof Error ? e.message : String(e);
    return { ok: false, message: vi ? `Không đọc được tệp ${path}: ${detail}.` : `Cannot read ${path}: ${detail}.` };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".xls" || ext === ".doc" || ext === ".docx") {
    return {
      ok: false,
      message: vi
        ? `Tệp ${ext} chưa đọc được trực tiếp. Hãy mở bằng Excel và lưu lại dạng .xlsx, hoặc chép bảng (từ Word) dán vào một tệp văn bản .tsv.`
        : `${ext} files cannot be read directly. Save the table as .xlsx from Excel, or paste it (from Word) into a .tsv text file.`,
    };
  }
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (isZip || ext === ".xlsx" || ext === ".xlsm") {
    const r = await readXlsxTable(bytes, o.sheet ?? undefined);
    return r.ok ? { ok: true, rows: r.rows, firstRowNumber: 1 } : { ok: false, message: xlsxTableProblemMessage(r.problem, o.lang) };
  }
  if (o.sheet !== null) {
    return { ok: false, message: vi ? "--sheet chỉ dùng với tệp Excel (.xlsx)." : "--sheet applies to Excel (.xlsx) files only." };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: vi ? `Tệp ${path} không phải tệp Excel (.xlsx) hay văn bản phân cách bằng tab.` : `${path} is neither an Excel (.xlsx) file nor tab-separated text.` };
  }
  return { ok: true, rows: parseTsv(bytes.toString("utf8")), firstRowNumber: 1 };
}

