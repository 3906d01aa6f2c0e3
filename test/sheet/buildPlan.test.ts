import { miniTemplate } from "../../src/template/builtin/mini";
import { generatedTemplate } from "../../src/template/generate";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL, type PlanCell } from "../../src/sheet/plan";
import { a1, formulaForArea, parseRange } from "../../src/sheet/address";
import { modeAreas } from "../../src/sheet/modes";
import { parseMetaSheet } from "../../src/sheet/meta";
import { templateFromJson } from "../../src/template/json";

/** Functions of Excel 2010 that the plan may use; anything else would break older Excel. */
const ALLOWED = new Set(["SUM", "ROUND", "IF", "AND", "OR", "NOT", "ISNUMBER", "ISERROR", "LEN", "TRIM", "COUNTIF", "MIN", "MAX", "FALSE", "TRUE"]);
const VOLATILE = /\b(NOW|TODAY|RAND|RANDBETWEEN|OFFSET|INDIRECT|CELL|INFO)\(/;

const plan = buildPlan(miniTemplate, { unit: "Phường Thử", year: 2023 });
const sheet = plan.sheets[0];
const at = (row: number, col: number): PlanCell | undefined => sheet.cells.find((c) => c.row === row && c.col === col);

describe("buildPlan", () => {
  it("uses only Excel 2010 functions, no volatile functions, no whole-column references", () => {
    for (const p of [plan, buildPlan(generatedTemplate(200), { unit: "X" })]) {
      for (const c of p.sheets.flatMap((s) => s.cells)) {
        if (c.kind !== "formula") continue;
        expect(c.formula.startsWith("=")).toBe(true);
        for (const [, fn] of c.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(ALLOWED).toContain(fn);
        expect(c.formula).not.toMatch(VOLATILE);
        expect(c.formula).not.toMatch(/(^|[^A-Z$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}\b/);
      }
    }
  });

  it("puts the familiar columns in order and the provisional note under the title", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => (at(6, c) as { text: string }).text)).toEqual([
      "STT",
      "Lĩnh vực / Tiêu chí / Tiêu chí thành phần",
      "Điểm tối đa",
      "Hướng dẫn chấm điểm",
      "Điểm tự đánh giá",
      "Tài liệu kiểm chứng",
      "Giải trình",
      "Điểm thẩm định",
      "Ghi chú thẩm định",
    ]);
    expect((at(5, 1) as { text: string }).text).toContain(miniTemplate.provisionalNote);
    expect((at(2, 1) as { text: string }).text).toBe("Đơn vị: Phường Thử");
  });

  it.each(["officer", "appraiser"] as const)("in %s mode unlocks exactly that mode's entry cells", (mode) => {
    const p = buildPlan(miniTemplate, { unit: "Phường Thử", mode });
    const unlocked = new Set(p.sheets[0].cells.filter((c) => !p.styles[c.style].locked).map((c) => a1(c.row, c.col)));
    const expected = new Set(
      modeAreas(miniTemplate, p.layout)[mode].flatMap((area) => {
        const r = parseRange(area);
        return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => a1(r.top + i, r.left));
      }),
    );
    expect([...unlocked].sort()).toEqual([...expected].sort());
    const surveyRow = p.layout.entries.find((e) => e.key === "I/II/3/3.1")!.row;
    expect(unlocked.has(a1(surveyRow, COL.self))).toBe(false);
    expect(unlocked.has(a1(surveyRow, mode === "officer" ? COL.evidence : COL.appraised))).toBe(true);
    for (const c of p.sheets[0].cells.filter((c) => c.kind === "formula")) expect(p.styles[c.style].locked).toBe(true);
  });

  it("defines the result names on the result rows", () => {
    const names = Object.fromEntries(plan.names.map((n) => [n.name, n.ref]));
    expect(names.TongDiem).toBe(`'Chấm điểm CCHC'!$E$${plan.layout.results.totalRow}`);
    expect(names.XepLoai_KetQua).toBe(`'Chấm điểm CCHC'!$H$${plan.layout.results.classificationRow}`);
    expect(Object.keys(names)).toEqual(expect.arrayContaining(["TongDiemPhanI", "DiemQuyDoiPhanI", "TongDiemPhanII", "TongDiem", "XepLoai"]));
  });

  it("prints A4 landscape, one page wide, header rows repeated, footer with page numbers", () => {
    expect(sheet.print).toMatchObject({ paperSize: "A4", fitToWidth: 1, titleRows: { first: 6, last: 7 }, footer: "Trang &P/&N" });
    expect(sheet.print!.area).toMatch(/^A1:J\d+$/);
  });

  it("carries the template id, version and the template itself on the meta sheet", () => {
    const meta = plan.sheets[1];
    const value = (row: number, col: number) => {
      const c = meta.cells.find((x) => x.row === row && x.col === col);
      return c?.kind === "text" ? c.text : c?.kind === "number" ? c.value : null;
    };
    const parsed = parseMetaSheet(value);
    expect(parsed.values.templateId).toBe("mini-test");
    expect(parsed.values.templateVersion).toBe("1.0.0");
    const back = templateFromJson(parsed.templateJson!);
    expect(back.ok && back.value).toEqual(miniTemplate);
  });

  it("keeps text that looks like a formula as text", () => {
    const t = { ...miniTemplate, parts: miniTemplate.parts.map((p, i) => (i === 1 ? { ...p, criteria: p.criteria.map((c, k) => (k === 1 ? { ...c, name: "=HYPERLINK(\"http://x\")" } : c)) } : p)) };
    const p = buildPlan(t, { unit: "+84 xã" });
    const cells = p.sheets[0].cells;
    expect(cells.find((c) => c.kind === "text" && c.text === '=HYPERLINK("http://x")')).toBeDefined();
    expect(cells.filter((c) => c.kind === "formula" && c.formula.includes("HYPERLINK"))).toEqual([]);
  });

  it("is linear: every scored entry has one row and five helper formulas", () => {
    const big = buildPlan(generatedTemplate(1500), { unit: "X" });
    expect(big.layout.entries).toHaveLength(new Set(big.layout.entries.map((e) => e.row)).size);
    const helperFormulas = big.sheets[0].cells.filter((c) => c.kind === "formula" && c.col >= COL.selfCounted).length;
    expect(helperFormulas).toBeGreaterThanOrEqual(big.layout.entries.length * 4);
  });
});

describe("formulaForArea", () => {
  it.each([
    { f: "=$C12", from: [12, 5], to: [17, 5], out: "=$C17" },
    { f: "=OR($N12=1,$N12=3)", from: [12, 5], to: [20, 8], out: "=OR($N20=1,$N20=3)" },
    { f: "=E12>C12", from: [12, 5], to: [13, 6], out: "=F13>D13" },
    { f: '=COUNTIF(J12,"x")>0', from: [12, 10], to: [14, 10], out: '=COUNTIF(J14,"x")>0' },
    { f: "=CCHC_Meta!$B$12:$D$12", from: [12, 5], to: [30, 5], out: "=CCHC_Meta!$B$12:$D$12" },
  ])("$f from $from to $to", ({ f, from, to, out }) => {
    expect(formulaForArea(f, { row: from[0], col: from[1] }, { row: to[0], col: to[1] })).toBe(out);
  });
});
