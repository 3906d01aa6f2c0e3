import { a1, parseRange } from "../../src/sheet/address";
import { buildPlan } from "../../src/sheet/buildPlan";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import { builtinTemplates } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { handPlan, HAND_SHEET } from "./handPlan";
import { attrs, cellXf, childText, openXlsx, sheetCells, type XlsxParts } from "./parts";

/**
 * What the written .xlsx really carries, read back from its XML parts (not through ExcelJS): every
 * cell, validation, conditional format, name, print setting and the protection, for the hand-made
 * plan, the mini template and the built-in template.
 */

const strip = (f: string) => f.replace(/^=/, "");
const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const CASES: Array<{ title: string; plan: () => WorkbookPlan }> = [
  { title: "hand-made plan", plan: () => handPlan },
  { title: "mini template", plan: () => buildPlan(miniTemplate, { unit: "Phường Thử" }) },
  { title: "built-in template", plan: () => buildPlan(builtinTemplates[0], { unit: "Phường Xuân An", year: 2024 }) },
];

describe.each(CASES)("writeWorkbook: $title", ({ plan: makePlan }) => {
  let plan: WorkbookPlan;
  let before: string;
  let parts: XlsxParts;

  beforeAll(async () => {
    plan = deepFreeze(makePlan());
    before = JSON.stringify(plan);
    // A frozen plan makes any write by the writer throw (strict mode), and the JSON check catches the rest.
    parts = await openXlsx(await writeWorkbook(plan));
  });

  const visible = (): SheetPlan => plan.sheets[0];
  const sheetDoc = (s: SheetPlan) => parts.xml(parts.sheetPath(s.name));

  it("leaves the plan unchanged", () => {
    expect(JSON.stringify(plan)).toBe(before);
  });

  it("writes every part as well-formed XML, sheets in plan order with their visibility", () => {
    for (const p of parts.paths.filter((p) => p.endsWith(".xml") || p.endsWith(".rels"))) expect(() => parts.xml(p)).not.toThrow();
    const sheets = parts.all(parts.xml("xl/workbook.xml"), "sheet").map((s) => ({ name: s.getAttribute("name"), state: s.getAttribute("state") ?? "visible" }));
    expect(sheets).toEqual(plan.sheets.map((s) => ({ name: s.name, state: s.visibility })));
  });

  it("asks Excel to recalculate everything on load", () => {
    expect(attrs(parts.all(parts.xml("xl/workbook.xml"), "calcPr")[0]).fullCalcOnLoad).toBe("1");
  });

  it("writes every plan cell with its value, text as text and formulas without '='", () => {
    for (const sheet of plan.sheets) {
      const xml = sheetCells(parts, sheet.name);
      const problems: string[] = [];
      for (const c of sheet.cells) {
        const got = xml.get(a1(c.row, c.col));
        const want = expectedXmlCell(c);
        const actual = got ? { t: got.t, value: got.value, formula: got.formula } : { t: "missing", value: null, formula: null };
        if (JSON.stringify(actual) !== JSON.stringify(want)) problems.push(`${sheet.name}!${a1(c.row, c.col)}: ${JSON.stringify(actual)} != ${JSON.stringify(want)}`);
      }
      expect(problems).toEqual([]);
    }
  });

  it("locks what the plan locks, unlocks the inputs and never hides formulas", () => {
    for (const sheet of plan.sheets) {
      const xml = sheetCells(parts, sheet.name);
      for (const c of sheet.cells) {
        const merged = sheet.merges.some((m) => inRange(m, c.row, c.col) && !m.startsWith(a1(c.row, c.col) + ":"));
        if (merged) continue; // a merged cell takes the style of the merge's top-left
        const xf = cellXf(parts, xml.get(a1(c.row, c.col))!.styleIndex);
        expect({ at: a1(c.row, c.col), locked: xf.locked, hidden: xf.hidden }).toEqual({ at: a1(c.row, c.col), locked: plan.styles[c.style].locked, hidden: false });
      }
    }
  });

  it("carries one validation rule per plan rule, with all its areas in one sqref", () => {
    for (const sheet of plan.sheets) {
      const dvs = parts.all(sheetDoc(sheet), "dataValidation");
      expect(dvs).toHaveLength(sheet.validations.length);
      sheet.validations.forEach((rule, i) => {
        const el = dvs.find((d) => d.getAttribute("sqref") === rule.ranges.join(" "));
        expect({ rule: i, sqref: el?.getAttribute("sqref") }).toEqual({ rule: i, sqref: rule.ranges.join(" ") });
        const a = attrs(el);
        expect({ type: a.type, allowBlank: a.allowBlank, showErrorMessage: a.showErrorMessage, showInputMessage: a.showInputMessage }).toEqual({
          type: rule.kind,
          allowBlank: "1",
          showErrorMessage: "1",
          showInputMessage: "1",
        });
        expect([a.errorTitle, a.error, a.promptTitle, a.prompt]).toEqual([rule.errorTitle, rule.errorMessage, rule.promptTitle, rule.prompt]);
        if (rule.kind === "decimal") {
          // "between" is the OOXML default operator, written as no attribute.
          expect(a.operator ?? "between").toBe("between");
          expect([childText(el!, "formula1"), childText(el!, "formula2")]).toEqual([strip(rule.formula1), strip(rule.formula2)]);
        } else {
          expect(childText(el!, "formula1")).toBe(strip(rule.source));
        }
      });
    }
  });

  it("carries every conditional format with its areas, formula and colours, in plan priority", () => {
    const dxfs = parts.all(parts.xml("xl/styles.xml"), "dxf");
    for (const sheet of plan.sheets) {
      const cfs = parts.all(sheetDoc(sheet), "conditionalFormatting");
      expect(cfs).toHaveLength(sheet.conditionalFormats.length);
      sheet.conditionalFormats.forEach((cf, i) => {
        const el = cfs[i];
        expect(el.getAttribute("sqref")).toBe(cf.ranges.join(" "));
        const rule = parts.all(el, "cfRule")[0];
        expect(attrs(rule)).toMatchObject({ type: "expression", priority: String(i + 1) });
        expect(childText(rule, "formula")).toBe(strip(cf.formula));
        const dxf = dxfs[Number(rule.getAttribute("dxfId"))];
        expect(attrs(parts.all(dxf, "bgColor")[0]).rgb).toBe(argb(cf.fill));
        const font = parts.all(dxf, "font")[0];
        expect(font ? attrs(parts.all(font, "color")[0]).rgb : undefined).toBe(cf.fontColor ? argb(cf.fontColor) : undefined);
      });
    }
  });

  it("defines every result name on its cell, with its comment", () => {
    const names = parts.all(parts.xml("xl/workbook.xml"), "definedName");
    for (const n of plan.names) {
      const el = names.find((e) => e.getAttribute("name") === n.name);
      expect({ name: n.name, ref: el?.textContent, comment: el?.getAttribute("comment"), local: el?.getAttribute("localSheetId") }).toEqual({
        name: n.name,
        ref: n.ref,
        comment: n.comment,
        local: null,
      });
    }
  });

  it("sets print titles, an absolute print area, A4, one page wide, margins and the footer", () => {
    const sheet = visible();
    const p = sheet.print!;
    const doc = sheetDoc(sheet);
    const names = parts.all(parts.xml("xl/workbook.xml"), "definedName");
    const q = `'${sheet.name}'`;
    const area = parseRange(p.area);
    expect(names.find((n) => n.getAttribute("name") === "_xlnm.Print_Titles")?.textContent).toBe(`${q}!$${p.titleRows.first}:$${p.titleRows.last}`);
    expect(names.find((n) => n.getAttribute("name") === "_xlnm.Print_Area")?.textContent).toBe(
      `${q}!$${colOf(area.left)}$${area.top}:$${colOf(area.right)}$${area.bottom}`,
    );
    expect(attrs(parts.all(doc, "pageSetUpPr")[0]).fitToPage).toBe("1");
    expect(attrs(parts.all(doc, "pageSetup")[0])).toMatchObject({ paperSize: "9", orientation: p.orientation, fitToWidth: "1", fitToHeight: "0" });
    const m = attrs(parts.all(doc, "pageMargins")[0]);
    expect(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number(v)]))).toEqual(p.margins);
    expect(attrs(parts.all(doc, "printOptions")[0]).horizontalCentered === "1").toBe(p.horizontalCentered);
    const footer = parts.all(doc, "oddFooter")[0]?.textContent ?? "";
    expect(footer.startsWith("&C")).toBe(true);
    expect(footer.endsWith(p.footer)).toBe(true);
  });

  it("protects the visible sheet without a password, hyperlinks and selection allowed", () => {
    const sheet = visible();
    const sp = attrs(parts.all(sheetDoc(sheet), "sheetProtection")[0]);
    const allow = sheet.protection!;
    // OOXML stores restrictions: "0" allows, "1" (or absent for most) forbids; selection is the reverse.
    expect(sp.sheet).toBe("1");
    expect(sp.password ?? sp.hashValue).toBeUndefined();
    expect(sp.insertHyperlinks).toBe("0");
    expect(sp.selectLockedCells).toBeUndefined();
    expect(sp.selectUnlockedCells).toBeUndefined();
    expect(sp.formatColumns === "0").toBe(allow.allowFormatColumns);
    expect(sp.formatRows === "0").toBe(allow.allowFormatRows);
    for (const s of plan.sheets.filter((s) => !s.protection)) expect(parts.all(sheetDoc(s), "sheetProtection")).toHaveLength(0);
  });

  it("writes merges, column widths (hidden ones too), row heights and the frozen panes", () => {
    for (const sheet of plan.sheets) {
      const doc = sheetDoc(sheet);
      expect(parts.all(doc, "mergeCell").map((m) => m.getAttribute("ref")).sort()).toEqual([...sheet.merges].sort());
      const cols = parts.all(doc, "col").map(attrs);
      const fmt = attrs(parts.all(doc, "sheetFormatPr")[0]);
      for (const c of sheet.columns) {
        const el = cols.find((x) => Number(x.min) <= c.col && c.col <= Number(x.max));
        const width = el ? Number(el.width) : Number(fmt.defaultColWidth);
        expect({ col: c.col, width, hidden: el?.hidden === "1" }).toEqual({ col: c.col, width: c.width, hidden: c.hidden ?? false });
      }
      const rows = new Map(parts.all(doc, "row").map((r) => [Number(r.getAttribute("r")), attrs(r)]));
      // Fixed (customHeight) only where a merge makes autofit impossible; elsewhere the height may grow.
      const mergedRows = new Set(sheet.merges.flatMap((m) => rowsOf(m)));
      for (const r of sheet.rowHeights) {
        const got = rows.get(r.row);
        expect({ row: r.row, ht: Number(got?.ht), custom: got?.customHeight ?? "0" }).toEqual({ row: r.row, ht: r.height, custom: mergedRows.has(r.row) ? "1" : "0" });
      }
      const pane = attrs(parts.all(doc, "pane")[0]);
      if (sheet.freeze) {
        expect({ state: pane.state, x: Number(pane.xSplit ?? 0), y: Number(pane.ySplit ?? 0) }).toEqual({ state: "frozen", x: sheet.freeze.cols, y: sheet.freeze.rows });
      } else {
        expect(pane.state).toBeUndefined();
      }
    }
  });
});

