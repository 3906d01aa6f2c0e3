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

const VALUED = ["--template", "--unit", "--year", "--out", "--from-table", "--sheet"] as const;
type Valued = (typeof VALUED)[number];

export function parseWorkbookArgs(argv: readonly string[]): ParsedArgs {
  const given: Partial<Record<Valued, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { ok: true, help: true };
    const eq = arg.indexOf("=");
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as Valued;
    if (!VALUED.includes(name)) return { ok: false, message: `Tùy chọn không hợp lệ: ${arg}\n${USAGE}` };
    if (given[name] !== undefined) return { ok: false, message: `Tùy chọn ${name} được ghi hai lần.` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (value === undefined || (name !== "--unit" && value.trim() === "")) return { ok: false, message: `Thiếu giá trị cho ${name}.\n${USAGE}` };
    given[name] = value;
  }
  let year: number | null = null;
  if (given["--year"] !== undefined) {
    const y = given["--year"].trim();
    year = /^\d{4}$/.test(y) ? Number(y) : NaN;
    if (!(year >= 2000 && year <= 2100)) return { ok: false, message: `Năm không hợp lệ: "${given["--year"]}" (cần một năm từ 2000 đến 2100, ví dụ 2024).` };
  }
  if (given["--template"] !== undefined && given["--from-table"] !== undefined) {
    return { ok: false, message: "Chỉ dùng một trong hai: --template hoặc --from-table." };
  }
  if (given["--sheet"] !== undefined && given["--from-table"] === undefined) return { ok: false, message: "--sheet chỉ dùng cùng --from-table." };
  return {
    ok: true,
    help: false,
    options: {
      template: given["--template"] ?? null,
      unit: (given["--unit"] ?? "").trim(),
      year,
      out: given["--out"] ?? null,
      fromTable: given["--from-table"] ?? null,
      sheet: given["--sheet"] ?? null,
    },
  };
}

/** out/cham-diem-cchc-<id>-<year>.xlsx */
export function defaultOutPath(templateId: string, year: number): string {
  return `out/cham-diem-cchc-${templateId}-${year}.xlsx`;
}
