import { streamInflate, type Inflater } from "./inflate";
import { entryData, readZipDirectory, type ZipEntry } from "./zipDirectory";

/**
 * Checks a file must pass before any .xlsx parser (ExcelJS, or the bulk reader of the
 * consolidation) sees it, in bounded time and memory: what kind of file it is from its first bytes,
 * then the zip's central directory (entry count, declared sizes, compression ratios: no entry whose
 * declared size is over a limit is ever inflated), then each entry inflated under a ceiling equal to
 * its declared size, so that a header that lies is caught too, and the rows and cells of every
 * worksheet counted. Files come from other offices by e-mail: none of this may stop a batch.
 */
export interface SafetyLimits {
  /** The file as it lies on disk. */
  maxFileBytes: number;
  maxEntries: number;
  /** Any one part, inflated. */
  maxEntryBytes: number;
  /** A worksheet part, inflated. */
  maxSheetBytes: number;
  /** All parts together, inflated. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed, for parts larger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxRows: number;
  maxCells: number;
}

/**
 * A filled built-in workbook is about 40 KB (250 KB inflated, 130 KB of it the scoring sheet, about
 * 200 rows); a generated 1,500-item template about ten times that. The limits leave ample room.
 */
export const DEFAULT_LIMITS: SafetyLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxEntries: 1000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxSheetBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxRows: 100_000,
  maxCells: 1_000_000,
};

export type SafetyProblem =
  | { code: "empty" }
  | { code: "fileTooLarge"; bytes: number; limit: number }
  /** An OLE compound file that is not a legacy .xls: how Office stores a password-protected .xlsx. */
  | { code: "encrypted" }
  | { code: "legacyXls" }
  | { code: "notZip"; looksLike: "text" | "pdf" | "unknown" }
  | { code: "corruptZip"; kind: "truncated" | "directory" | "data" | "method" | "size"; part?: string; detail: string }
  | { code: "zipPassword"; part: string }
  | { code: "tooManyEntries"; count: number; limit: number }
  | { code: "notWorkbook"; looksLike: "docx" | "pptx" | "xlsb" | "unknown" }
  | { code: "partTooLarge"; part: string; bytes: number; limit: number }
  | { code: "sheetTooLarge"; part: string; bytes: number; limit: number }
  | { code: "totalTooLarge"; bytes: number; limit: number }
  | { code: "compressionRatio"; part: string; ratio: number; limit: number }
  /** The part inflates to more than its header declares: a crafted bomb. */
  | { code: "sizeLie"; part: string; declared: number }
  | { code: "tooManyRows"; part: string; rows: number; limit: number }
  | { code: "tooManyCells"; part: string; cells: number; limit: number };

export type Inspection = { ok: true; entries: ZipEntry[]; parts: Map<string, Uint8Array> } | { ok: false; problem: SafetyProblem };

export interface InspectOptions {
  limits?: Partial<SafetyLimits>;
  inflate?: Inflater;
  /** Parts whose inflated bytes the caller wants back (the others are inflated, counted, dropped). */
  keep?: (name: string) => boolean;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

const startsWith = (b: Uint8Array, sig: number[]) => b.byteLength >= sig.length && sig.every((x, i) => b[i] === x);

/** Does the UTF-16LE form of `name` occur in the bytes (an OLE directory entry's name)? */
function hasUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  for (let i = b.indexOf(first); i >= 0 && i + name.length * 2 <= b.byteLength; i = b.indexOf(first, i + 1)) {
    let k = 0;
    while (k < name.length && b[i + 2 * k] === name.charCodeAt(k) && b[i + 2 * k + 1] === 0) k++;
    if (k === name.length) return true;
  }
  return false;
}

function looksLikeText(b: Uint8Array): boolean {
  const head = b.subarray(0, 512);
  let control = 0;
  for (const ch of head) if (ch < 9 || (ch > 13 && ch < 32)) control++;
  return control === 0;
}

