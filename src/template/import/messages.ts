import { formatPoints, type Lang } from "../messages";
import { LIMITS } from "./limits";
import type { ImportFinding, NodeLevel } from "./types";
import type { XlsxTableProblem } from "./xlsxTable";

/**
 * How much a finding matters. "error": the table has a fault the officer must check (the template
 * may still be built, with parents' maxima taken as the sums of what they hold); "warning": a row was
 * skipped or read in a way worth a look; "info": a default was used.
 */
export type ImportSeverity = "error" | "warning" | "info";

export function importFindingSeverity(f: ImportFinding): ImportSeverity {
  switch (f.code) {
    case "noHeader":
    case "tooLarge":
    case "notATable":
    case "noItems":
    case "invalidTemplate":
    case "sumMismatch":
    case "totalMismatch":
    case "missingMax":
    case "badPoints":
    case "duplicateCode":
      return "error";
    case "unrecognisedRow":
    case "orphanRow":
    case "ruleAboveMax":
    case "badSteps":
    case "emptyPart":
      return "warning";
    case "defaultBands":
      return "info";
    default: {
      const never: never = f;
      return never;
    }
  }
}

const LEVEL: Record<Lang, Record<NodeLevel, string>> = {
  vi: { part: "Phần", field: "Lĩnh vực", criterion: "Tiêu chí", item: "Tiêu chí thành phần", adjustment: "Mục điểm thưởng/điểm trừ" },
  en: { part: "Part", field: "Field", criterion: "Criterion", item: "Sub-criterion", adjustment: "Bonus/penalty item" },
};

const rowVi = (row: number): string => `Dòng ${row}: `;
const rowEn = (row: number): string => `Row ${row}: `;

