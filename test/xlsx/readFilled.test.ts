import JSZip from "jszip";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL } from "../../src/sheet/plan";
import type { CellValue } from "../../src/scoring/types";
import { miniTemplate } from "../../src/template/builtin/mini";
import { dateToSerial, toCellValue } from "../../src/xlsx/cellValue";
import { ExcelJS } from "../../src/xlsx/exceljs";
import { readFilledWorkbook, tryReadFilledWorkbook, UnreadableWorkbookError } from "../../src/xlsx/readFilled";
import { composeWorkbook, serializeWorkbook } from "../../src/xlsx/writeWorkbook";

describe("toCellValue: ExcelJS values as formulas see them", () => {
  it.each<{ title: string; input: ExcelJS.CellValue; expected: CellValue }>([
    { title: "blank", input: null, expected: null },
    { title: "undefined", input: undefined, expected: null },
    { title: "number", input: 1.5, expected: 1.5 },
    { title: "text that looks like a number", input: "1,5", expected: "1,5" },
    { title: "empty text", input: "", expected: "" },
    { title: "boolean", input: true, expected: true },
    { title: "error", input: { error: "#N/A" }, expected: { error: "#N/A" } },
    { title: "rich text", input: { richText: [{ text: "QĐ " }, { text: "12", font: { bold: true } }] }, expected: "QĐ 12" },
    { title: "hyperlink", input: { text: "Báo cáo 45", hyperlink: "https://example.invalid/bc45.pdf" }, expected: "Báo cáo 45" },
    {
      title: "hyperlink with rich text",
      input: { text: { richText: [{ text: "TL" }, { text: "KC" }] } as unknown as string, hyperlink: "file:///x.pdf" },
      expected: "TLKC",
    },
    { title: "formula with a number result", input: { formula: "SUM(A1:A2)", result: 3.25 }, expected: 3.25 },
    { title: "formula with a text result", input: { formula: 'IF(1,"Tốt","")', result: "Tốt" }, expected: "Tốt" },
    { title: "formula with an error result", input: { formula: "1/0", result: { error: "#DIV/0!" } }, expected: { error: "#DIV/0!" } },
    { title: "formula never calculated", input: { formula: "SUM(A1:A2)" }, expected: null },
    { title: "shared formula", input: { sharedFormula: "K8", result: 2 }, expected: 2 },
    { title: "date (a serial number to formulas)", input: new Date(Date.UTC(2023, 10, 20)), expected: 45250 },
  ])("$title", ({ input, expected }) => expect(toCellValue(input)).toEqual(expected));

  it("counts 1904-system dates from 1904", () => {
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 2)), true)).toBe(1);
  });
});

