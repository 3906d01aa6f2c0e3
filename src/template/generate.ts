import type { Criterion, Item, Template, TemplateInput } from "./schema";
import { defineTemplate } from "./validate";

/**
 * A synthetic template of any size whose maxima add up exactly (in hundredths of a point), with
 * steps, survey and optional items spread through it: for the benchmark (1,500 items) and for tests
 * that need a large tree. Not real criteria.
 */
export function generatedTemplate(itemCount: number, seed = 1): Template {
  const partIItems = Math.max(10, Math.round(itemCount * 0.1));
  const partIItemsCount = Math.max(8, itemCount - partIItems);
  let serial = seed;

  const items = (n: number, units: number, prefix: string): Item[] => {
    const base = Math.floor(units / n);
    return Array.from({ length: n }, (_, i) => {
      const u = base + (i < units - base * n ? 1 : 0);
      const max = u / 100;
      serial++;
      return {
        code: `${prefix}.${i + 1}`,
        name: `Tiêu chí thành phần ${prefix}.${i + 1}`,
        maxPoints: max,
        rule: `Đạt: ${max} điểm`,
        ...(serial % 5 === 0 && u >= 2 ? { steps: [0, u / 200, max] } : {}),
        method: serial % 17 === 0 ? ("survey" as const) : ("self" as const),
        evidenceRequired: serial % 17 !== 0,
        mayBeNotApplicable: serial % 23 === 0,
      };
    });
  };

  /** Split `units` over `count` groups of about `per` items each. */
  const criteria = (count: number, itemTotal: number, units: number, firstCode: number): Criterion[] => {
    const baseItems = Math.floor(itemTotal / count);
    const baseUnits = Math.floor(units / count);
    return Array.from({ length: count }, (_, c) => {
      const n = baseItems + (c < itemTotal - baseItems * count ? 1 : 0);
      const u = baseUnits + (c < units - baseUnits * count ? 1 : 0);
      const code = String(firstCode + c);
      const its = items(n, u, code);
      return { code, name: `Tiêu chí ${code}`, maxPoints: its.reduce((s, i) => s + Math.round(i.maxPoints * 100), 0) / 100, items: its } as Criterion;
    });
  };

  const fieldCount = 8;
  const critTotal = Math.max(fieldCount, Math.round(partIItemsCount / 6));
  const unitsI = 100 * 100;
  let nextCode = 1;
  const fields = Array.from({ length: fieldCount }, (_, f) => {
    const critN = Math.floor(critTotal / fieldCount) + (f < critTotal % fieldCount ? 1 : 0);
    const itemN = Math.floor(partIItemsCount / fieldCount) + (f < partIItemsCount % fieldCount ? 1 : 0);
    const u = Math.floor(unitsI / fieldCount) + (f < unitsI % fieldCount ? 1 : 0);
    const crits = criteria(critN, Math.max(itemN, critN), u, nextCode);
    nextCode += critN;
    const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][f];
    return { code: roman, name: `Lĩnh vực ${roman}`, maxPoints: u / 100, criteria: crits };
  });

  const input: TemplateInput = {
    id: `generated-${itemCount}`,
    version: "1.0.0",
    title: `Bộ chỉ số tổng hợp ${itemCount} mục (sinh tự động)`,
    province: "",
    year: 2023,
    provisional: true,
    provisionalNote: "Bộ chỉ số sinh tự động cho kiểm thử và đo hiệu năng.",
    parts: [
      { code: "I", title: "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", maxPoints: 100, factor: 0.5, fields },
      { code: "II", title: "ĐÁNH GIÁ PHÂN LOẠI CHÍNH QUYỀN CƠ SỞ", maxPoints: 50, factor: 1, criteria: criteria(10, partIItems, 5000, 1) },
    ],
    adjustments: [
      { code: "T", name: "Điểm thưởng", kind: "bonus", cap: 2, items: items(3, 300, "T") },
      { code: "Tr", name: "Điểm trừ", kind: "penalty", cap: 3, items: items(2, 400, "Tr") },
    ],
    bands: [
      { label: "Xuất sắc", min: 90 },
      { label: "Tốt", min: 80 },
      { label: "Khá", min: 70 },
      { label: "Trung bình", min: 50 },
      { label: "Yếu", min: 0 },
    ],
  };
  return defineTemplate(input);
}
