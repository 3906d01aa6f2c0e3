/**
 * `npm run audit -- <file.xlsx>`: "Kiểm tra công thức" on a file. Compares every formula, defined
 * name and formula lock of the scoring sheet with the plan of the template version the file
 * carries and prints each difference with the expected formula. Exit 0 when there is none, 1 when
 * there are some, 2 when the file cannot be read or is not a scoring workbook. The file is only read.
 */
import { resolve } from "node:path";
import { auditMessage, auditSheet } from "../sheet/audit";
import { templateIssueMessage } from "../template/messages";
import type { Template } from "../template/schema";
import { parseCommand } from "./args";
import { readFilledInput } from "./readInput";
import { EXIT_BAD_INPUT, loadTemplateFile, type CliIo } from "./workbook";

export const AUDIT_USAGE = [
  "Cách dùng: npm run audit -- <tệp.xlsx> [tùy chọn]",
  "  --template <tệp.json>  bộ chỉ số dùng khi tệp không lưu kèm bộ chỉ số của nó",
  "  --lang vi|en           ngôn ngữ của thông báo (mặc định: vi)",
  "  --help                 in hướng dẫn này",
  "Mã thoát: 0 không có sai khác, 1 có sai khác, 2 không đọc được tệp.",
].join("\n");

export const EXIT_DIFFERENCES = 1;

export async function runAuditCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommand(argv, ["template", "lang"] as const, AUDIT_USAGE);
  if (!args.ok) {
    io.err(args.message);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(AUDIT_USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    io.err(`Cần đúng một tệp .xlsx.\n${AUDIT_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const lang = args.options.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") {
    io.err(`--lang chỉ nhận vi hoặc en, không phải "${lang}".`);
    return EXIT_BAD_INPUT;
  }
  let given: Template | undefined;
  if (args.options.template !== undefined) {
    const loaded = loadTemplateFile(resolve(io.cwd, args.options.template));
    if (!loaded.ok) {
      for (const issue of loaded.issues) io.err(`- ${templateIssueMessage(issue)}`);
      return EXIT_BAD_INPUT;
    }
    given = loaded.value;
  }
  const shown = args.positionals[0];
  const input = await readFilledInput(resolve(io.cwd, shown), shown, given);
  if (!input.ok) {
    io.err(input.message);
    return EXIT_BAD_INPUT;
  }
  const { template, plan, workbook } = input.value;
  const vi = lang === "vi";
  io.out(
    vi
      ? `Kiểm tra công thức ${shown}, trang "${workbook.sheetName}", theo bộ chỉ số ${template.id} phiên bản ${template.version}:`
      : `Formula audit of ${shown}, sheet "${workbook.sheetName}", against template ${template.id} version ${template.version}:`,
  );
  const result = auditSheet(plan, workbook.source);
  if (result.differences.length === 0) {
    io.out(vi ? "Không có sai khác: mọi công thức, tên và ô khóa đúng như biểu mẫu." : "No differences: every formula, name and lock is as the template plans.");
    return 0;
  }
  for (const d of result.differences) io.out(`- ${auditMessage(d, lang)}`);
  io.out(
    result.repairable
      ? vi
        ? `${result.differences.length} sai khác; "Khôi phục công thức" trong phần bổ trợ sửa được tất cả mà không đụng tới dữ liệu đã nhập.`
        : `${result.differences.length} differences; "Repair formulas" in the add-in mends them all without touching any entry.`
      : vi
        ? "Bảng đã bị chèn hoặc xóa dòng: hãy chèn lại biểu mẫu (dữ liệu đã nhập được giữ)."
        : "Rows were inserted or deleted: insert the template again (entries are kept).",
  );
  return EXIT_DIFFERENCES;
}

if (require.main === module) {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runAuditCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), cwd }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(EXIT_BAD_INPUT);
    },
  );
}