/** What the first bytes say, before any zip parsing. */
export function sniff(bytes: Uint8Array, limits: SafetyLimits = DEFAULT_LIMITS): SafetyProblem | null {
  if (bytes.byteLength === 0) return { code: "empty" };
  if (bytes.byteLength > limits.maxFileBytes) return { code: "fileTooLarge", bytes: bytes.byteLength, limit: limits.maxFileBytes };
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx holds EncryptionInfo/EncryptedPackage streams; a legacy .xls a Workbook stream.
    return !hasUtf16(bytes, "EncryptionInfo") && (hasUtf16(bytes, "Workbook") || hasUtf16(bytes, "Book")) ? { code: "legacyXls" } : { code: "encrypted" };
  }
  if (startsWith(bytes, ZIP_EMPTY)) return { code: "notWorkbook", looksLike: "unknown" };
  if (!startsWith(bytes, ZIP_LOCAL)) {
    const pdf = startsWith(bytes, [0x25, 0x50, 0x44, 0x46]);
    return { code: "notZip", looksLike: pdf ? "pdf" : looksLikeText(bytes) ? "text" : "unknown" };
  }
  return null;
}

/** A file too large to read at all, from its size alone (before reading it into memory). */
export function fileSizeProblem(size: number, limits: Partial<SafetyLimits> = {}): SafetyProblem | null {
  const max = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  return size > max ? { code: "fileTooLarge", bytes: size, limit: max } : null;
}

export const isWorksheetPart = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Rows and cells of a worksheet part: start tags named row and c (with or without a prefix). */
export function countRowsAndCells(b: Uint8Array): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (let i = b.indexOf(60); i >= 0; i = b.indexOf(60, i + 1)) {
    let j = i + 1;
    let start = j;
    while (j < b.byteLength) {
      const ch = b[j];
      if (ch === 58) start = j + 1;
      else if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      j++;
    }
    const len = j - start;
    if (len === 1 && b[start] === 99) cells++;
    else if (len === 3 && b[start] === 114 && b[start + 1] === 111 && b[start + 2] === 119) rows++;
  }
  return { rows, cells };
}

function declaredProblem(e: ZipEntry, limits: SafetyLimits): SafetyProblem | null {
  if (e.flags & 1) return { code: "zipPassword", part: e.name };
  if (e.method !== 0 && e.method !== 8) return { code: "corruptZip", kind: "method", part: e.name, detail: `compression method ${e.method}` };
  const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
  if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) return { code: "compressionRatio", part: e.name, ratio, limit: limits.maxRatio };
  if (isWorksheetPart(e.name) && e.uncompressedSize > limits.maxSheetBytes) return { code: "sheetTooLarge", part: e.name, bytes: e.uncompressedSize, limit: limits.maxSheetBytes };
  if (e.uncompressedSize > limits.maxEntryBytes) return { code: "partTooLarge", part: e.name, bytes: e.uncompressedSize, limit: limits.maxEntryBytes };
  return null;
}

function lookalike(names: Set<string>): "docx" | "pptx" | "xlsb" | "unknown" {
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  return "unknown";
}

/**
 * Every check, on the bytes of one file. On success, the parts the caller asked to keep, inflated.
 * Never throws for bad data: every problem is returned.
 */
