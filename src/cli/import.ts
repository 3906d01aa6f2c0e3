/**
 * `npm run import -- <file.xlsx|file.tsv> [--sheet NAME] --out template.json`: reads an official
 * appendix table into a template JSON and prints the findings, each naming its row. Bad input (no
 * file, not a table, no header) gets a Vietnamese message, exit code 2, and nothing is written.
 * The input file is only read.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "fs";
import { dirname, extname, relative, resolve } from "path";
import { importFindingMessage, importFindingSeverity, importTable, parseTsv, type TableCell } from "../template/import";
import { xlsxTableProblemMessage } from "../template/import/messages";
import { MAX_XLSX_BYTES, readXlsxTable } from "../template/import/xlsxTable";
import { templateToJson } from "../template/json";
import type { Template } from "../template/schema";
import { IMPORT_USAGE, parseImportArgs, type ImportCliOptions } from "./importArgs";

export const EXIT_WRITTEN = 0;
export const EXIT_WRITTEN_WITH_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

type TableRead = { ok: true; rows: TableCell[][]; firstRowNumber: number } | { ok: false; message: string };

async function readTable(path: string, o: ImportCliOptions): Promise<TableRead> {
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

function summary(t: Template, vi: boolean): string {
  const parts = t.parts
    .map((p) => {
      const crits = p.fields.length > 0 ? p.fields.flatMap((f) => f.criteria) : p.criteria;
      const items = crits.reduce((n, c) => n + Math.max(1, c.items.length), 0);
      return vi
        ? `Phần ${p.code}: ${p.fields.length > 0 ? `${p.fields.length} lĩnh vực, ` : ""}${crits.length} tiêu chí, ${items} mục chấm, ${p.maxPoints} điểm`
        : `Part ${p.code}: ${p.fields.length > 0 ? `${p.fields.length} fields, ` : ""}${crits.length} criteria, ${items} scored entries, ${p.maxPoints} points`;
    })
    .join("; ");
  const adj = t.adjustments.length > 0 ? (vi ? `; ${t.adjustments.length} mục điểm thưởng/trừ` : `; ${t.adjustments.length} bonus/penalty blocks`) : "";
  return parts + adj;
}

export async function runImportCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseImportArgs(argv);
  if (!args.ok) {
    io.err(args.message);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(IMPORT_USAGE);
    return EXIT_WRITTEN;
  }
  const o = args.options;
  const vi = o.lang === "vi";
  const input = resolve(io.cwd, o.file);
  const target = resolve(io.cwd, o.out);
  if (input === target) {
    io.err(vi ? "Tệp ghi ra (--out) trùng với tệp bảng cần nhập: không ghi đè tệp của người dùng." : "The output file (--out) is the input table: the user's file is never overwritten.");
    return EXIT_BAD_INPUT;
  }
  const table = await readTable(input, o);
  if (!table.ok) {
    io.err(table.message);
    return EXIT_BAD_INPUT;
  }
  const result = importTable(table.rows, { id: o.id ?? undefined, title: o.title ?? undefined, year: o.year ?? undefined, firstRowNumber: table.firstRowNumber });
  const tag = { error: vi ? "LỖI" : "ERROR", warning: vi ? "Lưu ý" : "Warning", info: vi ? "Thông tin" : "Info" };
  for (const f of result.findings) {
    const severity = importFindingSeverity(f);
    (severity === "error" ? io.err : io.out)(`[${tag[severity]}] ${importFindingMessage(f, o.lang)}`);
  }
  if (!result.template) {
    io.err(vi ? "Không ghi tệp nào: bảng không dựng được thành bộ chỉ số." : "Nothing written: the table could not be read as a template.");
    return EXIT_BAD_INPUT;
  }
  mkdirSync(dirname(target), { recursive: true });
  // Written beside the target and renamed, so that an interrupted run never leaves half a file.
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, templateToJson(result.template));
  renameSync(partial, target);
  const shown = relative(io.cwd, target);
  io.out(`${vi ? "Đã ghi" : "Written"} ${shown && !shown.startsWith("..") ? shown : target}: ${summary(result.template, vi)}.`);
  return result.findings.some((f) => importFindingSeverity(f) === "error") ? EXIT_WRITTEN_WITH_ERRORS : EXIT_WRITTEN;
}

if (require.main === module) {
  // npm runs scripts from the package root; INIT_CWD is where the officer typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runImportCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), cwd }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    },
  );
}