describe("readFilledWorkbook", () => {
  const plan = buildPlan(miniTemplate, { unit: "Phường Thử", year: 2024 });
  const [first, second, third] = plan.layout.entries;

  async function filled(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const composed = await composeWorkbook(plan);
    const ws = composed.workbook.getWorksheet(plan.layout.sheetName)!;
    ws.getCell(first.row, COL.self).value = 1;
    ws.getCell(first.row, COL.evidence).value = { text: "QĐ 12/QĐ-UBND", hyperlink: "https://example.invalid/qd12.pdf" };
    ws.getCell(first.row, COL.explanation).value = { richText: [{ text: "Đã " }, { text: "giải trình", font: { italic: true } }] };
    ws.getCell(second.row, COL.self).value = "1,5";
    ws.getCell(second.row, COL.appraised).value = { error: "#N/A" };
    ws.getCell(third.row, COL.self).value = true;
    // A cached result as Excel would leave it after calculating.
    ws.getCell(plan.layout.results.totalRow, COL.self).value = { formula: "1+1", result: 7.125 };
    edit?.(composed.workbook);
    return serializeWorkbook(composed);
  }

  it("reads the meta sheet: template id and version, plan format, unit, year, the template itself", async () => {
    const { meta } = await readFilledWorkbook(await filled());
    expect(meta).toEqual({
      templateId: miniTemplate.id,
      templateVersion: miniTemplate.version,
      planFormat: plan.meta.planFormat,
      unit: "Phường Thử",
      year: 2024,
      templateTitle: miniTemplate.title,
      templateJson: expect.any(String),
    });
    expect(JSON.parse(meta!.templateJson!).id).toBe(miniTemplate.id);
  });

  it("reads values, not formulas: hyperlinks and rich text as text, errors as errors, results as cached", async () => {
    const { cells, sheetName } = await readFilledWorkbook(await filled());
    expect(sheetName).toBe(plan.layout.sheetName);
    expect([
      cells(first.row, COL.self),
      cells(first.row, COL.evidence),
      cells(first.row, COL.explanation),
      cells(second.row, COL.self),
      cells(second.row, COL.appraised),
      cells(third.row, COL.self),
      cells(third.row, COL.evidence),
      cells(plan.layout.results.totalRow, COL.self),
      cells(first.row, COL.selfCounted),
    ]).toEqual([1, "QĐ 12/QĐ-UBND", "Đã giải trình", "1,5", { error: "#N/A" }, true, null, 7.125, null]);
  });

  it("reads falsy cached results (0, FALSE) as values, not as uncalculated", async () => {
    // As Excel or LibreOffice leave them: <c><f>..</f><v>0</v></c>. ExcelJS's own writer drops falsy
    // results, so the cells are patched into the XML of a written file.
    const bytes = await filled();
    const zip = await JSZip.loadAsync(bytes);
    const path = "xl/worksheets/sheet1.xml";
    let xml = await zip.file(path)!.async("string");
    const cached = (ref: string, t: string, v: string) => {
      const re = new RegExp(`<c r="${ref}"([^>]*)><f>([^<]*)</f></c>`);
      expect(xml).toMatch(re);
      xml = xml.replace(re, `<c r="${ref}"$1${t}><f>$2</f><v>${v}</v></c>`);
    };
    cached(`K${first.row}`, "", "0");
    cached(`N${first.row}`, ' t="b"', "0");
    // An empty text result (<v></v>) is lost by ExcelJS's parser and reads as blank: same to LEN().
    cached(`O${first.row}`, ' t="str"', "");
    zip.file(path, xml);
    const { cells } = await readFilledWorkbook(await zip.generateAsync({ type: "uint8array" }));
    expect([cells(first.row, COL.selfCounted), cells(first.row, COL.selfStatus), cells(first.row, COL.appraisedStatus)]).toEqual([0, false, null]);
  });

  it("reads the merged-away cells of a merge as blank, as formulas see them", async () => {
    const { cells } = await readFilledWorkbook(await filled());
    expect(cells(1, 1)).toMatch(/^BIỂU TỰ ĐÁNH GIÁ/);
    expect(cells(1, 2)).toBeNull();
  });

  it("finds the scoring sheet through the result names, wherever it stands and whatever it is called", async () => {
    const renamed = buildPlan(miniTemplate, { unit: "Xã Thử", sheetName: "Bảng điểm xã" });
    const composed = await composeWorkbook(renamed);
    const notes = composed.workbook.addWorksheet("Ghi chú");
    notes.getCell(1, 1).value = "không phải bảng chấm";
    // Put the notes sheet first among the tabs.
    (notes as unknown as { orderNo: number }).orderNo = -1;
    const bytes = await serializeWorkbook(composed);
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(check.worksheets[0].name).toBe("Ghi chú");
    const r = await readFilledWorkbook(bytes);
    expect([r.sheetName, r.meta?.unit]).toEqual(["Bảng điểm xã", "Xã Thử"]);
  });

  it("says meta is null for a workbook that is not ours, and takes the first visible sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ẩn").state = "hidden";
    wb.addWorksheet("Bảng").getCell("B2").value = 4.5;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readFilledWorkbook(data);
    expect([r.meta, r.sheetName, r.cells(2, 2), r.cells(9, 9)]).toEqual([null, "Bảng", 4.5, null]);
  });

  it("refuses bytes that are not an .xlsx workbook, with a Vietnamese message for the UI", async () => {
    const junk = new TextEncoder().encode("STT;Tiêu chí\n1;Kế hoạch\n");
    await expect(readFilledWorkbook(junk)).rejects.toBeInstanceOf(UnreadableWorkbookError);
    const r = await tryReadFilledWorkbook(junk, "bang-cham.csv");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.vi).toMatch(/^Không đọc được bang-cham\.csv: không phải tệp Excel \.xlsx hợp lệ/);
  });
});
