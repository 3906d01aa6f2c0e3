import { formatPoints, type Lang } from "../template/messages";
import type { CellValue, Finding } from "./types";

function shown(v: CellValue): string {
  if (v === null) return "(trống)";
  if (typeof v === "object") return v.error;
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  return String(v);
}

const columnName = { vi: { self: "Điểm tự đánh giá", appraised: "Điểm thẩm định", notApplicable: "Không áp dụng" }, en: { self: "Self score", appraised: "Appraised score", notApplicable: "Not applicable" } };

/**
 * The message an officer reads for a finding. `cell` is the address ("E23") where the caller knows it;
 * `code` names the item as officers write it ("1.2").
 */
export function findingMessage(f: Finding, lang: Lang = "vi", cell?: string, code?: string): string {
  const vi = lang === "vi";
  const where = [code ? (vi ? `Mục ${code}` : `Item ${code}`) : null, cell ? (vi ? `ô ${cell}` : `cell ${cell}`) : null]
    .filter(Boolean)
    .join(", ");
  const col = columnName[lang][f.column];
  const max = formatPoints(f.maxPoints, lang);
  const prefix = where ? `${where} (${col}): ` : `${col}: `;
  switch (f.code) {
    case "notANumber":
      return prefix + (vi ? `${shown(f.value)} không phải là số; không được tính điểm.` : `${shown(f.value)} is not a number; it is not counted.`);
    case "textNumber":
      return (
        prefix +
        (vi
          ? `${shown(f.value)} là chữ, không phải số (có thể định nhập ${formatPoints(f.meant ?? 0, "vi")}); hãy nhập lại bằng số. Chưa được tính điểm.`
          : `${shown(f.value)} is text, not a number (perhaps ${formatPoints(f.meant ?? 0, "en")}); type it again as a number. Not counted.`)
      );
    case "errorValue":
      return prefix + (vi ? `ô chứa lỗi ${shown(f.value)}; không được tính điểm.` : `the cell holds the error ${shown(f.value)}; not counted.`);
    case "negative":
      return prefix + (vi ? `điểm âm (${shown(f.value)}) không hợp lệ; không được tính.` : `a negative score (${shown(f.value)}) is invalid; not counted.`);
    case "overMax":
      return prefix + (vi ? `${shown(f.value)} vượt điểm tối đa ${max}; không được tính.` : `${shown(f.value)} exceeds the maximum ${max}; not counted.`);
    case "offStep": {
      const steps = (f.steps ?? []).map((s) => formatPoints(s, lang)).join("; ");
      return prefix + (vi ? `${shown(f.value)} không thuộc các mức điểm cho phép (${steps}); không được tính.` : `${shown(f.value)} is not an allowed value (${steps}); not counted.`);
    }
    case "surveyScored":
      return prefix + (vi ? `mục này do điều tra xã hội học hoặc cấp thẩm định chấm, đơn vị không tự chấm; điểm ${shown(f.value)} không được tính.` : `this item is scored by survey or by the appraising level, not by the unit; ${shown(f.value)} is not counted.`);
    case "noEvidence":
      return prefix + (vi ? `có điểm ${shown(f.value)} nhưng chưa có tài liệu kiểm chứng hoặc giải trình.` : `scored ${shown(f.value)} without evidence or explanation.`);
    case "notApplicableNotAllowed":
      return prefix + (vi ? `mục này không được đánh dấu "không áp dụng"; dấu ${shown(f.value)} bị bỏ qua.` : `this item cannot be marked not applicable; ${shown(f.value)} is ignored.`);
    default: {
      const never: never = f.code;
      return String(never);
    }
  }
}
