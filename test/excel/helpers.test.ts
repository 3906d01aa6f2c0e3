import { cellsToRects, chunkAddresses, columnWidthPoints, rectAddress, runsOf } from "../../src/excel/areas";
import { needsTextGuard } from "../../src/excel/cellBlocks";
import { hasEntries } from "../../src/excel/existing";
import { facetAreas } from "../../src/excel/formatFacets";
import { planLimitsProblems } from "../../src/excel/preflight";
import { freeNames, renamePlan, replaceSheetReferences } from "../../src/excel/renamePlan";
import { listSource, officeRule } from "../../src/excel/writeRules";
import { excelMessage } from "../../src/excel/messages";
import { failureOf, type ExcelNote, type ExcelProblem } from "../../src/excel/problems";
import { miniPlan } from "./helpers";

describe("cellsToRects", () => {
  test.each([
    { title: "a column run", cells: [[12, 5], [13, 5], [14, 5]], expected: ["E12:E14"] },
    { title: "a gap splits it", cells: [[12, 5], [13, 5], [15, 5]], expected: ["E12:E13", "E15"] },
    { title: "equal row runs merge into a block", cells: [[1, 1], [1, 2], [2, 1], [2, 2]], expected: ["A1:B2"] },
    { title: "different row runs stay apart", cells: [[1, 1], [1, 2], [2, 1]], expected: ["A1:B1", "A2"] },
    { title: "a block interrupted and resumed", cells: [[1, 1], [3, 1]], expected: ["A1", "A3"] },
  ])("$title", ({ cells, expected }) => {
    const rects = cellsToRects(cells.map(([row, col]) => ({ row, col })));
    expect(rects.map(rectAddress)).toEqual(expected);
    const covered = rects.flatMap((r) => Array.from({ length: (r.bottom - r.top + 1) * (r.right - r.left + 1) }, () => 1)).length;
    expect(covered).toBe(cells.length);
  });
});

test("chunkAddresses keeps each string under the limit and loses nothing", () => {
  const addresses = Array.from({ length: 500 }, (_, i) => `E${i * 2 + 1}:E${i * 2 + 1}`);
  const chunks = chunkAddresses(addresses, 300);
  expect(chunks.flat()).toEqual(addresses);
  for (const c of chunks) expect(c.join(",").length).toBeLessThanOrEqual(300);
});

test("runsOf groups consecutive equal values", () => {
  expect(runsOf([{ index: 3, value: 20 }, { index: 1, value: 15 }, { index: 2, value: 15 }, { index: 5, value: 20 }])).toEqual([
    { from: 1, to: 2, value: 15 },
    { from: 3, to: 3, value: 20 },
    { from: 5, to: 5, value: 20 },
  ]);
});

test("column widths: Excel character units to points", () => {
  expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  expect(columnWidthPoints(10)).toBe(56.25);
});

describe("needsTextGuard", () => {
  test.each([
    ["=A1", true],
    ["+1", true],
    ["-", true],
    ["@x", true],
    ["1.1", true],
    ["I", false],
    ["a", false],
    ["Tiêu chí 1", false],
    ["Đúng hạn", false],
    ["TRUE", true],
    ["Jan 5", true],
    ["Janet", false],
    ["", false],
  ])("%s → %s", (text, expected) => expect(needsTextGuard(text)).toBe(expected));
});

describe("rules for Office.js", () => {
  test("a quoted literal list becomes the bare list Office.js takes; a reference stays", () => {
    expect(listSource('"x"')).toBe("x");
    expect(listSource('"a,b ""c"""')).toBe('a,b "c"');
    expect(listSource("=CCHC_Meta!$B$12:$D$12")).toBe("=CCHC_Meta!$B$12:$D$12");
  });

  test("a rule applied to a later piece is translated to that piece's first cell", () => {
    const rule = { kind: "decimal" as const, ranges: ["E12:E13", "H20"], formula1: "0", formula2: "=$C12", errorTitle: "", errorMessage: "", promptTitle: "", prompt: "" };
    expect(officeRule(rule, "E12:E13", "H20")).toEqual({ decimal: { formula1: 0, formula2: "=$C20", operator: "Between" } });
  });
});