export async function inspectXlsx(bytes: Uint8Array, opts: InspectOptions = {}): Promise<Inspection> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const inflate = opts.inflate ?? streamInflate;
  const fail = (problem: SafetyProblem): Inspection => ({ ok: false, problem });
  const sniffed = sniff(bytes, limits);
  if (sniffed) return fail(sniffed);

  const dir = readZipDirectory(bytes, limits.maxEntries);
  if (!dir.ok) {
    const p = dir.problem;
    if (p.code === "tooManyEntries") return fail({ code: "tooManyEntries", count: p.count, limit: limits.maxEntries });
    return fail(p.code === "noEndRecord" ? { code: "corruptZip", kind: "truncated", detail: "no end of central directory" } : { code: "corruptZip", kind: "directory", detail: p.detail });
  }
  const names = new Set(dir.entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) return fail({ code: "notWorkbook", looksLike: lookalike(names) });

  let declaredTotal = 0;
  for (const e of dir.entries) {
    const p = declaredProblem(e, limits);
    if (p) return fail(p);
    declaredTotal += e.uncompressedSize;
  }
  if (declaredTotal > limits.maxTotalBytes) return fail({ code: "totalTooLarge", bytes: declaredTotal, limit: limits.maxTotalBytes });

  const parts = new Map<string, Uint8Array>();
  for (const e of dir.entries) {
    if (e.name.endsWith("/") && e.uncompressedSize === 0) continue;
    const data = entryData(bytes, e);
    if (!data) return fail({ code: "corruptZip", kind: "directory", part: e.name, detail: "local header damaged" });
    let out: Uint8Array | null;
    if (e.method === 0) out = data.byteLength === e.uncompressedSize ? data : null;
    else {
      try {
        out = await inflate(data, e.uncompressedSize);
      } catch (err) {
        return fail({ code: "corruptZip", kind: "data", part: e.name, detail: err instanceof Error ? err.message : String(err) });
      }
    }
    if (out === null) return fail({ code: "sizeLie", part: e.name, declared: e.uncompressedSize });
    if (out.byteLength !== e.uncompressedSize) return fail({ code: "corruptZip", kind: "size", part: e.name, detail: `${out.byteLength} bytes instead of ${e.uncompressedSize}` });
    if (isWorksheetPart(e.name)) {
      const { rows, cells } = countRowsAndCells(out);
      if (rows > limits.maxRows) return fail({ code: "tooManyRows", part: e.name, rows, limit: limits.maxRows });
      if (cells > limits.maxCells) return fail({ code: "tooManyCells", part: e.name, cells, limit: limits.maxCells });
    }
    if (opts.keep?.(e.name)) parts.set(e.name, out);
  }
  return { ok: true, entries: dir.entries, parts };
}

const group = (n: number, lang: "vi" | "en") => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
const mb = (n: number, lang: "vi" | "en") => {
  const s = (n / (1024 * 1024)).toFixed(1);
  return `${lang === "vi" ? s.replace(".", ",") : s} MB`;
};

