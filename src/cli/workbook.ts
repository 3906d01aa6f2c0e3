/**
 * `npm run workbook`: writes the standalone scoring workbook (.xlsx) of the built-in template, or
 * of a template JSON file, and prints its path. A bad template file gets a Vietnamese message naming
 * the file and line or the node, exit code 2, and nothing is written.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import { dirname, relative, resolve } from "path";
import { buildPlan } from "../sheet/buildPlan";
import { builtinTemplates } from "../template/builtin";
import type { Result } from "../template/issues";
import { templateFromJson } from "../template/json";
import { templateIssueMessage } from "../template/messages";
import type { Template } from "../template/schema";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { importFindingMessage, importFindingSeverity, importTable } from "../template/import";
import { readTable } from "./readTable";
import { defaultOutPath, parseWorkbookArgs, USAGE } from "./workbookArgs";

export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export function loadTemplateFile(path: string): Result<Template> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code === "ENOENT" ? "không tìm thấy tệp" : e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ code: "unreadable", source: path, detail }] };
  }
  return templateFromJson(text, path);
}

export async function runWorkbookCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseWorkbookArgs(argv);
  if (!args.ok) {
    io.err(args.message);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const { options } = args;
  let template: Template = builtinTemplates[0];
  if (options.template !== null) {
    const loaded = loadTemplateFile(resolve(io.cwd, options.template));
    if (!loaded.ok) {
      io.err(`Không tạo được biểu chấm điểm từ ${options.template}:`);
      for (const issue of loaded.issues) io.err(`- ${templateIssueMessage(issue.code === "jsonSyntax" || issue.code === "unreadable" ? { ...issue, source: options.template } : issue)}`);
      return EXIT_BAD_INPUT;
    }
    template = loaded.value;
  }
  let hasImportErrors = false;
  if (options.fromTable !== null) {
    const table = await readTable(resolve(io.cwd, options.fromTable), { sheet: options.sheet, lang: "vi" });
    if (!table.ok) {
      io.err(table.message);
      return EXIT_BAD_INPUT;
    }
    const imported = importTable(table.rows, { year: options.year ?? undefined, firstRowNumber: table.firstRowNumber });
    for (const f of imported.findings) (importFindingSeverity(f) === "error" ? io.err : io.out)(`[${importFindingSeverity(f) === "error" ? "LỖI" : "Lưu ý"}] ${importFindingMessage(f, "vi")}`);
    if (!imported.template) {
      io.err("Không ghi tệp nào: bảng không dựng được thành bộ chỉ số.");
      return EXIT_BAD_INPUT;
    }
    hasImportErrors = imported.findings.some((f) => importFindingSeverity(f) === "error");
    template = imported.template;
  }
  const year = options.year ?? template.year;
  const plan = buildPlan(template, { unit: options.unit, year });
  const bytes = await writeWorkbook(plan);
  const target = resolve(io.cwd, options.out ?? defaultOutPath(template.id, year));
  mkdirSync(dirname(target), { recursive: true });
  // Written beside the target and renamed, so that an interrupted run never leaves half a file.
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, target);
  const shown = relative(io.cwd, target);
  io.out(shown && !shown.startsWith("..") ? shown : target);
  // Written, but the table had errors the officer should fix in the appendix and import again.
  return hasImportErrors ? 1 : 0;
}

if (require.main === module) {
  // npm runs scripts from the package root; INIT_CWD is where the officer typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runWorkbookCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), cwd }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    },
  );
}
