import type { Lang } from "../template/messages";
import { excelMessage } from "./messages";
import type { ExcelProblem } from "./problems";

/**
 * Problems of the workbook actions (issues #5–#7) that the Office.js layer's own ExcelProblem does
 * not name: Office errors keep their texts in messages.ts, these add what is particular to one action.
 */
export type WorkbookProblem =
  | ExcelProblem
  /** The selection is larger than an appendix table can be. */
  | { code: "selectionTooLarge"; rows: number; cols: number; maxRows: number; maxCols: number }
  /** The audit found rows inserted or deleted: formulas alone cannot mend the sheet. */
  | { code: "notRepairable" }
  /** Upgrading needs the old scoring sheet, and the workbook no longer has it. */
  | { code: "oldSheetMissing"; sheetName: string };

export type WorkbookFailure = { kind: "busy"; problem: ExcelProblem } | { kind: "error"; problem: WorkbookProblem };

export function workbookMessage(p: WorkbookProblem, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  switch (p.code) {
    case "selectionTooLarge":
      return vi
        ? `Vùng đang chọn có ${p.rows} dòng × ${p.cols} cột, quá lớn cho một bảng tiêu chí (tối đa ${p.maxRows} dòng × ${p.maxCols} cột). Hãy chọn đúng bảng phụ lục rồi thử lại.`
        : `The selection has ${p.rows} rows × ${p.cols} columns, too large for a criteria table (at most ${p.maxRows} rows × ${p.maxCols} columns). Select the appendix table itself and try again.`;
    case "notRepairable":
      return vi
        ? "Bảng đã bị chèn hoặc xóa dòng nên không thể khôi phục từng công thức. Hãy chèn lại biểu mẫu (dữ liệu đã nhập được giữ)."
        : "Rows were inserted or deleted, so formulas cannot be repaired one by one. Insert the template again (entries are kept).";
    case "oldSheetMissing":
      return vi
        ? `Không tìm thấy trang chấm điểm cũ "${p.sheetName}" nên không nâng cấp được. Không có gì bị thay đổi.`
        : `The old scoring sheet "${p.sheetName}" is gone, so it cannot be upgraded. Nothing was changed.`;
    default:
      return excelMessage(p, lang);
  }
}

