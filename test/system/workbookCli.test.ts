import { execFile } from "child_process";
import { mkdirSync, readFileSync, rmSync } from "fs";
import { join, resolve } from "path";
import { parseRange, rangeA1 } from "../../src/sheet/address";
import { buildPlan } from "../../src/sheet/buildPlan";
import { builtinTemplates } from "../../src/template/builtin";
import { readFilledWorkbook } from "../../src/xlsx/readFilled";
import { attrs, childText, openXlsx } from "../xlsx/parts";
import { systemSuite } from "../support/systemSuite";
import { cleanupLibreOffice, libreOfficeMissingReason, recalcToXlsx } from "../support/libreoffice";

/**
 * `npm run workbook` as an officer runs it, then opened in LibreOffice: every formula evaluates to a
 * value (no error, nothing left uncomputed), and what LibreOffice saves again still has the
 * validations, conditional formats, names and print settings, i.e. it understood them.
 */

const suite = systemSuite("LibreOffice workbook tests", libreOfficeMissingReason());

const root = resolve(__dirname, "../..");
const dir = resolve(root, "test-artifacts/system/cli");

function npmRunWorkbook(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    // npm sets INIT_CWD to where it was started (here: dir), against which the CLI resolves --out.
    execFile("npm", ["run", "--silent", "workbook", "--", ...args], { cwd: dir }, (e, stdout, stderr) =>
      done({ code: e ? Number(e.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

/** "E12 E17:E18" as the set of its cells, so that LibreOffice's reordering of areas does not matter. */
function cellsOf(sqref: string): string[] {
  return sqref
    .split(/\s+/)
    .flatMap((area) => {
      const r = parseRange(area);
      const out: string[] = [];
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(rangeA1(row, col, row, col));
      return out;
    })
    .sort();
}

suite("npm run workbook, opened in LibreOffice", () => {
  const template = builtinTemplates[0];
  const plan = buildPlan(template, { unit: "Phường Xuân An", year: 2024 });
  let recalculated: string;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const run = await npmRunWorkbook(["--unit", "Phường Xuân An", "--year", "2024", "--out", "cham-diem.xlsx"]);
    expect(run).toMatchObject({ code: 0, stdout: "cham-diem.xlsx\n" });
    [recalculated] = await recalcToXlsx([join(dir, "cham-diem.xlsx")], join(dir, "libreoffice"));
  }, 300_000);
  afterAll(cleanupLibreOffice);

  it("evaluates every formula of the scoring sheet to a value, none an error", async () => {
    const wb = await readFilledWorkbook(readFileSync(recalculated));
    expect(wb.sheetName).toBe(plan.layout.sheetName);
    const problems = plan.sheets[0].cells
      .filter((c) => c.kind === "formula")
      .map((c) => ({ at: rangeA1(c.row, c.col, c.row, c.col), v: wb.cells(c.row, c.col) }))
      .filter(({ v }) => v === null || typeof v === "object");
    expect(problems).toEqual([]);
    // An empty sheet scores 0 and takes the lowest band.
    expect(wb.cells(plan.layout.results.totalRow, 5)).toBe(0);
    expect(wb.cells(plan.layout.results.classificationRow, 5)).toBe(template.bands[template.bands.length - 1].label);
    expect(wb.meta).toMatchObject({ templateId: template.id, templateVersion: template.version, unit: "Phường Xuân An", year: 2024 });
  });

  it("keeps the validations LibreOffice read: same cells, same formulas", async () => {
    const parts = await openXlsx(readFileSync(recalculated));
    const dvs = parts.all(parts.xml(parts.sheetPath(plan.layout.sheetName)), "dataValidation");
    const got = dvs.map((d) => ({ cells: cellsOf(d.getAttribute("sqref")!), type: d.getAttribute("type"), f1: childText(d, "formula1") }));
    const want = plan.sheets[0].validations.map((v) => ({
      cells: cellsOf(v.ranges.join(" ")),
      type: v.kind,
      f1: (v.kind === "decimal" ? v.formula1 : v.source).replace(/^=/, ""),
    }));
    expect(got.sort((a, b) => a.cells[0].localeCompare(b.cells[0]))).toEqual(want.sort((a, b) => a.cells[0].localeCompare(b.cells[0])));
    // The decimal rule's maximum stays relative to its first cell: LibreOffice anchors it the same way.
    const decimal = dvs.find((d) => d.getAttribute("type") === "decimal")!;
    const rule = plan.sheets[0].validations.find((v) => v.kind === "decimal")!;
    expect(childText(decimal, "formula2")).toBe(rule.kind === "decimal" ? rule.formula2.replace(/^=/, "") : "");
  });

  it("keeps the conditional formats, result names, print area and print titles", async () => {
    const parts = await openXlsx(readFileSync(recalculated));
    const sheet = parts.xml(parts.sheetPath(plan.layout.sheetName));
    const cfs = parts.all(sheet, "conditionalFormatting").map((c) => ({ cells: cellsOf(c.getAttribute("sqref")!), f: childText(c, "formula") }));
    for (const cf of plan.sheets[0].conditionalFormats) expect(cfs).toContainEqual({ cells: cellsOf(cf.ranges.join(" ")), f: cf.formula.replace(/^=/, "") });
    const names = new Map(parts.all(parts.xml("xl/workbook.xml"), "definedName").map((n) => [n.getAttribute("name"), n.textContent]));
    for (const n of plan.names) expect(names.get(n.name)).toBe(n.ref);
    const p = plan.sheets[0].print!;
    expect(names.get("_xlnm.Print_Titles")).toBe(`'${plan.layout.sheetName}'!$${p.titleRows.first}:$${p.titleRows.last}`);
    expect(names.get("_xlnm.Print_Area")).toBe(`'${plan.layout.sheetName}'!${p.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
    expect(attrs(parts.all(sheet, "pageSetup")[0])).toMatchObject({ paperSize: "9", fitToWidth: "1", fitToHeight: "0" });
    expect(attrs(parts.all(sheet, "sheetProtection")[0]).sheet).toMatch(/^(1|true)$/);
  });
});
