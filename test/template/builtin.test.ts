import { builtinTemplates, dongNai2023Xa, findBuiltin } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import { checkTemplate } from "../../src/template/validate";
import { partEntries, scoredEntries } from "../../src/template/walk";

const sum = (ns: number[]): number => Math.round(ns.reduce((s, n) => s + n, 0) * 1e9) / 1e9;

describe("built-in template Đồng Nai 2023 – cấp xã", () => {
  const t = dongNai2023Xa;
  const [p1, p2] = t.parts;

  test("is listed first, found by id, and mini is not offered", () => {
    expect(builtinTemplates[0]).toBe(t);
    expect(findBuiltin("dong-nai-2023-xa")).toBe(t);
    expect(findBuiltin(miniTemplate.id)).toBeUndefined();
    expect(findBuiltin("khong-co")).toBeUndefined();
  });

  test("identity, legal basis and provisional note", () => {
    expect(t).toMatchObject({ id: "dong-nai-2023-xa", version: "1.0.0", year: 2023, province: "Đồng Nai", provisional: true });
    expect(t.appraisingBody).toBe("Phòng Nội vụ thành phố Long Khánh");
    expect(t.legalBasis.map((l) => l.number)).toEqual(["1531/QĐ-UBND", "2774/SNV-TT", "645/QĐ-UBND"]);
    expect(t.provisionalNote).toMatch(/tạm dựng/);
    expect(t.provisionalNote).toMatch(/Nhập bộ tiêu chí/);
    expect(t.adjustments).toEqual([]);
    expect(t.bands).toEqual([
      { label: "Xuất sắc", min: 90 },
      { label: "Tốt", min: 80 },
      { label: "Khá", min: 70 },
      { label: "Trung bình", min: 50 },
      { label: "Yếu", min: 0 },
    ]);
  });

  test("Part I: 8 fields with the verified maxima, 25 criteria numbered 1..25, 100 points, factor 0.5", () => {
    expect(p1.title).toBe("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
    expect(p1.maxPoints).toBe(100);
    expect(p1.factor).toBe(0.5);
    expect(p1.fields.map((f) => f.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(p1.fields.map((f) => f.maxPoints)).toEqual([10, 10, 14.5, 11, 16, 7, 16, 15.5]);
    const criteria = p1.fields.flatMap((f) => f.criteria);
    expect(criteria.map((c) => c.code)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(sum(p1.fields.map((f) => f.maxPoints))).toBe(100);
    for (const f of p1.fields) expect(sum(f.criteria.map((c) => c.maxPoints))).toBe(f.maxPoints);
    for (const c of criteria) {
      expect(c.items.length).toBeGreaterThan(0);
      expect(sum(c.items.map((i) => i.maxPoints))).toBe(c.maxPoints);
      c.items.forEach((item, k) => expect(item.code).toBe(`${c.code}.${k + 1}`));
    }
    const n = partEntries(p1, 0).length;
    expect(n).toBeGreaterThanOrEqual(70);
    expect(n).toBeLessThanOrEqual(90);
  });

  test("Part II: 10 criteria directly, 50 points, factor 1, sub-criteria a, b, c", () => {
    expect(p2.title).toBe("ĐÁNH GIÁ PHÂN LOẠI CHÍNH QUYỀN CƠ SỞ CẤP XÃ");
    expect(p2.fields).toEqual([]);
    expect(p2.factor).toBe(1);
    expect(p2.criteria.map((c) => c.code)).toEqual(Array.from({ length: 10 }, (_, i) => String(i + 1)));
    expect(sum(p2.criteria.map((c) => c.maxPoints))).toBe(50);
    for (const c of p2.criteria) {
      if (c.items.length > 0) {
        expect(c.items.map((i) => i.code)).toEqual("abcdefgh".slice(0, c.items.length).split(""));
        expect(sum(c.items.map((i) => i.maxPoints))).toBe(c.maxPoints);
      }
    }
  });

  test("field VIII satisfaction items are survey items without evidence; some appraisal-only and not-applicable items", () => {
    const entries = scoredEntries(t);
    const survey = entries.filter((e) => e.method === "survey");
    expect(survey.length).toBeGreaterThanOrEqual(4);
    for (const e of survey) {
      expect(e.key.startsWith("I/VIII/")).toBe(true);
      expect(e.evidenceRequired).toBe(false);
    }
    const appraisal = entries.filter((e) => e.method === "appraisal");
    expect(appraisal.length).toBeGreaterThanOrEqual(1);
    expect(appraisal.length).toBeLessThanOrEqual(2);
    expect(entries.filter((e) => e.mayBeNotApplicable).length).toBeGreaterThanOrEqual(2);
  });

  test("every step list starts at 0, ends at the maximum and matches the points named in the rule", () => {
    const entries = scoredEntries(t).filter((e) => e.steps);
    expect(entries.length).toBeGreaterThan(60);
    for (const e of entries) {
      const steps = e.steps!;
      expect(steps[0]).toBe(0);
      expect(steps[steps.length - 1]).toBe(e.maxPoints);
      const named = [...e.rule.matchAll(/(\d+(?:,\d+)?) điểm/g)].map((m) => Number(m[1].replace(",", ".")));
      expect([...new Set(named)].sort((a, b) => a - b)).toEqual(steps);
    }
  });

  test("passes the template checks (no sum or code issue)", () => {
    expect(checkTemplate(t)).toEqual([]);
  });
});
