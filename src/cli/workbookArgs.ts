import { parseCommand, parseYearOption } from "./args";
/**
 * Command-line options of `npm run workbook`, parsed by a pure function so that every case can be
 * tested without a process. Messages are Vietnamese, as the officers who run it read them.
 */
export interface WorkbookOptions {
  /** A template JSON file; absent means the default built-in template. */
  template: string | null;
  unit: string;
  year: number | null;
  /** Output file; absent means out/cham-diem-cchc-<id>-<year>.xlsx. */
  out: string | null;
  /** An official appendix table (.xlsx or .tsv) to import as the template. */
  fromTable: string | null;
  /** The sheet of that table's workbook; absent means the first. */
  sheet: string | null;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; options: WorkbookOptions } | { ok: false; message: string };

export const USAGE = [
  "Cách dùng: npm run workbook -- [tùy chọn]",
  "  --template <tệp.json>  bộ chỉ số từ tệp JSON (mặc định: bộ chỉ số có sẵn)",
  "  --from-table <tệp.xlsx> bộ chỉ số nhập từ bảng phụ lục chính thức (.xlsx hoặc .tsv)",
  "  --sheet <tên trang>    trang tính chứa bảng phụ lục (mặc định: trang đầu)",
  '  --unit "<tên đơn vị>"  tên UBND phường/xã in trên biểu',
  "  --year <năm>           năm đánh giá (mặc định: năm của bộ chỉ số)",
  "  --out <tệp.xlsx>       nơi ghi tệp (mặc định: out/cham-diem-cchc-<id>-<năm>.xlsx)",
  "  --help                 in hướng dẫn này",
].join("\n");

const VALUED = ["template", "unit", "year", "out", "from-table", "sheet"] as const;

export function parseWorkbookArgs(argv: readonly string[]): ParsedArgs {
  const parsed = parseCommand(argv, VALUED, USAGE, ["unit"]);
  if (!parsed.ok) return parsed;
  if (parsed.help) return { ok: true, help: true };
  if (parsed.positionals.length > 0) return { ok: false, message: `Tùy chọn không hợp lệ: ${parsed.positionals[0]}\n${USAGE}` };
  const given = parsed.options;
  const yearOption = parseYearOption(given.year);
  if (!yearOption.ok) return yearOption;
  const year = yearOption.year;
  if (given["template"] !== undefined && given["from-table"] !== undefined) {
    return { ok: false, message: "Chỉ dùng một trong hai: --template hoặc --from-table." };
  }
  if (given["sheet"] !== undefined && given["from-table"] === undefined) return { ok: false, message: "--sheet chỉ dùng cùng --from-table." };
  return {
    ok: true,
    help: false,
    options: {
      template: given["template"] ?? null,
      unit: (given["unit"] ?? "").trim(),
      year,
      out: given["out"] ?? null,
      fromTable: given["from-table"] ?? null,
      sheet: given["sheet"] ?? null,
    },
  };
}

/** out/cham-diem-cchc-<id>-<year>.xlsx */
export function defaultOutPath(templateId: string, year: number): string {
  return `out/cham-diem-cchc-${templateId}-${year}.xlsx`;
}
