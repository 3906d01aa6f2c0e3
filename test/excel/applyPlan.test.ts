import { formulaForArea, parseRange } from "../../src/sheet/address";
import { COL } from "../../src/sheet/plan";
import { scoreEntries } from "../../src/scoring/engine";
import { miniTemplate } from "../../src/template/builtin/mini";
import { columnWidthPoints } from "../../src/excel/areas";
import { needsTextGuard } from "../../src/excel/cellBlocks";
import { setProtection } from "../../src/excel/protect";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { cellsOf, expectInserted, insert, miniPlan, withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const SHEET = "Chấm điểm CCHC";
const META = "CCHC_Meta";

describe("insertPlan on a fresh workbook (ExcelApi 1.17)", () => {
  const plan = miniPlan();
  const scoring = plan.sheets[0];

  beforeEach(async () => {
    host = await withHost();
    expectInserted(await insert(plan));
  });

  test("one Excel.run with at most 3 syncs; operations reported", () => {
    expect(host.runs).toHaveLength(1);
    expect(host.runs[0].syncs).toBeLessThanOrEqual(3);
    console.info(`insertPlan(mini): ${host.runs[0].syncs} syncs, ${host.runs[0].operations} Office.js operations, largest request ${Math.max(...host.runs[0].requestBytes)} bytes`);
  });

  test("every planned cell holds what the plan says: formulas as formulas, text as text, numbers as numbers", () => {
    for (const sheet of plan.sheets) {
      for (const c of sheet.cells) {
        const addr = `${String.fromCharCode(64 + c.col)}${c.row}`;
        const formula = host.formulas(sheet.name, addr)[0][0];
        const value = host.value(sheet.name, addr);
        switch (c.kind) {
          case "formula":
            expect({ addr, formula }).toEqual({ addr, formula: c.formula });
            break;
          case "text":
            expect({ addr, value }).toEqual({ addr, value: c.text });
            break;
          case "number":
            expect({ addr, value }).toEqual({ addr, value: c.value });
            break;
          case "blank":
            expect({ addr, value }).toEqual({ addr, value: "" });
            break;
        }
      }
    }
  });

  test("all formulas compute (HyperFormula with Excel's ROUND)", () => {
    expect(host.formulaProblems()).toEqual([]);
  });

  test("sheets: meta hidden, scoring active with the first self-score cell selected", () => {
    expect(host.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      [SHEET, "Visible"],
      [META, "Hidden"],
    ]);
    expect(host.model.activeSheet?.name).toBe(SHEET);
    const first = plan.layout.entries[0].row;
    expect(host.model.selection?.rect).toEqual({ top: first, left: COL.self, bottom: first, right: COL.self });
  });

  test("each cell carries its style: font, fill, alignment, borders, number format, lock", () => {
    for (const c of scoring.cells) {
      const addr = `${String.fromCharCode(64 + c.col)}${c.row}`;
      const s = plan.styles[c.style];
      const f = (k: Parameters<InstalledExcelFake["format"]>[2]) => host.format(SHEET, addr, k);
      const got = {
        addr,
        name: f("font.name"),
        bold: f("font.bold"),
        italic: f("font.italic"),
        size: f("font.size"),
        color: f("font.color"),
        fill: f("fill.color"),
        horizontal: f("horizontalAlignment"),
        vertical: f("verticalAlignment"),
        wrap: f("wrapText"),
        border: f("borders.EdgeTop.style"),
        numberFormat: f("numberFormat"),
        locked: f("protection.locked"),
      };
      expect(got).toEqual({
        addr,
        name: plan.font.name,
        bold: s.font.bold ?? false,
        italic: s.font.italic ?? false,
        size: s.font.size ?? plan.font.size,
        color: s.font.color ? `#${s.font.color}` : "#000000",
        fill: s.fill ? `#${s.fill}` : "#FFFFFF",
        horizontal: s.horizontal ? { left: "Left", center: "Center", right: "Right" }[s.horizontal] : "General",
        vertical: s.vertical ? { top: "Top", middle: "Center", bottom: "Bottom" }[s.vertical] : "Bottom",
        wrap: s.wrap ?? false,
        border: s.border ? "Continuous" : "None",
        numberFormat: s.numberFormat ?? "General",
        locked: s.locked,
      });
    }
  });

  test("column widths (points), row heights and merges", () => {
    const sheet = host.sheet(SHEET);
    for (const c of scoring.columns) expect([c.col, sheet.colWidths.get(c.col)]).toEqual([c.col, columnWidthPoints(c.width)]);
    for (const r of scoring.rowHeights) expect([r.row, sheet.rowHeights.get(r.row)]).toEqual([r.row, r.height]);
    const key = (r: { top: number; left: number; bottom: number; right: number }) => `${r.top},${r.left},${r.bottom},${r.right}`;
    expect(sheet.merges.map(key).sort()).toEqual(scoring.merges.map((m) => key(parseRange(m))).sort());
  });

  test("validation: every cell of every rule, its references relative to the cell; literal lists unquoted", () => {
    for (const rule of scoring.validations) {
      const anchor = parseRange(rule.ranges[0]);
      for (const area of rule.ranges)
        for (const addr of cellsOf(area)) {
          const p = parseRange(addr);
          const v = host.validationAt(SHEET, addr);
          const at = (f: string) => (f.startsWith("=") ? formulaForArea(f, { row: anchor.top, col: anchor.left }, { row: p.top, col: p.left }) : f);
          if (rule.kind === "decimal") {
            expect({ addr, rule: v?.rule }).toEqual({ addr, rule: { decimal: { formula1: Number(rule.formula1), formula2: at(rule.formula2), operator: "Between" } } });
          } else {
            expect({ addr, rule: v?.rule }).toEqual({ addr, rule: { list: { inCellDropDown: true, source: rule.source.replace(/^"(.*)"$/, "$1") } } });
          }
          expect(v?.errorAlert).toEqual({ showAlert: true, style: "Stop", title: rule.errorTitle, message: rule.errorMessage });
          expect(v?.prompt).toEqual({ showPrompt: true, title: rule.promptTitle, message: rule.prompt });
        }
    }
    // The "x" list for not-applicable marks is the literal x, not "x" with quotes.
    expect(scoring.validations.some((r) => r.kind === "list" && r.source === '"x"')).toBe(true);
  });

  test("conditional formats: one per plan rule, relative to each cell", () => {
    for (const cf of scoring.conditionalFormats) {
      const anchor = parseRange(cf.ranges[0]);
      for (const area of cf.ranges)
        for (const addr of cellsOf(area)) {
          const p = parseRange(addr);
          expect(host.conditionalFormatsAt(SHEET, addr)).toContainEqual({
            formula: formulaForArea(cf.formula, { row: anchor.top, col: anchor.left }, { row: p.top, col: p.left }),
            fill: `#${cf.fill}`,
            fontColor: cf.fontColor ? `#${cf.fontColor}` : undefined,
          });
        }
    }
    expect(host.sheet(SHEET).conditionalFormats).toHaveLength(scoring.conditionalFormats.length);
  });

  test("names, freeze panes, print setup, protection", () => {
    for (const n of plan.names) {
      const model = host.model.names.find((x) => x.name === n.name);
      expect(model).toMatchObject({ formula: `=${n.ref}`, comment: n.comment, scope: null });
    }
    const sheet = host.sheet(SHEET);
    expect(sheet.freeze).toEqual(scoring.freeze);
    const print = scoring.print!;
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: print.titleRows,
      printArea: [parseRange(print.area)],
      centerHorizontally: true,
      footer: { left: "", center: print.footer, right: "" },
    });
    expect(sheet.pageLayout.margins.left).toBeCloseTo(print.margins.left * 72);
    expect(sheet.protection).toEqual({ protected: true, options: { allowInsertHyperlinks: true, allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" } });
    expect(host.sheet(META).protection.protected).toBe(false);
  });

  test("the sheet computes what the engine computes: the commune types in unlocked cells, the reviewer unprotects to appraise", async () => {
    const row = (key: string) => plan.layout.entries.find((e) => e.key === key)!.row;
    const typed: Array<[string, number, string | number]> = [
      ["I/I/1/1.1", COL.self, 2],
      ["I/I/1/1.1", COL.evidence, "QĐ 12/QĐ-UBND ngày 05/01/2023"],
      ["I/I/1/1.2", COL.self, 1.5],
      ["I/I/2", COL.self, 1],
      ["I/II/3/3.2", COL.notApplicable, "x"],
      ["II/1/a", COL.self, 1],
      ["II/1/a", COL.appraised, 0.5],
      ["II/1/b", COL.self, 3],
      ["T/T.1", COL.self, 1.5],
    ];
    const cell = (key: string, col: number) => `${String.fromCharCode(64 + col)}${row(key)}`;
    for (const [key, col, v] of typed) if (col !== COL.appraised) await host.userEdit(SHEET, cell(key, col), v);
    await expect(host.userEdit(SHEET, cell("II/1/a", COL.appraised), 0.5)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(await setProtection(SHEET, false)).toEqual({ kind: "done", protected: false, changed: true });
    await host.userEdit(SHEET, cell("II/1/a", COL.appraised), 0.5);
    const entries = Object.fromEntries(plan.layout.entries.map((e) => [e.key, {} as Record<string, unknown>]));
    const field = { [COL.self]: "self", [COL.evidence]: "evidence", [COL.appraised]: "appraised", [COL.notApplicable]: "notApplicable" } as Record<number, string>;
    for (const [key, col, v] of typed) entries[key][field[col]] = v;
    const report = scoreEntries(miniTemplate, entries);
    const total = plan.layout.results.totalRow;
    expect(host.value(SHEET, `E${total}`)).toBeCloseTo(report.self.total, 9);
    expect(host.value(SHEET, `H${total}`)).toBeCloseTo(report.final.total, 9);
    expect(host.value(SHEET, `E${plan.layout.results.classificationRow}`)).toBe(report.self.classification);
  });
});

describe("text that Excel would read as a formula, number or date stays text", () => {
  test.each(["=SUM(1,2)", "+84 123", "-Khoản 1", "@mention", "1.1", "(Ký tên)", "#N/A", "TRUE", "Jan 5", "'trích dẫn"])("%s", async (text) => {
    host = await withHost();
    const plan = miniPlan();
    const cells = plan.sheets[0].cells.map((c) => (c.row === 11 && c.col === COL.name ? { ...c, kind: "text" as const, text } : c));
    expect(needsTextGuard(text)).toBe(true);
    expectInserted(await insert({ ...plan, sheets: [{ ...plan.sheets[0], cells }, plan.sheets[1]] }));
    expect(host.value(SHEET, "B11")).toBe(text);
    expect(host.sheet(SHEET).get(11, COL.name)?.input).toEqual({ kind: "value", value: text });
  });
});

describe("older Excel", () => {
  test("ExcelApi 1.8: no RangeAreas, same cells, rules and formats as 1.9; no print setup, said so", async () => {
    const plan = miniPlan();
    const full = await withHost();
    expectInserted(await insert(plan));
    full.uninstall();
    host = await withHost({ apiVersion: "1.8" });
    const outcome = await insert(plan);
    expectInserted(outcome);
    expect(host.runs[0].syncs).toBeLessThanOrEqual(3);
    expect(host.operationsByLabel.get("Worksheet.getRanges()")).toBeUndefined();
    const a = full.sheet(SHEET);
    const b = host.sheet(SHEET);
    for (const [key, cell] of a.cells) {
      const other = b.cells.get(key);
      expect({ key, input: other?.input ?? null, fmt: other?.fmt ?? {}, validation: other?.validation }).toEqual({ key, input: cell.input, fmt: cell.fmt, validation: cell.validation });
    }
    expect(b.cells.size).toBe(a.cells.size);
    expect(b.conditionalFormats.length).toBeGreaterThanOrEqual(a.conditionalFormats.length);
    expect(b.pageLayout.printArea).toBeNull();
    expect(outcome.notes).toContainEqual({ code: "featureSkipped", feature: "pageLayout" });
    expect(outcome.notes).not.toContainEqual({ code: "fitToWidthMayNotApply" });
  });

  test("ExcelApi 1.1 (Excel 2016 volume licence): cells and formulas still go in; the rest is listed as skipped", async () => {
    host = await withHost({ apiVersion: "1.1" });
    const outcome = await insert(miniPlan());
    expectInserted(outcome);
    expect(host.formulaProblems()).toEqual([]);
    const skipped = outcome.notes.filter((n) => n.code === "featureSkipped").map((n) => (n as { feature: string }).feature);
    expect(skipped.sort()).toEqual(["conditionalFormats", "dataValidation", "freeze", "names", "pageLayout", "protection"]);
    expect(host.sheet(SHEET).protection.protected).toBe(false);
  });
});
