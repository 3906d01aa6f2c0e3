/**
 * `npm run import -- <file.xlsx|file.tsv> [--sheet NAME] --out template.json`: reads an official
 * appendix table into a template JSON and prints the findings, each naming its row. Bad input (no
 * file, not a table, no header) gets a Vietnamese message, exit code 2, and nothing is written.
 * The input file is only read.
 */
import { mkdirSync, renameSync, writeFileSync } from "fs";
import { dirname, relative, resolve } from "path";
import { importFindingMessage, importFindingSeverity, importTable } from "../template/import";
import { readTable } from "./readTable";
import { templateToJson } from "../template/json";
import type { Template } from "../template/schema";
import { IMPORT_USAGE, parseImportArgs } from "./importArgs";

export const EXIT_WRITTEN = 0;
export const EXIT_WRITTEN_WITH_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
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
