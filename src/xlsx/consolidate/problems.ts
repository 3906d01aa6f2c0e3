import type { FindingCode } from "../../scoring/types";
import { readProblemMessage, type ReadProblem } from "../readAudit";

/**
 * What can be wrong with one file of a consolidation, as values. Some keep the file out of the
 * consolidation (taken: false); the others are listed for the reviewer while the commune is
 * consolidated from its entries.
 */
export type FileProblem =
  | { code: "readFailed"; detail: string }
  | { code: "unreadable"; problem: ReadProblem }
  | { code: "notOurs" }
  | { code: "planFormat"; found: number | null; expected: number }
  | { code: "templateUnknown"; id: string; version: string; detail: string }
  | { code: "otherTemplate"; id: string; version: string; expectedId: string; expectedVersion: string }
  | { code: "rowsShifted"; detail: string }
  | { code: "formulasTampered"; count: number; details: string[] }
  | { code: "missingScores"; codes: string[] }
  | { code: "invalidEntries"; count: number; byCode: Partial<Record<FindingCode, number>>; details: string[] }
  | { code: "duplicateUnit"; unit: string; otherFile: string }
  | { code: "noUnit" };

/** Whether the file is still consolidated despite the problem. */
export function keepsFile(p: FileProblem): boolean {
  switch (p.code) {
    case "formulasTampered":
    case "missingScores":
    case "invalidEntries":
    case "duplicateUnit":
    case "noUnit":
      return true;
    case "readFailed":
    case "unreadable":
    case "notOurs":
    case "planFormat":
    case "templateUnknown":
    case "otherTemplate":
    case "rowsShifted":
      return false;
    default: {
      const never: never = p;
      return never;
    }
  }
}

const SHOWN = 10;

function listed(items: string[], lang: "vi" | "en", sep = "; "): string {
  const more = items.length - SHOWN;
  const head = items.slice(0, SHOWN).join(sep);
  return more > 0 ? `${head}${sep}${lang === "vi" ? `… và ${more} mục khác` : `… and ${more} more`}` : head;
}

function body(p: FileProblem, lang: "vi" | "en"): string {
  const vi = lang === "vi";
  switch (p.code) {
    case "readFailed":
      return vi ? `Không mở được tệp (${p.detail}).` : `The file cannot be opened (${p.detail}).`;
    case "unreadable":
      return readProblemMessage(p.problem, lang);
    case "notOurs":
      return vi
        ? "Không phải biểu chấm điểm CCHC do phần mềm tạo ra (thiếu trang ẩn CCHC_Meta ghi mã bộ chỉ số)."
        : "Not a scoring workbook made by this software (the hidden CCHC_Meta sheet naming the template is missing).";
    case "planFormat":
      return vi
        ? `Biểu được tạo theo định dạng ${p.found ?? "không rõ"}, phần mềm này đọc định dạng ${p.expected}: hãy cập nhật phần mềm hoặc chèn lại biểu.`
        : `The sheet uses layout format ${p.found ?? "unknown"}; this software reads format ${p.expected}.`;
    case "templateUnknown":
      return vi
        ? `Không có bộ chỉ số ${p.id} phiên bản ${p.version} để đối chiếu (${p.detail}); hãy chỉ định tệp bộ chỉ số bằng --template.`
        : `Template ${p.id} version ${p.version} is not available (${p.detail}); give its file with --template.`;
    case "otherTemplate":
      return vi
        ? `Dùng bộ chỉ số khác: ${p.id} phiên bản ${p.version}, trong khi tổng hợp theo ${p.expectedId} phiên bản ${p.expectedVersion}.`
        : `Uses another template: ${p.id} version ${p.version}; the consolidation uses ${p.expectedId} version ${p.expectedVersion}.`;
    case "rowsShifted":
      return vi ? `Bảng đã bị chèn hoặc xóa dòng, không xác định được điểm của từng mục. ${p.detail}` : `Rows were inserted or deleted; the entries cannot be located. ${p.detail}`;
    case "formulasTampered":
      return vi
        ? `${p.count} công thức bị sửa hoặc bị thay bằng số; điểm được tính lại từ dữ liệu đã nhập, không theo công thức trong tệp. ${listed(p.details, lang)}`
        : `${p.count} formulas were edited or replaced by numbers; scores are recomputed from the entries, not from the file's formulas. ${listed(p.details, lang)}`;
    case "missingScores":
      return vi ? `${p.codes.length} mục chưa chấm điểm tự đánh giá (tính 0 điểm): ${listed(p.codes, lang, ", ")}.` : `${p.codes.length} items have no self score (counted 0): ${listed(p.codes, lang, ", ")}.`;
    case "invalidEntries":
      return vi ? `${p.count} điểm nhập không hợp lệ (không được tính): ${listed(p.details, lang)}` : `${p.count} invalid entries (not counted): ${listed(p.details, lang)}`;
    case "duplicateUnit":
      return vi ? `Đơn vị "${p.unit}" đã có trong tệp ${p.otherFile}: cả hai tệp đều được tổng hợp, hãy kiểm tra lại.` : `Unit "${p.unit}" also appears in ${p.otherFile}: both files are consolidated; check them.`;
    case "noUnit":
      return vi ? "Biểu không ghi tên đơn vị; dùng tên tệp thay cho tên đơn vị." : "The sheet names no unit; the file name is used instead.";
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** The reason shown in the "Lỗi" sheet: whether the file was consolidated, then what is wrong. */
export function fileProblemMessage(p: FileProblem, lang: "vi" | "en" = "vi"): string {
  const vi = lang === "vi";
  const head = keepsFile(p) ? (vi ? "Đã tổng hợp, cần xem lại: " : "Consolidated, to review: ") : vi ? "Không tổng hợp: " : "Not consolidated: ";
  return head + body(p, lang);
}
