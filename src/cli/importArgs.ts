import { parseCommand, parseYearOption } from "./args";
/**
 * Command-line options of `npm run import`, parsed by a pure function so that every case can be
 * tested without a process. Messages are Vietnamese, as the officers who run it read them.
 */
export interface ImportCliOptions {
  file: string;
  sheet: string | null;
  out: string;
  id: string | null;
  title: string | null;
  year: number | null;
  lang: "vi" | "en";
}

export type ParsedImportArgs = { ok: true; help: true } | { ok: true; help: false; options: ImportCliOptions } | { ok: false; message: string };

export const IMPORT_USAGE = [
  "Cách dùng: npm run import -- <tệp.xlsx | tệp.tsv> --out <bo-chi-so.json> [tùy chọn]",
  "  <tệp>                  bảng phụ lục bộ chỉ số: tệp Excel (.xlsx) hoặc văn bản phân cách bằng tab (.tsv, dán từ Word/Excel)",
  "  --out <tệp.json>       nơi ghi bộ chỉ số (JSON); không ghi gì khi bảng không đọc được",
  "  --sheet <tên>          trang tính cần đọc (mặc định: trang đầu tiên)",
  "  --id <mã>              mã bộ chỉ số (chữ thường không dấu, số, gạch ngang)",
  '  --title "<tên>"        tên bộ chỉ số (mặc định: dòng tiêu đề phía trên bảng)',
  "  --year <năm>           năm áp dụng (mặc định: năm ghi trên tiêu đề)",
  "  --lang vi|en           ngôn ngữ thông báo (mặc định: vi)",
  "  --help                 in hướng dẫn này",
  "Mã thoát: 0 đã ghi, bảng không có lỗi; 1 đã ghi nhưng bảng có lỗi cần kiểm tra; 2 không đọc được, không ghi gì.",
].join("\n");

const VALUED = ["sheet", "out", "id", "title", "year", "lang"] as const;

export function parseImportArgs(argv: readonly string[]): ParsedImportArgs {
  const parsed = parseCommand(argv, VALUED, IMPORT_USAGE);
  if (!parsed.ok) return parsed;
  if (parsed.help) return { ok: true, help: true };
  const given = parsed.options;
  const files = parsed.positionals;
  if (files.length === 0) return { ok: false, message: `Thiếu tệp bảng cần nhập.\n${IMPORT_USAGE}` };
  if (files.length > 1) return { ok: false, message: `Chỉ nhập một tệp mỗi lần (đã ghi: ${files.join(", ")}).` };
  if (given.out === undefined) return { ok: false, message: `Thiếu --out <tệp.json>: nơi ghi bộ chỉ số.\n${IMPORT_USAGE}` };
  const yearOption = parseYearOption(given.year);
  if (!yearOption.ok) return yearOption;
  const year = yearOption.year;
  const lang = given["lang"] ?? "vi";
  if (lang !== "vi" && lang !== "en") return { ok: false, message: `Ngôn ngữ không hợp lệ: "${lang}" (vi hoặc en).` };
  const id = given["id"] ?? null;
  if (id !== null && !/^[a-z0-9][a-z0-9-]*$/.test(id)) return { ok: false, message: `Mã bộ chỉ số không hợp lệ: "${id}" (chỉ gồm chữ thường không dấu, số và dấu gạch ngang).` };
  return {
    ok: true,
    help: false,
    options: { file: files[0], sheet: given["sheet"] ?? null, out: given["out"], id, title: given["title"] ?? null, year, lang },
  };
}