function vi(f: ImportFinding): string {
  const p = (n: number): string => formatPoints(n, "vi");
  switch (f.code) {
    case "noHeader":
      return `Không tìm thấy dòng tiêu đề của bảng (trong ${LIMITS.headerSearchRows} dòng đầu). Đã tìm các cột: ${f.lookedFor.join("; ")}. Bảng cần ít nhất cột Nội dung (Tiêu chí) và cột Điểm tối đa.`;
    case "tooLarge":
      return `${rowVi(f.row)}bảng có hơn ${f.limit} dòng dữ liệu, không giống một phụ lục bộ chỉ số; đã dừng đọc.`;
    case "notATable":
      return `${rowVi(f.row)}${f.unrecognised} dòng liền nhau không nhận ra được là lĩnh vực, tiêu chí hay tiêu chí thành phần; dữ liệu không giống một bảng bộ chỉ số, đã dừng đọc.`;
    case "noItems":
      return "Bảng không có tiêu chí nào có điểm: không dựng được bộ chỉ số.";
    case "unrecognisedRow":
      return `${rowVi(f.row)}không nhận ra dòng "${f.text}" (không có số thứ tự tiêu chí, không có điểm); dòng này bị bỏ qua.`;
    case "badPoints":
      return `${rowVi(f.row)}điểm "${f.text}" không đọc được thành số điểm hợp lệ.`;
    case "missingMax":
      return `${rowVi(f.row)}${LEVEL.vi[f.level]} ${f.nodeCode} không ghi điểm tối đa; tạm tính 0 điểm.`;
    case "sumMismatch":
      return f.level === "part"
        ? `${rowVi(f.row)}Phần ${f.nodeCode} phải có tổng ${p(f.written)} điểm nhưng các lĩnh vực, tiêu chí cộng lại được ${p(f.actual)} điểm.`
        : `${rowVi(f.row)}${LEVEL.vi[f.level]} ${f.nodeCode} ghi ${p(f.written)} điểm nhưng các mục con cộng lại được ${p(f.actual)} điểm; đã lấy ${p(f.actual)}.`;
    case "totalMismatch":
      return `${rowVi(f.row)}dòng tổng ghi ${p(f.written)} điểm nhưng các tiêu chí cộng lại được ${p(f.actual)} điểm.`;
    case "duplicateCode":
      return `${rowVi(f.row)}mã ${LEVEL.vi[f.level].toLowerCase()} "${f.nodeCode}" trùng với dòng ${f.firstRow}; đã đổi thành "${f.renamed}".`;
    case "orphanRow":
      return `${rowVi(f.row)}"${f.nodeCode}" nằm ngoài mọi lĩnh vực (đứng trước lĩnh vực I); dòng này bị bỏ qua.`;
    case "ruleAboveMax":
      return `${rowVi(f.row)}hướng dẫn chấm của ${f.nodeCode} nêu mức ${p(f.value)} điểm, lớn hơn điểm tối đa ${p(f.max)}; không lấy các mức điểm từ hướng dẫn này.`;
    case "badSteps":
      return `${rowVi(f.row)}cột Mức điểm của ${f.nodeCode} ("${f.text}") không đọc được (cần dạng "0; 0,5; 1", không vượt điểm tối đa).`;
    case "emptyPart":
      return `${rowVi(f.row)}Phần ${f.nodeCode} không có tiêu chí nào; đã bỏ qua.`;
    case "defaultBands":
      return "Bảng không ghi ngưỡng xếp loại; tạm dùng: Xuất sắc từ 90, Tốt từ 80, Khá từ 70, Trung bình từ 50, Yếu dưới 50 điểm. Hãy kiểm tra lại theo văn bản của tỉnh.";
    case "invalidTemplate":
      return `Không dựng được bộ chỉ số từ bảng: ${f.details.join(" ")}`;
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

function en(f: ImportFinding): string {
  const p = (n: number): string => formatPoints(n, "en");
  switch (f.code) {
    case "noHeader":
      return `No header row found (in the first ${LIMITS.headerSearchRows} rows). Looked for the columns: ${f.lookedFor.join("; ")}. At least a content (criterion) column and a max points column are needed.`;
    case "tooLarge":
      return `${rowEn(f.row)}the table has more than ${f.limit} data rows, unlike an appendix of criteria; reading stopped.`;
    case "notATable":
      return `${rowEn(f.row)}${f.unrecognised} rows in a row are not fields, criteria or sub-criteria; this does not look like a criteria table, reading stopped.`;
    case "noItems":
      return "The table has no criterion with points: no template could be built.";
    case "unrecognisedRow":
      return `${rowEn(f.row)}row "${f.text}" not recognised (no criterion number, no points); skipped.`;
    case "badPoints":
      return `${rowEn(f.row)}points "${f.text}" are not a valid number.`;
    case "missingMax":
      return `${rowEn(f.row)}${LEVEL.en[f.level]} ${f.nodeCode} has no max points; 0 used.`;
    case "sumMismatch":
      return f.level === "part"
        ? `${rowEn(f.row)}Part ${f.nodeCode} must total ${p(f.written)} points but its fields or criteria add up to ${p(f.actual)}.`
        : `${rowEn(f.row)}${LEVEL.en[f.level]} ${f.nodeCode} says ${p(f.written)} points but its children add up to ${p(f.actual)}; ${p(f.actual)} used.`;
    case "totalMismatch":
      return `${rowEn(f.row)}the totals row says ${p(f.written)} points but the criteria add up to ${p(f.actual)}.`;
    case "duplicateCode":
      return `${rowEn(f.row)}${LEVEL.en[f.level].toLowerCase()} code "${f.nodeCode}" repeats row ${f.firstRow}; renamed "${f.renamed}".`;
    case "orphanRow":
      return `${rowEn(f.row)}"${f.nodeCode}" stands outside any field (before field I); skipped.`;
    case "ruleAboveMax":
      return `${rowEn(f.row)}the scoring rule of ${f.nodeCode} names ${p(f.value)} points, above its max ${p(f.max)}; no steps taken from it.`;
    case "badSteps":
      return `${rowEn(f.row)}the allowed values of ${f.nodeCode} ("${f.text}") cannot be read (write "0; 0.5; 1", within the max).`;
    case "emptyPart":
      return `${rowEn(f.row)}Part ${f.nodeCode} has no criteria; skipped.`;
    case "defaultBands":
      return "The table has no classification bands; using Excellent from 90, Good from 80, Fair from 70, Average from 50, Weak below 50. Check them against the province's decision.";
    case "invalidTemplate":
      return `No template could be built from the table: ${f.details.join(" ")}`;
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

export function importFindingMessage(f: ImportFinding, lang: Lang = "vi"): string {
  return lang === "vi" ? vi(f) : en(f);
}

export function xlsxTableProblemMessage(p: XlsxTableProblem, lang: Lang = "vi"): string {
  const mb = (n: number): string => formatPoints(n / 1024 / 1024, lang);
  switch (p.code) {
    case "tooBig":
      return lang === "vi"
        ? `Tệp quá lớn (${mb(p.bytes)} MB, tối đa ${mb(p.limit)} MB): không giống một phụ lục bộ chỉ số.`
        : `The file is too big (${mb(p.bytes)} MB, at most ${mb(p.limit)} MB) for an appendix table.`;
    case "unreadable":
      return lang === "vi" ? `Không đọc được tệp Excel (.xlsx): ${p.detail}` : `Cannot read the Excel (.xlsx) file: ${p.detail}`;
    case "noWorksheets":
      return lang === "vi" ? "Tệp không có trang tính nào: không phải tệp Excel (.xlsx)." : "The file has no worksheet: not an Excel (.xlsx) file.";
    case "noSheet":
      return lang === "vi"
        ? `Không có trang tính "${p.sheet}". Các trang tính trong tệp: ${p.available.join(", ")}.`
        : `No sheet named "${p.sheet}". Sheets in the file: ${p.available.join(", ")}.`;
    case "emptySheet":
      return lang === "vi" ? `Trang tính "${p.sheet}" trống.` : `Sheet "${p.sheet}" is empty.`;
    default: {
      const never: never = p;
      return String(never);
    }
  }
}
