import type { Template } from "../template/schema";
import { COL, type PlanLayout } from "./plan";

/** ASCII names, so that formulas typed in any locale can use them. Final results carry _KetQua. */
export function resultNames(layout: PlanLayout, template: Template): Array<{ name: string; row: number; col: number; comment: string }> {
  const out: Array<{ name: string; row: number; col: number; comment: string }> = [];
  const both = (name: string, row: number, comment: string) => {
    out.push({ name, row, col: COL.self, comment: `${comment} (tự đánh giá)` });
    out.push({ name: `${name}_KetQua`, row, col: COL.appraised, comment: `${comment} (kết quả sau thẩm định)` });
  };
  layout.results.parts.forEach((p, i) => {
    const code = p.code.replace(/[^A-Za-z0-9]/g, "");
    both(`TongDiemPhan${code}`, p.totalRow, `Tổng điểm Phần ${p.code}`);
    if (template.parts[i].factor !== 1) both(`DiemQuyDoiPhan${code}`, p.convertedRow, `Điểm quy đổi Phần ${p.code}`);
  });
  layout.results.adjustments.forEach((a, i) => {
    const kind = template.adjustments[i].kind === "bonus" ? "DiemThuong" : "DiemTru";
    both(`${kind}${i + 1}`, a.totalRow, `${template.adjustments[i].name}`);
  });
  both("TongDiem", layout.results.totalRow, "Tổng điểm");
  both("XepLoai", layout.results.classificationRow, "Xếp loại");
  return out;
}
