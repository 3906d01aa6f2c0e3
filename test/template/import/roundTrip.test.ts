import { buildPlan } from "../../../src/sheet/buildPlan";
import { dongNai2023Xa } from "../../../src/template/builtin";
import { miniTemplate } from "../../../src/template/builtin/mini";
import { importTable, planToTable, templateToTable } from "../../../src/template/import";
import type { Template } from "../../../src/template/schema";
import { scoredEntries } from "../../../src/template/walk";

/** What must survive an import: the tree, codes, maxima, steps, methods, evidence and n/a flags. */
function shape(t: Template): unknown {
  return {
    parts: t.parts.map((p) => ({
      code: p.code,
      maxPoints: p.maxPoints,
      factor: p.factor,
      fields: p.fields.map((f) => ({ code: f.code, maxPoints: f.maxPoints, criteria: f.criteria.map((c) => [c.code, c.maxPoints, c.items.length]) })),
      criteria: p.criteria.map((c) => [c.code, c.maxPoints, c.items.length]),
    })),
    adjustments: t.adjustments.map((a) => [a.code, a.kind, a.cap, a.items.length]),
    entries: scoredEntries(t).map((e) => [e.key, e.maxPoints, e.steps, e.method, e.evidenceRequired, e.mayBeNotApplicable]),
  };
}

describe("round trip through the template's own table (templateToTable)", () => {
  test.each([
    ["Đồng Nai 2023", dongNai2023Xa],
    ["mini (bonus, penalty, survey, appraisal, n/a, steps not in the rule)", miniTemplate],
  ])("%s imports back to the same template", (_name, t) => {
    const r = importTable(templateToTable(t), { id: t.id, year: t.year, bands: t.bands, province: t.province, appraisingBody: t.appraisingBody });
    expect(r.findings).toEqual([]);
    expect(r.template).toEqual({ ...t, legalBasis: [], provisional: false, provisionalNote: "" });
  });

  test("with only the familiar columns STT | Nội dung | Điểm tối đa | Hướng dẫn chấm điểm, the built-in comes back whole", () => {
    const table = templateToTable(dongNai2023Xa).map((row) => row.slice(0, 4));
    const r = importTable(table, { id: dongNai2023Xa.id, year: 2023, bands: dongNai2023Xa.bands });
    expect(r.findings).toEqual([]);
    expect(r.template?.parts).toEqual(dongNai2023Xa.parts);
  });
});

describe("round trip through the scoring sheet (buildPlan)", () => {
  test("the built-in template's sheet imports back to the same tree, codes, maxima, steps and methods", () => {
    const plan = buildPlan(dongNai2023Xa, { unit: "Phường Xuân An" });
    const r = importTable(planToTable(plan), { bands: dongNai2023Xa.bands });
    expect(r.findings).toEqual([]);
    const t = r.template!;
    expect(shape(t)).toEqual(shape(dongNai2023Xa));
    // The sheet shows field names in capitals; everything else keeps its wording.
    const names = (x: Template): string[] => scoredEntries(x).map((e) => e.name);
    expect(names(t)).toEqual(names(dongNai2023Xa));
    t.parts[0].fields.forEach((f, i) => expect(f.name.toLocaleUpperCase("vi")).toBe(dongNai2023Xa.parts[0].fields[i].name.toLocaleUpperCase("vi")));
    expect(t.parts.map((p) => p.title)).toEqual(dongNai2023Xa.parts.map((p) => p.title));
  });

  test("mini's sheet: the factor from the converted row, bonus and penalty blocks, methods", () => {
    const r = importTable(planToTable(buildPlan(miniTemplate, { unit: "Xã Thử" })), { bands: miniTemplate.bands });
    expect(r.findings).toEqual([]);
    const t = r.template!;
    expect(t.parts.map((p) => [p.code, p.maxPoints, p.factor])).toEqual([["I", 10, 0.5], ["II", 5, 1]]);
    expect(t.adjustments.map((a) => [a.code, a.name, a.kind, a.cap])).toEqual(miniTemplate.adjustments.map((a) => [a.code, a.name, a.kind, a.cap]));
    const pick = (x: Template) => scoredEntries(x).map((e) => [e.key, e.maxPoints, e.method, e.mayBeNotApplicable]);
    expect(pick(t)).toEqual(pick(miniTemplate));
  });
});
