import type { PlanCell, ValidationRule } from "../../src/sheet/plan";
import { STYLES, FONT } from "../../src/sheet/styles";
import { cellValue } from "../../src/xlsx/cells";
import { excelConditionalFormat } from "../../src/xlsx/conditionalFormats";
import { XlsxPlanError } from "../../src/xlsx/errors";
import { ExcelJS } from "../../src/xlsx/exceljs";
import { writeNames } from "../../src/xlsx/names";
import { footerText, printAreaForExcelJs } from "../../src/xlsx/print";
import { normalRange, sqref } from "../../src/xlsx/ranges";
import { excelStyle } from "../../src/xlsx/styles";
import { checkSheetName } from "../../src/xlsx/sheetName";
import { excelValidation, writeValidations } from "../../src/xlsx/validation";
import { addNameComments, autoRowHeights, widenValidationSqrefs } from "../../src/xlsx/xmlPatch";
import { autoHeightRows } from "../../src/xlsx/layout";
import { handPlan } from "./handPlan";

describe("printAreaForExcelJs: rows made absolute so that ExcelJS writes $A$1:$J$90", () => {
  it.each([
    { input: "A1:J90", expected: "A$1:J$90" },
    { input: "$A$1:$J$90", expected: "A$1:J$90" },
    { input: "J90:A1", expected: "A$1:J$90" },
    { input: "AB7:AC12", expected: "AB$7:AC$12" },
  ])("$input -> $expected", ({ input, expected }) => expect(printAreaForExcelJs(input)).toBe(expected));
});

describe("footerText", () => {
  it.each([
    { title: "centred in the workbook font", input: "Trang &P/&N", expected: '&C&"Times New Roman,Regular"Trang &P/&N' },
    { title: "sections kept as given", input: "&LBiểu CCHC&RTrang &P", expected: "&LBiểu CCHC&RTrang &P" },
    { title: "empty stays empty", input: "", expected: "" },
  ])("$title", ({ input, expected }) => expect(footerText(input, FONT)).toBe(expected));
});

describe("normalRange and sqref", () => {
  it.each([
    { input: ["E12:E15"], expected: "E12:E15" },
    { input: ["$E$15:$E$12"], expected: "E12:E15" },
    { input: ["E12:E12"], expected: "E12" },
    { input: ["E12:E15", "E17", "H12:H15"], expected: "E12:E15 E17 H12:H15" },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(sqref(input)).toBe(expected);
    if (input.length === 1) expect(normalRange(input[0])).toBe(expected);
  });
});

describe("cellValue", () => {
  const base = { row: 1, col: 1, style: "item" as const };
  it.each<{ cell: PlanCell; expected: ExcelJS.CellValue }>([
    { cell: { ...base, kind: "text", text: "=SUM(A1:A2)" }, expected: "=SUM(A1:A2)" },
    { cell: { ...base, kind: "text", text: "" }, expected: "" },
    { cell: { ...base, kind: "number", value: 14.5 }, expected: 14.5 },
    { cell: { ...base, kind: "formula", formula: "=SUM(A1:A2)" }, expected: { formula: "SUM(A1:A2)" } },
    { cell: { ...base, kind: "formula", formula: 'IF(A1="=","x","")' }, expected: { formula: 'IF(A1="=","x","")' } },
    { cell: { ...base, kind: "blank" }, expected: null },
  ])("$cell.kind $cell", ({ cell, expected }) => expect(cellValue(cell)).toEqual(expected));
});

describe("excelStyle", () => {
  it("maps font, fill, alignment, border, number format and protection", () => {
    expect(excelStyle(STYLES.result, FONT)).toEqual({
      font: { name: "Times New Roman", size: 12, bold: true, italic: false },
      protection: { locked: true, hidden: false },
      alignment: { horizontal: "center", vertical: "middle" },
      border: expect.objectContaining({ top: expect.objectContaining({ style: "thin" }), right: expect.objectContaining({ style: "thin" }) }),
      numFmt: "0.000",
    });
  });
  it("unlocks inputs and colours fonts and fills as ARGB", () => {
    const s = excelStyle({ font: { color: "1f3864", size: 10 }, fill: "FFFFFF", locked: false, wrap: true }, FONT);
    expect(s).toMatchObject({
      font: { size: 10, color: { argb: "FF1F3864" } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } },
      alignment: { wrapText: true },
      protection: { locked: false, hidden: false },
    });
  });
});

