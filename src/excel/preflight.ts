import type { WorkbookPlan } from "../sheet/plan";
import { listSource } from "./writeRules";

/**
 * Limits Excel enforces on what the API writes, checked before anything is written, so that a plan
 * Excel would refuse halfway through a batch is refused up front with the reason.
 */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const MAX_FORMULA = 8192;
const MAX_TEXT = 32767;

export function planLimitsProblems(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  for (const sheet of plan.sheets) {
    const n = sheet.name;
    if (n.length === 0 || n.length > 31 || SHEET_NAME_FORBIDDEN.test(n) || n.startsWith("'") || n.endsWith("'")) {
      out.push(`tên trang tính "${n}" không hợp lệ (tối đa 31 ký tự, không chứa : \\ / ? * [ ])`);
    }
    for (const c of sheet.cells) {
      if (c.kind === "formula" && c.formula.length > MAX_FORMULA) out.push(`${n}: công thức tại dòng ${c.row}, cột ${c.col} dài hơn ${MAX_FORMULA} ký tự`);
      if (c.kind === "text" && c.text.length > MAX_TEXT) out.push(`${n}: nội dung tại dòng ${c.row}, cột ${c.col} dài hơn ${MAX_TEXT} ký tự`);
    }
    for (const v of sheet.validations) {
      if (v.errorTitle.length > 32 || v.promptTitle.length > 32) out.push(`${n}: tiêu đề thông báo ràng buộc dữ liệu dài hơn 32 ký tự (${v.ranges[0]})`);
      if (v.errorMessage.length > 255 || v.prompt.length > 255) out.push(`${n}: thông báo ràng buộc dữ liệu dài hơn 255 ký tự (${v.ranges[0]})`);
      if (v.kind === "list" && !v.source.startsWith("=") && listSource(v.source).length > 255) out.push(`${n}: danh sách giá trị dài hơn 255 ký tự (${v.ranges[0]})`);
    }
  }
  for (const name of plan.names) {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name.name) || /^[A-Za-z]{1,3}\d+$/.test(name.name)) out.push(`tên định nghĩa "${name.name}" không hợp lệ`);
  }
  return out;
}