/** Why the file was refused, for the "Lỗi" sheet and the command line. */
export function safetyMessage(p: SafetyProblem, lang: "vi" | "en" = "vi"): string {
  const vi = lang === "vi";
  switch (p.code) {
    case "empty":
      return vi ? "Tệp rỗng (0 byte)." : "The file is empty (0 bytes).";
    case "fileTooLarge":
      return vi ? `Tệp quá lớn: ${mb(p.bytes, lang)}, giới hạn ${mb(p.limit, lang)}.` : `The file is too large: ${mb(p.bytes, lang)}, limit ${mb(p.limit, lang)}.`;
    case "encrypted":
      return vi
        ? "Tệp có mật khẩu (được mã hóa): không đọc được. Hãy mở trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại."
        : "The file is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password and save it again.";
    case "legacyXls":
      return vi ? "Tệp Excel 97-2003 (.xls), không phải .xlsx: hãy mở trong Excel và lưu lại dạng .xlsx." : "An Excel 97-2003 (.xls) file, not .xlsx: open it in Excel and save it as .xlsx.";
    case "notZip":
      return vi
        ? `Không phải tệp Excel .xlsx${p.looksLike === "text" ? " (đây là tệp văn bản)" : p.looksLike === "pdf" ? " (đây là tệp PDF)" : ""}.`
        : `Not an Excel .xlsx file${p.looksLike === "text" ? " (it is a text file)" : p.looksLike === "pdf" ? " (it is a PDF file)" : ""}.`;
    case "corruptZip": {
      const vi1 = {
        truncated: "tệp bị cắt cụt hoặc chép không trọn vẹn",
        directory: `mục lục của tệp nén bị hỏng${p.part ? ` tại phần ${p.part}` : ""}`,
        data: `dữ liệu nén của phần ${p.part} bị hỏng`,
        method: `phần ${p.part} dùng cách nén không hỗ trợ`,
        size: `phần ${p.part} thiếu dữ liệu`,
      }[p.kind];
      return vi ? `Tệp .xlsx bị hỏng, không đọc được: ${vi1} (${p.detail}).` : `The .xlsx file is damaged and cannot be read: ${p.kind}${p.part ? ` in ${p.part}` : ""} (${p.detail}).`;
    }
    case "zipPassword":
      return vi ? `Tệp có mật khẩu (phần ${p.part} được mã hóa).` : `The file is password-protected (part ${p.part} is encrypted).`;
    case "tooManyEntries":
      return vi ? `Tệp bất thường: ${group(p.count, lang)} phần bên trong, giới hạn ${group(p.limit, lang)}.` : `Abnormal file: ${group(p.count, lang)} parts inside, limit ${group(p.limit, lang)}.`;
    case "notWorkbook": {
      const what = { docx: vi ? " (đây là tệp Word)" : " (it is a Word file)", pptx: vi ? " (đây là tệp PowerPoint)" : " (it is a PowerPoint file)", xlsb: vi ? " (dạng nhị phân .xlsb)" : " (binary .xlsb)", unknown: "" }[p.looksLike];
      return vi ? `Không phải bảng tính Excel .xlsx${what}.` : `Not an Excel .xlsx workbook${what}.`;
    }
    case "partTooLarge":
      return vi ? `Tệp bất thường: phần ${p.part} giải nén ra ${mb(p.bytes, lang)}, giới hạn ${mb(p.limit, lang)}.` : `Abnormal file: part ${p.part} inflates to ${mb(p.bytes, lang)}, limit ${mb(p.limit, lang)}.`;
    case "sheetTooLarge":
      return vi
        ? `Trang tính quá lớn: ${p.part} giải nén ra ${mb(p.bytes, lang)} (giới hạn ${mb(p.limit, lang)}), không phải biểu chấm điểm.`
        : `Worksheet too large: ${p.part} inflates to ${mb(p.bytes, lang)} (limit ${mb(p.limit, lang)}); not a scoring sheet.`;
    case "totalTooLarge":
      return vi ? `Tệp nén bất thường (zip bomb?): giải nén ra ${mb(p.bytes, lang)}, giới hạn ${mb(p.limit, lang)}.` : `Abnormal archive (zip bomb?): inflates to ${mb(p.bytes, lang)}, limit ${mb(p.limit, lang)}.`;
    case "compressionRatio":
      return vi
        ? `Tệp nén bất thường (zip bomb): phần ${p.part} nén ${group(p.ratio, lang)} lần, giới hạn ${group(p.limit, lang)} lần.`
        : `Abnormal archive (zip bomb): part ${p.part} is compressed ${group(p.ratio, lang)} times, limit ${group(p.limit, lang)}.`;
    case "sizeLie":
      return vi
        ? `Tệp nén bất thường (zip bomb): phần ${p.part} giải nén ra nhiều hơn ${group(p.declared, lang)} byte đã khai báo.`
        : `Abnormal archive (zip bomb): part ${p.part} inflates to more than the ${group(p.declared, lang)} bytes it declares.`;
    case "tooManyRows":
      return vi
        ? `Trang tính quá lớn: ${p.part} có ${group(p.rows, lang)} dòng (giới hạn ${group(p.limit, lang)}), không phải biểu chấm điểm.`
        : `Worksheet too large: ${p.part} has ${group(p.rows, lang)} rows (limit ${group(p.limit, lang)}); not a scoring sheet.`;
    case "tooManyCells":
      return vi
        ? `Trang tính quá lớn: ${p.part} có ${group(p.cells, lang)} ô (giới hạn ${group(p.limit, lang)}), không phải biểu chấm điểm.`
        : `Worksheet too large: ${p.part} has ${group(p.cells, lang)} cells (limit ${group(p.limit, lang)}); not a scoring sheet.`;
    default: {
      const never: never = p;
      return never;
    }
  }
}