describe("excelValidation", () => {
  const texts = { errorTitle: "Sai", errorMessage: "Sai rồi", promptTitle: "Điểm", prompt: "Nhập" };
  it.each<{ rule: ValidationRule; expected: Partial<ExcelJS.DataValidation> }>([
    {
      rule: { kind: "decimal", ranges: ["E8"], formula1: "0", formula2: "=$C8", ...texts },
      expected: { type: "decimal", operator: "between", formulae: ["0", "$C8"], error: "Sai rồi", prompt: "Nhập" },
    },
    { rule: { kind: "list", ranges: ["J8"], source: '"x"', ...texts }, expected: { type: "list", formulae: ['"x"'] } },
    { rule: { kind: "list", ranges: ["E8"], source: "=CCHC_Meta!$B$12:$D$12", ...texts }, expected: { type: "list", formulae: ["CCHC_Meta!$B$12:$D$12"] } },
  ])("$rule.kind $rule.ranges", ({ rule, expected }) => expect(excelValidation(rule)).toMatchObject({ ...expected, allowBlank: true, showErrorMessage: true }));

  const sheet = (validations: ValidationRule[]) => ({ ...handPlan.sheets[0], validations });
  it.each([
    { title: "an error title longer than Excel's 32 characters", rule: { errorTitle: "x".repeat(33) } },
    { title: "a prompt longer than 255 characters", rule: { prompt: "x".repeat(256) } },
    { title: "an error message longer than 225 characters", rule: { errorMessage: "x".repeat(226) } },
    { title: "no range", rule: { ranges: [] } },
  ])("refuses $title", ({ rule }) => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    const bad = { kind: "list", ranges: ["J8"], source: '"x"', ...texts, ...rule } as ValidationRule;
    expect(() => writeValidations(ws, sheet([bad]))).toThrow(XlsxPlanError);
  });
  it("refuses two rules on the same first area", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    const rule: ValidationRule = { kind: "list", ranges: ["J8"], source: '"x"', ...texts };
    expect(() => writeValidations(ws, sheet([rule, { ...rule, ranges: ["$J$8", "J10"] }]))).toThrow(/J8/);
  });
  it("returns the multi-area rules to widen, and only those", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    expect(writeValidations(ws, handPlan.sheets[0])).toEqual([{ written: "E7:E8", full: "E7:E8 E10:E11 H7" }]);
  });
});

describe("excelConditionalFormat", () => {
  it("keeps all areas in one ref and the formula without '='", () => {
    expect(excelConditionalFormat({ purpose: "noEvidence", ranges: ["E8:G20", "E22:G30"], formula: "=$N8=2", fill: "FFEB9C" }, 3)).toEqual({
      ref: "E8:G20 E22:G30",
      rules: [{ type: "expression", priority: 3, formulae: ["$N8=2"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } } }],
    });
  });
});

describe("writeNames", () => {
  it.each([
    { title: "a duplicate (case-insensitive)", names: ["TongDiem", "tongdiem"] },
    { title: "a name that is a cell address", names: ["AB12"] },
    { title: "a name with a space", names: ["Tong Diem"] },
  ])("refuses $title", ({ names }) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S");
    expect(() => writeNames(wb, names.map((name) => ({ name, ref: "S!$A$1", comment: "" })))).toThrow(XlsxPlanError);
  });
});

describe("widenValidationSqrefs", () => {
  const xml =
    '<worksheet><sheetData/><conditionalFormatting sqref="E7:E8"><cfRule/></conditionalFormatting>' +
    '<dataValidations count="2"><dataValidation type="decimal" sqref="E7:E8"><formula1>0</formula1></dataValidation>' +
    '<dataValidation type="list" sqref="F7"><formula1>"x"</formula1></dataValidation></dataValidations></worksheet>';
  it("widens inside <dataValidations> only, leaving the conditional format alone", () => {
    const out = widenValidationSqrefs(xml, [{ written: "E7:E8", full: "E7:E8 E10:E11" }]);
    expect(out).toContain('<conditionalFormatting sqref="E7:E8">');
    expect(out).toContain('<dataValidation type="decimal" sqref="E7:E8 E10:E11">');
    expect(out).toContain('sqref="F7"');
  });
  it("does not take E7 for E7:E8", () => {
    expect(widenValidationSqrefs(xml, [{ written: "F7", full: "F7 F9" }])).toContain('sqref="F7 F9"');
    expect(() => widenValidationSqrefs(xml, [{ written: "E7", full: "E7 E9" }])).toThrow(/E7/);
  });
  it("fails loudly when ExcelJS wrote no validations", () => {
    expect(() => widenValidationSqrefs("<worksheet/>", [{ written: "E7", full: "E7 E9" }])).toThrow();
  });
});

describe("addNameComments", () => {
  const xml = '<definedNames><definedName name="TongDiem">S!$E$9</definedName><definedName name="TongDiem_KetQua">S!$H$9</definedName></definedNames>';
  it("escapes the comment and matches whole names only", () => {
    const out = addNameComments(xml, [
      { name: "TongDiem", ref: "S!$E$9", comment: 'Tổng "điểm" & <x>' },
      { name: "TongDiem_KetQua", ref: "S!$H$9", comment: "" },
    ]);
    expect(out).toContain('<definedName name="TongDiem" comment="Tổng &quot;điểm&quot; &amp; &lt;x&gt;">');
    expect(out).toContain('<definedName name="TongDiem_KetQua">');
  });
});

describe("row heights that may grow", () => {
  it("are the planned rows that no merge touches", () => {
    const sheet = { ...handPlan.sheets[0], merges: ["A1:E1", "B7:B8"], rowHeights: [1, 2, 7, 8, 9].map((row) => ({ row, height: 30 })) };
    expect(autoHeightRows(sheet)).toEqual([2, 9]);
  });
  it("lose customHeight in the sheet XML, the others keep it", () => {
    const xml = '<sheetData><row r="1" ht="30" customHeight="1" spans="1:5"/><row r="2" ht="30" customHeight="1"/><row r="12" ht="30" customHeight="1"/></sheetData>';
    expect(autoRowHeights(xml, [2])).toBe('<sheetData><row r="1" ht="30" customHeight="1" spans="1:5"/><row r="2" ht="30"/><row r="12" ht="30" customHeight="1"/></sheetData>');
  });
});

describe("checkSheetName", () => {
  it.each(["Chấm điểm CCHC", "CCHC_Meta", "x".repeat(31)])("accepts %s", (name) => expect(() => checkSheetName(name)).not.toThrow());
  it.each(["", "x".repeat(32), "Bảng [1]", "A/B", "Phường Đa'k"])("refuses %j", (name) => expect(() => checkSheetName(name)).toThrow(XlsxPlanError));
});
