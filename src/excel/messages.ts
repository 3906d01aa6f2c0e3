import type { Lang } from "../template/messages";
import { FEATURE_SET } from "./capabilities";
import type { ExcelNote, ExcelProblem } from "./problems";

const FEATURE_NAME: Record<keyof typeof FEATURE_SET | "api", { vi: string; en: string }> = {
  protection: { vi: "khóa trang tính", en: "sheet protection" },
  names: { vi: "tên định nghĩa", en: "defined names" },
  conditionalFormats: { vi: "định dạng có điều kiện", en: "conditional formats" },
  freeze: { vi: "cố định dòng tiêu đề", en: "freeze panes" },
  events: { vi: "theo dõi thay đổi", en: "change events" },
  unprotect: { vi: "bỏ khóa trang tính", en: "unprotecting sheets" },
  dataValidation: { vi: "ràng buộc dữ liệu", en: "data validation" },
  pageLayout: { vi: "thiết lập in", en: "print setup" },
  rangeAreas: { vi: "định dạng nhiều vùng", en: "multi-area formatting" },
  insertFromBase64: { vi: "chèn trang tính từ tệp", en: "inserting sheets from a file" },
  api: { vi: "một chức năng của Excel", en: "an Excel feature" },
};

export function excelMessage(m: ExcelProblem | ExcelNote, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  switch (m.code) {
    case "cellEditMode":
      return vi
        ? "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại."
        : "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.";
    case "unsupported": {
      const what = FEATURE_NAME[m.feature][lang];
      const needs = m.feature === "api" ? "" : ` (ExcelApi ${FEATURE_SET[m.feature]})`;
      return vi
        ? `Phiên bản Excel này không hỗ trợ ${what}${needs}. Hãy dùng tệp Excel độc lập.${m.detail ? ` Chi tiết: ${m.detail}` : ""}`
        : `This version of Excel does not support ${what}${needs}. Use the standalone workbook.${m.detail ? ` Detail: ${m.detail}` : ""}`;
    }
    case "sheetMissing":
      return vi
        ? `Không tìm thấy trang tính "${m.sheetName}" trong sổ làm việc (có thể đã bị đổi tên hoặc xóa).`
        : `The workbook has no sheet named "${m.sheetName}" (it may have been renamed or deleted).`;
    case "sheetProtected":
      return vi
        ? `Trang tính đang bị khóa nên Excel không cho ghi. Bỏ khóa (Review > Unprotect Sheet) rồi thử lại. Chi tiết: ${m.detail}`
        : `The sheet is protected, so Excel refused the change. Unprotect it (Review > Unprotect Sheet) and try again. Detail: ${m.detail}`;
    case "tooLarge":
      return vi
        ? "Bộ chỉ số quá lớn để Excel trên web nhận trong một lần. Hãy dùng tệp Excel độc lập."
        : "The template is too large for Excel on the web to take in one request. Use the standalone workbook.";
    case "invalidPlan":
      return vi ? `Biểu chấm điểm không ghi được vào Excel: ${m.detail}` : `The scoring sheet cannot be written to Excel: ${m.detail}`;
    case "officeError":
      return vi ? `Excel báo lỗi ${m.officeCode}: ${m.detail}` : `Excel reported ${m.officeCode}: ${m.detail}`;
    case "unexpected":
      return vi ? `Lỗi không mong đợi: ${m.detail}` : `Unexpected error: ${m.detail}`;
    case "fitToWidthMayNotApply":
      return vi
        ? 'Excel đôi khi không áp dụng "vừa một trang ngang" khi in (lỗi office-js #1860). Kiểm tra trong Page Layout > Scale to Fit trước khi in.'
        : 'Excel sometimes ignores "fit to one page wide" (office-js #1860). Check Page Layout > Scale to Fit before printing.';
    case "namesOnSheet":
      return vi
        ? `Sổ làm việc đã có các tên ${m.names.join(", ")}; các tên mới chỉ dùng được trong trang "${m.sheetName}".`
        : `The workbook already has the names ${m.names.join(", ")}; the new ones apply on sheet "${m.sheetName}" only.`;
    case "featureSkipped": {
      const what = FEATURE_NAME[m.feature][lang];
      return vi
        ? `Chưa thiết lập ${what}: phiên bản Excel này cần ExcelApi ${FEATURE_SET[m.feature]}.`
        : `${what[0].toUpperCase()}${what.slice(1)} not set up: this version of Excel needs ExcelApi ${FEATURE_SET[m.feature]}.`;
    }
    default: {
      const never: never = m;
      return String(never);
    }
  }
}
