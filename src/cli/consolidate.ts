/**
 * `npm run consolidate -- <folder or files…> --out tong-hop.xlsx`: the appraising office's
 * consolidation of every commune's filled workbook into one file with the "Tổng hợp" (results,
 * live ranks, counts per classification, data bars) and "Lỗi" (every file not taken or to review)
 * sheets. Source files are only read. Progress goes to stderr, the result to stdout; exit 2 on
 * bad arguments.
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { templateIssueMessage } from "../template/messages";
import { builtinTemplates } from "../template/builtin";
import type { Template } from "../template/schema";
import { consolidate } from "../xlsx/consolidate/consolidate";
import { sourcesFromPaths } from "../xlsx/consolidate/nodeSources";
import { nodeInflate } from "../xlsx/nodeInflate";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { parseCommand } from "./args";
import { EXIT_BAD_INPUT, loadTemplateFile, type CliIo } from "./workbook";
import { shownPath, writeOutput } from "./writeOut";

export const CONSOLIDATE_USAGE = [
  "Cách dùng: npm run consolidate -- <thư mục hoặc tệp .xlsx…> [tùy chọn]",
  "  --out <tệp.xlsx>        nơi ghi bảng tổng hợp (mặc định: tong-hop.xlsx)",
  "  --template <tệp.json>   bộ chỉ số mà mọi tệp phải dùng (mặc định: bộ chỉ số đa số tệp dùng)",
  '  --title "<tiêu đề>"     tiêu đề của bảng tổng hợp',
  "  --help                  in hướng dẫn này",
  "Các tệp nguồn chỉ được đọc, không bao giờ bị sửa.",
].join("\n");

export interface ConsolidateIo extends CliIo {
  /** One progress update; the terminal entry point rewrites a single line. */
  progress(line: string): void;
}

const realOrResolved = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

const seconds = (ms: number) => (ms / 1000).toFixed(1).replace(".", ",");

export async function runConsolidateCli(argv: readonly string[], io: ConsolidateIo): Promise<number> {
  const args = parseCommand(argv, ["out", "template", "title"] as const, CONSOLIDATE_USAGE);
  if (!args.ok) {
    io.err(args.message);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(CONSOLIDATE_USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    io.err(`Chưa chỉ ra thư mục hoặc tệp cần tổng hợp.\n${CONSOLIDATE_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const target = resolve(io.cwd, args.options.out ?? "tong-hop.xlsx");
  if (!/\.xlsx$/i.test(target)) {
    io.err(`Tệp kết quả phải có đuôi .xlsx: ${args.options.out}`);
    return EXIT_BAD_INPUT;
  }
  let template: Template | undefined;
  if (args.options.template !== undefined) {
    const loaded = loadTemplateFile(resolve(io.cwd, args.options.template));
    if (!loaded.ok) {
      io.err(`Không dùng được bộ chỉ số ${args.options.template}:`);
      for (const issue of loaded.issues) io.err(`- ${templateIssueMessage(issue.code === "jsonSyntax" || issue.code === "unreadable" ? { ...issue, source: args.options.template } : issue)}`);
      return EXIT_BAD_INPUT;
    }
    template = loaded.value;
  }
  const { sources, missing } = await sourcesFromPaths(args.positionals, { cwd: io.cwd, exclude: [target] });
  if (missing.length > 0) {
    io.err(`Không tìm thấy: ${missing.join(", ")}`);
    return EXIT_BAD_INPUT;
  }
  const targetReal = realOrResolved(target);
  const clash = args.positionals.find((p) => realOrResolved(resolve(io.cwd, p)) === targetReal);
  if (clash !== undefined) {
    io.err(`Tệp kết quả (--out) không được trùng với tệp nguồn ${clash}: tệp nguồn không bao giờ bị ghi đè.`);
    return EXIT_BAD_INPUT;
  }
  if (sources.length === 0) {
    io.err(`Không có tệp Excel nào trong ${args.positionals.join(", ")}.`);
    return EXIT_BAD_INPUT;
  }

  const t0 = performance.now();
  const outcome = await consolidate(sources, {
    template,
    known: builtinTemplates,
    inflate: nodeInflate,
    title: args.options.title,
    onProgress: (done, total, file) => io.progress(`Đang đọc ${done}/${total}: ${file}`),
  });
  const bytes = await writeWorkbook(outcome.plan);
  writeOutput(target, bytes);
  const elapsed = performance.now() - t0;

  const taken = outcome.files.filter((f) => f.taken);
  const refused = outcome.files.length - taken.length;
  const review = taken.filter((f) => f.problems.length > 0).length;
  io.out(shownPath(io.cwd, target));
  io.out(`Bộ chỉ số: ${outcome.template.title} (${outcome.template.id}, phiên bản ${outcome.template.version}).`);
  io.out(`Đã tổng hợp ${taken.length}/${outcome.files.length} tệp trong ${seconds(elapsed)} giây.`);
  if (refused > 0 || review > 0) {
    io.out(`${refused} tệp không đưa vào tổng hợp, ${review} tệp đã tổng hợp nhưng cần xem lại: xem trang "Lỗi".`);
    for (const f of outcome.files.filter((x) => !x.taken)) io.out(`- ${f.file}: ${outcome.problems.find((p) => p.file === f.file)?.reason ?? ""}`);
  }
  return 0;
}

if (require.main === module) {
  // npm runs scripts from the package root; INIT_CWD is where the officer typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const tty = process.stderr.isTTY;
  let last = 0;
  const io: ConsolidateIo = {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    cwd,
    progress: (l) => {
      if (!tty) return void process.stderr.write(`${l}\n`);
      process.stderr.write(`\r${l.padEnd(last)}`);
      last = l.length;
    },
  };
  runConsolidateCli(process.argv.slice(2), io).then(
    (code) => {
      if (tty && last > 0) process.stderr.write("\n");
      process.exit(code);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    },
  );
}