describe("renaming sheets in a plan", () => {
  test.each([
    { f: "='Chấm điểm CCHC'!E5+CCHC_Meta!B1", from: "CCHC_Meta", to: "CCHC_Meta (2)", expected: "='Chấm điểm CCHC'!E5+'CCHC_Meta (2)'!B1" },
    { f: "='Chấm điểm CCHC'!E5", from: "Chấm điểm CCHC", to: "Chấm điểm CCHC (2)", expected: "='Chấm điểm CCHC (2)'!E5" },
    { f: '="CCHC_Meta!B1"&XCCHC_Meta!A1', from: "CCHC_Meta", to: "M2", expected: '="CCHC_Meta!B1"&XCCHC_Meta!A1' },
  ])("$f", ({ f, from, to, expected }) => expect(replaceSheetReferences(f, from, to)).toBe(expected));

  test("every reference of the plan follows, and the layout too", () => {
    const plan = miniPlan();
    const renamed = renamePlan(plan, freeNames(["Chấm điểm CCHC", "CCHC_Meta"], ["Chấm điểm CCHC", "CCHC_Meta", "Chấm điểm CCHC (2)"]));
    expect(renamed.sheets.map((s) => s.name)).toEqual(["Chấm điểm CCHC (3)", "CCHC_Meta (3)"]);
    expect(renamed.layout).toMatchObject({ sheetName: "Chấm điểm CCHC (3)", metaSheetName: "CCHC_Meta (3)" });
    const text = JSON.stringify({ sheets: renamed.sheets.map((s) => [s.cells, s.validations, s.conditionalFormats]), names: renamed.names });
    expect(text).not.toMatch(/(^|[^(])CCHC_Meta!|'Chấm điểm CCHC'!/);
    expect(JSON.stringify(plan.names)).toContain("'Chấm điểm CCHC'!");
  });

  test("free names stay within 31 characters", () => {
    const long = "Bảng chấm điểm CCHC phường ABCD";
    expect(long.length).toBe(31);
    const free = freeNames([long], [long]);
    expect(free[long].length).toBeLessThanOrEqual(31);
    expect(free[long].endsWith(" (2)")).toBe(true);
  });
});

describe("hasEntries", () => {
  const layout = { firstDataRow: 8 };
  const grid = (rows: Array<Record<number, unknown>>) => {
    const values = rows.map((r) => Array.from({ length: 15 }, (_, c) => r[c + 1] ?? ""));
    return { top: 8, left: 1, values, formulas: values };
  };
  test.each([
    { title: "an entry row with a typed score", rows: [{ 11: "=IF(…)", 5: 2 }], expected: true },
    { title: "entry rows with only formulas", rows: [{ 11: "=IF(…)", 5: "" }, { 5: "=SUM(K9)" }], expected: false },
    { title: "a sheet not made by the add-in, with anything in it", rows: [{ 2: "ghi chú" }], expected: true },
    { title: "an empty sheet", rows: [{}], expected: false },
  ])("$title", ({ rows, expected }) => expect(hasEntries(grid(rows), layout)).toBe(expected));
});

test("planLimitsProblems names what Excel would refuse", () => {
  const plan = miniPlan();
  expect(planLimitsProblems(plan)).toEqual([]);
  const bad = {
    ...plan,
    sheets: [{ ...plan.sheets[0], name: "x".repeat(32), validations: [{ ...plan.sheets[0].validations[0], errorTitle: "t".repeat(33) }] }, plan.sheets[1]],
    names: [{ name: "A1", ref: "x", comment: "" }],
  };
  expect(planLimitsProblems(bad)).toEqual([expect.stringContaining("31 ký tự"), expect.stringContaining("32 ký tự"), expect.stringContaining('"A1"')]);
});

test("facets: each style property once over all its cells", () => {
  const plan = miniPlan();
  const facets = facetAreas(plan.sheets[0], plan);
  const kinds = facets.map((f) => JSON.stringify(f.facet));
  expect(new Set(kinds).size).toBe(kinds.length);
  const border = facets.find((f) => f.facet.kind === "border")!;
  const bordered = plan.sheets[0].cells.filter((c) => plan.styles[c.style].border).length;
  expect(border.addresses.length).toBeLessThan(bordered / 5);
});

describe("messages", () => {
  test("every problem has a Vietnamese and an English text", () => {
    const problems = [
      { code: "cellEditMode" },
      { code: "unsupported", feature: "dataValidation" },
      { code: "unsupported", feature: "api", detail: "x" },
      { code: "sheetMissing", sheetName: "S" },
      { code: "sheetProtected", detail: "d" },
      { code: "tooLarge" },
      { code: "invalidPlan", detail: "d" },
      { code: "officeError", officeCode: "GeneralException", detail: "d" },
      { code: "unexpected", detail: "d" },
      { code: "fitToWidthMayNotApply" },
      { code: "namesOnSheet", sheetName: "S", names: ["TongDiem"] },
      { code: "featureSkipped", feature: "pageLayout" },
    ] satisfies Array<ExcelProblem | ExcelNote>;
    for (const p of problems) {
      const vi = excelMessage(p, "vi");
      const en = excelMessage(p, "en");
      expect(vi.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(vi).not.toBe(en);
    }
  });

  test("Office errors map to problems; edit mode is 'busy'", () => {
    expect(failureOf({ code: "InvalidOperationInCellEditMode", message: "m" })).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    expect(failureOf(Object.assign(new Error("nf"), { code: "ItemNotFound" }), "S")).toEqual({ kind: "error", problem: { code: "sheetMissing", sheetName: "S" } });
    expect(failureOf(new TypeError("Excel is not defined"))).toEqual({ kind: "error", problem: { code: "unexpected", detail: "Excel is not defined" } });
  });
});
