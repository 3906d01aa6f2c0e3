/**
 * `npm run upgrade -- <filled.xlsx> --template <new.json> --out <file.xlsx>`: a template corrected
 * mid-season. Reads the filled workbook (read only), carries every entry across by item key into a
 * NEW workbook built from the new template, and keeps whatever does not fit (item removed, score
 * above the new maximum) in a "Mục không khớp" sheet. Prints what moved and what did not, and the
 * count of entries lost, which must be 0 (otherwise nothing is written and the exit code is 1).
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { auditMessage, auditSheet } from "../sheet/audit";
import { buildPlan } from "../sheet/buildPlan";
import { planUpgrade, unmatchedSheet, type UpgradePlan } from "../sheet/upgrade";
import { isEmpty } from "../scoring/cellValue";
import type { CellValue, Entries } from "../scoring/types";
import { templateIssueMessage } from "../template/messages";
import { scoredEntries } from "../template/walk";
import type { Template } from "../template/schema";
import { entriesFromCells } from "../xlsx/consolidate/entries";
import { workbookWithEntries } from "../xlsx/fillEntries";
import { parseCommand } from "./args";
import { readFilledInput } from "./readInput";
import { EXIT_BAD_INPUT, loadTemplateFile, type CliIo } from "./workbook";
import { shownPath, writeOutput } from "./writeOut";

export const UPGRADE_USAGE = [
  "Cách dùng: npm run upgrade -- <tệp-đã-nhập.xlsx> --template <bộ-chỉ-số-mới.json> --out <tệp-mới.xlsx>",
  "  Chuyển mọi dữ liệu đã nhập sang biểu của phiên bản bộ chỉ số mới, theo mã mục.",
  '  Mục không còn trong bộ chỉ số mới hoặc có điểm vượt điểm tối đa mới được giữ ở trang "Mục không khớp".',
  "  Tệp cũ chỉ được đọc; --out phải là một tệp khác.",
].join("\n");

export const EXIT_LOST = 1;

const hasContent = (entry: Entries[string]) => (Object.values(entry) as Array<CellValue | undefined>).some((v) => v !== undefined && !isEmpty(v));

/** Entries with content that are neither carried nor kept as unmatched: must be none. */
export function lostEntries(entries: Entries, up: UpgradePlan): string[] {
  const unmatched = new Set(up.unmatched.map((u) => u.key));
  return Object.entries(entries)
    .filter(([key, e]) => hasContent(e) && !(key in up.carried) && !unmatched.has(key))
    .map(([key]) => key);
}

const realOrResolved = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

export async function runUpgradeCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommand(argv, ["template", "out"] as const, UPGRADE_USAGE);
  if (!args.ok) {
    io.err(args.message);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(UPGRADE_USAGE);
    return 0;
  }
  const { template: templatePath, out } = args.options;
  if (args.positionals.length !== 1 || templatePath === undefined || out === undefined) {
    io.err(`Cần một tệp đã nhập, --template và --out.\n${UPGRADE_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const inputPath = resolve(io.cwd, args.positionals[0]);
  const target = resolve(io.cwd, out);
  if (realOrResolved(target) === realOrResolved(inputPath)) {
    io.err("Tệp kết quả (--out) phải khác tệp đã nhập: tệp cũ được giữ nguyên cho tới khi người dùng tự xóa.");
    return EXIT_BAD_INPUT;
  }
  if (!/\.xlsx$/i.test(target)) {
    io.err(`Tệp kết quả phải có đuôi .xlsx: ${out}`);
    return EXIT_BAD_INPUT;
  }
  const loaded = loadTemplateFile(resolve(io.cwd, templatePath));
  if (!loaded.ok) {
    io.err(`Không dùng được bộ chỉ số ${templatePath}:`);
    for (const issue of loaded.issues) io.err(`- ${templateIssueMessage(issue.code === "jsonSyntax" || issue.code === "unreadable" ? { ...issue, source: templatePath } : issue)}`);
    return EXIT_BAD_INPUT;
  }
  const to: Template = loaded.value;
  const input = await readFilledInput(inputPath, args.positionals[0]);
  if (!input.ok) {
    io.err(input.message);
    return EXIT_BAD_INPUT;
  }
  const { template: from, plan: fromPlan, workbook, meta } = input.value;
  const audit = auditSheet(fromPlan, workbook.source);
  if (!audit.repairable) {
    io.err(`${args.positionals[0]}: ${audit.differences.map((d) => auditMessage(d)).join(" ")}`);
    io.err("Không xác định được dòng của từng mục nên không chuyển dữ liệu; hãy chèn lại biểu mẫu trong Excel trước.");
    return EXIT_BAD_INPUT;
  }
  const entries = entriesFromCells(fromPlan.layout, workbook.cells);
  const up = planUpgrade(from, to, entries);
  const lost = lostEntries(entries, up);
  const withContent = Object.values(entries).filter(hasContent).length;

  io.out(`Chuyển ${args.positionals[0]} từ ${from.id} phiên bản ${from.version} sang ${to.id} phiên bản ${to.version}:`);
  if (from.id !== to.id) io.out(`Lưu ý: bộ chỉ số mới có mã khác (${to.id}); dữ liệu chỉ được chuyển cho các mục cùng mã.`);
  const removed = up.unmatched.filter((u) => u.reason === "itemRemoved");
  const over = up.unmatched.filter((u) => u.reason === "overNewMax");
  io.out(`- ${withContent} mục có dữ liệu; đã chuyển ${Object.keys(up.carried).length} mục sang biểu mới.`);
  io.out(`- ${up.unmatched.length} mục không khớp (giữ ở trang "Mục không khớp"): ${removed.length} mục không còn trong bộ chỉ số mới, ${over.length} mục có điểm vượt điểm tối đa mới.`);
  for (const u of up.unmatched) {
    io.out(`  • ${u.code} ${u.name}: ${u.reason === "itemRemoved" ? "mục không còn trong bộ chỉ số mới" : `điểm vượt điểm tối đa mới ${u.newMax} (cũ ${u.oldMax})`}`);
  }
  const codes = new Map(scoredEntries(to).map((e) => [e.key, e.code]));
  if (up.changed.length > 0) io.out(`- ${up.changed.length} mục đổi điểm tối đa hoặc mức điểm: ${up.changed.map((k) => codes.get(k) ?? k).join(", ")}.`);
  if (up.added.length > 0) io.out(`- ${up.added.length} mục mới, để trống: ${up.added.map((k) => codes.get(k) ?? k).join(", ")}.`);
  io.out(`- Số mục bị mất: ${lost.length}.`);
  if (lost.length > 0) {
    io.err(`Không ghi tệp: ${lost.length} mục sẽ bị mất (${lost.join(", ")}).`);
    return EXIT_LOST;
  }

  const plan = buildPlan(to, { unit: meta.unit, year: meta.year ?? undefined, sheetName: workbook.sheetName });
  const sheets = up.unmatched.length > 0 ? [...plan.sheets, unmatchedSheet(up, from.version, to.version)] : plan.sheets;
  writeOutput(target, await workbookWithEntries({ ...plan, sheets }, up.carried));
  io.out(shownPath(io.cwd, target));
  return 0;
}

if (require.main === module) {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runUpgradeCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), cwd }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(EXIT_BAD_INPUT);
    },
  );
}
