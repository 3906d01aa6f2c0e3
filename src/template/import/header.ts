import { LIMITS } from "./limits";
import { fold, oneLine } from "./normalize";
import { parsePoints } from "./points";
import type { TableCell } from "./types";

/** What a column holds. "other" is a known column this import does not read (self score, notes). */
export type ColumnRole = "stt" | "name" | "max" | "rule" | "method" | "evidence" | "steps" | "other";
export type Columns = Partial<Record<Exclude<ColumnRole, "other">, number>>;

/** Headers looked for, as the message for a table without a header lists them. */
export const HEADERS_LOOKED_FOR = [
  "STT",
  "Nội dung / Tiêu chí / Lĩnh vực",
  "Điểm tối đa / Điểm chuẩn",
  "Hướng dẫn chấm / Thang điểm / Cách tính điểm",
  "Phương pháp",
  "Tài liệu kiểm chứng",
];

const has = (f: string, keys: string[]): boolean => keys.some((k) => f.includes(k));

/** The role a header text names, or null. Order matters: "Điểm tự đánh giá" is not the max. */
export function roleOf(text: string): ColumnRole | null {
  const f = fold(text).replace(/[():.*]/g, " ").replace(/\s+/g, " ").trim();
  if (f === "") return null;
  if (has(f, ["tu cham", "tu danh gia", "tham dinh", "dat duoc", "giai trinh", "ghi chu", "ket qua", "diem dat", "chenh lech"])) return "other";
  if (has(f, ["muc diem"])) return "steps";
  if (has(f, ["diem toi da", "diem chuan", "toi da", "so diem", "diem so"]) || f === "diem") return "max";
  if (/^(noi dung|tieu chi|linh vuc|ten tieu chi|chi so)/.test(f)) return "name";
  if (has(f, ["huong dan", "thang diem", "cach tinh", "cach cham", "cach thuc", "cach danh gia"])) return "rule";
  if (has(f, ["phuong phap", "phuong thuc", "hinh thuc danh gia"])) return "method";
  if (has(f, ["tai lieu kiem chung", "tlkc", "minh chung", "kiem chung"])) return "evidence";
  if (/^(stt|tt|so tt|so thu tu|ma|ma so|ky hieu|so)$/.test(f)) return "stt";
  if (has(f, ["noi dung", "tieu chi", "linh vuc"])) return "name";
  return null;
}

function columnsOf(texts: string[]): Columns {
  const cols: Columns = {};
  texts.forEach((t, c) => {
    const role = roleOf(t);
    if (role && role !== "other" && cols[role] === undefined) cols[role] = c;
  });
  return cols;
}

export interface Header {
  /** Index of the first row after the header (and after a row of column numbers). */
  dataStart: number;
  /** Index of the header's first row. */
  headerRow: number;
  columns: Columns;
}

const width = (rows: TableCell[][], r: number): number => Math.min(rows[r]?.length ?? 0, LIMITS.maxColumns);
const texts = (rows: TableCell[][], r: number): string[] => Array.from({ length: width(rows, r) }, (_, c) => oneLine(rows[r][c]));

/** A row under the header whose every cell is itself a header word ("Tối đa", "Tự chấm"). */
function isSubHeader(cells: string[]): boolean {
  const filled = cells.filter((t) => t !== "");
  return filled.length > 0 && filled.every((t) => {
    const role = roleOf(t);
    return t.length <= 24 && role !== null && role !== "name";
  });
}

/** "(1) (2) (3)…" or "1 2 3…" or "A B C…" numbering the columns. */
function isColumnNumbers(cells: string[]): boolean {
  const filled = cells.filter((t) => t !== "").map((t) => t.replace(/^\((.*)\)$/, "$1"));
  if (filled.length < 3) return false;
  const numeric = filled.every((t, i) => /^\d{1,2}$/.test(t) && (i === 0 || Number(t) === Number(filled[i - 1]) + 1));
  const letters = filled.every((t, i) => /^[A-Z]$/.test(t) && (i === 0 || t.charCodeAt(0) === filled[i - 1].charCodeAt(0) + 1));
  return numeric || letters;
}

/** "Thang điểm" columns sometimes hold the maximum: take the rule column as max when its data are points. */
function ruleColumnHoldsPoints(rows: TableCell[][], from: number, col: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (let r = from; r < Math.min(rows.length, from + 40); r++) {
    const cell = rows[r]?.[col] ?? null;
    if (oneLine(cell) === "") continue;
    filled++;
    if (parsePoints(cell).kind === "value") numbers++;
  }
  return filled > 0 && numbers / filled >= 0.6;
}

/**
 * Find the header by its text, not its position: the first row (alone, or with the row below it
 * when the header spans two rows) naming at least the content and the max points columns.
 */
export function detectHeader(rows: TableCell[][]): Header | null {
  const last = Math.min(rows.length, LIMITS.headerSearchRows);
  for (let r = 0; r < last; r++) {
    const top = texts(rows, r);
    if (top.every((t) => t === "")) continue;
    const below = r + 1 < rows.length ? texts(rows, r + 1) : [];
    let spans = below.length > 0 && isSubHeader(below);
    const merged = spans ? Array.from({ length: Math.max(top.length, below.length) }, (_, c) => `${top[c] ?? ""} ${below[c] ?? ""}`.trim()) : top;
    let columns = columnsOf(merged);
    if (spans && (columns.name === undefined || columns.max === undefined)) {
      spans = false;
      columns = columnsOf(top);
    }
    if (columns.name === undefined) continue;
    let dataStart = r + (spans ? 2 : 1);
    if (columns.max === undefined && columns.rule !== undefined && ruleColumnHoldsPoints(rows, dataStart, columns.rule)) {
      columns.max = columns.rule;
      delete columns.rule;
    }
    if (columns.max === undefined) continue;
    if (dataStart < rows.length && isColumnNumbers(texts(rows, dataStart))) dataStart++;
    return { headerRow: r, dataStart, columns };
  }
  return null;
}