describe("writeWorkbook: text that looks like a formula", () => {
  it.each([
    ["A3", "=1+1"],
    ["B3", "+84 912 345 678"],
    ["C3", "-5 điểm"],
    ["D3", "@home"],
  ])("%s holds the text %s, not a formula", async (at, text) => {
    const cells = sheetCells(await openXlsx(await writeWorkbook(handPlan)), HAND_SHEET);
    expect(cells.get(at)).toMatchObject({ t: "s", value: text, formula: null });
  });
});

function expectedXmlCell(c: PlanCell): { t: string; value: string | null; formula: string | null } {
  switch (c.kind) {
    case "text":
      return { t: "s", value: c.text, formula: null };
    case "number":
      return { t: "n", value: String(c.value), formula: null };
    case "formula":
      return { t: "n", value: null, formula: strip(c.formula) };
    case "blank":
      return { t: "n", value: null, formula: null };
    default: {
      const never: never = c;
      return never;
    }
  }
}

function inRange(range: string, row: number, col: number): boolean {
  const r = parseRange(range);
  return r.top <= row && row <= r.bottom && r.left <= col && col <= r.right;
}

function rowsOf(range: string): number[] {
  const r = parseRange(range);
  return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i);
}

function colOf(col: number): string {
  return a1(1, col).replace(/\d+$/, "");
}
