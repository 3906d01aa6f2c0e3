import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlan } from "../../src/sheet/buildPlan";
import { normalizeFormula } from "../../src/sheet/audit";
import { COL } from "../../src/sheet/plan";
import type { CellValue } from "../../src/scoring/types";
import { miniTemplate } from "../../src/template/builtin/mini";
import { readWorkbookFast } from "../../src/xlsx/consolidate/fastRead";
import { readSheet } from "../../src/xlsx/consolidate/sheetXml";
import { readSharedStrings, readWorkbookParts } from "../../src/xlsx/consolidate/packageParts";
import { nodeInflate } from "../../src/xlsx/nodeInflate";
import { readAuditWorkbook, type AuditedWorkbook } from "../../src/xlsx/readAudit";
import { cleanupLibreOffice, libreOfficeMissingReason, recalcToXlsx } from "../support/libreoffice";
import { systemSuite } from "../support/systemSuite";
import { filledFile, validEntries } from "./support/filled";

const plan = buildPlan(miniTemplate, { unit: "Phường Đa Dạng", year: 2024 });
const rows = plan.layout.entries.map((e) => e.row);
const SHARED_COL = 17; // Q: free of the plan, for shared formulas

/** Every kind of value a cell can hold, typed into the entry columns, and shared formulas beside them. */
async function variedFile(): Promise<Uint8Array> {
  const entries = validEntries(miniTemplate, 7);
  return filledFile(plan, entries, (ws) => {
    const [a, b, c, d, e] = rows;
    ws.getCell(a, COL.evidence).value = { text: "QĐ 12/QĐ-UBND", hyperlink: "https://example.invalid/qd12.pdf" };
    ws.getCell(a, COL.explanation).value = { richText: [{ text: "Đã " }, { text: "giải trình", font: { italic: true } }] };
    ws.getCell(b, COL.self).value = "1,5";
    ws.getCell(b, COL.appraised).value = { error: "#N/A" };
    ws.getCell(b, COL.explanation).value = 'a < b & c > "d" \'e\'';
    ws.getCell(c, COL.self).value = true;
    ws.getCell(c, COL.evidence).value = new Date(Date.UTC(2023, 10, 20));
    ws.getCell(c, COL.explanation).value = "  2  ";
    ws.getCell(d, COL.evidence).value = "=HYPERLINK(\"http://x\")";
    ws.getCell(d, COL.explanation).value = "dài ".repeat(2000);
    ws.getCell(e, COL.appraisalNote).value = "Dòng 1\nDòng 2";
    ws.getCell(a, SHARED_COL).value = { formula: `K${a}*2+$C$${a}`, result: 3 } as never;
    for (let r = a + 1; r <= a + 5; r++) ws.getCell(r, SHARED_COL).value = { sharedFormula: `Q${a}`, result: 0 } as never;
  });
}

function expectSameReading(a: AuditedWorkbook, b: AuditedWorkbook, lastRow: number): void {
  expect(b.sheetName).toBe(a.sheetName);
  expect(b.meta).toEqual(a.meta);
  const diffs: string[] = [];
  const same = (x: CellValue, y: CellValue) => (typeof x === "number" && typeof y === "number" ? Math.abs(x - y) < 1e-9 : JSON.stringify(x) === JSON.stringify(y));
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= SHARED_COL; c++) {
      const [x, y] = [a.cells(r, c), b.cells(r, c)];
      if (!same(x, y)) diffs.push(`value ${r},${c}: ${JSON.stringify(x).slice(0, 60)} vs ${JSON.stringify(y).slice(0, 60)}`);
      const [f, g] = [a.source.formula(r, c), b.source.formula(r, c)];
      if ((f === null) !== (g === null) || (f !== null && g !== null && normalizeFormula(f) !== normalizeFormula(g))) diffs.push(`formula ${r},${c}: ${f} vs ${g}`);
    }
  }
  expect(diffs).toEqual([]);
  const names = (w: AuditedWorkbook) => new Map(w.source.names.map((n) => [n.name, n.ref]));
  for (const n of plan.names) expect(names(b).get(n.name)).toBe(names(a).get(n.name));
}

describe("the bulk reader reads what ExcelJS reads", () => {
  it("values of every kind, formulas (shared ones translated), names and meta, in a file written by ExcelJS", async () => {
    const bytes = await variedFile();
    const [a, b] = [await readAuditWorkbook(bytes), await readWorkbookFast(bytes, { inflate: nodeInflate })];
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expectSameReading(a.value, b.value, plan.layout.results.classificationRow + 5);
    // The readings are not vacuous: the values typed in are there.
    const [r0, r1, r2, r3] = rows;
    expect(b.value.cells(r0, COL.evidence)).toBe("QĐ 12/QĐ-UBND");
    expect(b.value.cells(r1, COL.appraised)).toEqual({ error: "#N/A" });
    expect(b.value.cells(r2, COL.evidence)).toBe(45250);
    expect(b.value.cells(r3, COL.evidence)).toBe('=HYPERLINK("http://x")');
    expect(b.value.source.formula(r0 + 3, SHARED_COL)).toBe(`K${r0 + 3}*2+$C$${r0}`);
    expect(b.value.source.locked!(r0, COL.self)).toBe(false);
    expect(b.value.source.locked!(r0, COL.selfCounted)).toBe(true);
  });
});

systemSuite("the bulk reader on files re-saved by LibreOffice", libreOfficeMissingReason())("the bulk reader on files re-saved by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-fastread-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    cleanupLibreOffice();
  });

  it("reads the same values, formulas, names and meta as ExcelJS, and the locked flags as LibreOffice wrote them", async () => {
    const src = join(dir, "da-dang.xlsx");
    writeFileSync(src, await variedFile());
    const [resaved] = await recalcToXlsx([src], join(dir, "lo"));
    const bytes = new Uint8Array(readFileSync(resaved));
    const [a, b] = [await readAuditWorkbook(bytes), await readWorkbookFast(bytes, { inflate: nodeInflate })];
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expectSameReading(a.value, b.value, plan.layout.results.classificationRow + 5);
    // LibreOffice computed the helper columns: cached results are read as values.
    expect(typeof b.value.cells(rows[0], COL.selfCounted)).toBe("number");
    // LibreOffice writes locked="false": inputs are unlocked, formulas locked, in both readers.
    for (const w of [a.value, b.value]) {
      expect(w.source.locked!(rows[0], COL.self)).toBe(false);
      expect(w.source.locked!(rows[0], COL.selfCounted)).toBe(true);
    }
  });
});

describe("readSheet on hand-written XML (what other writers produce)", () => {
  const shared = readSharedStrings(
    '<sst><si><t>một</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">hai </t></r><r><t>ba</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t/></si></sst>',
  );
  it("reads shared strings with runs joined and phonetic runs left out", () => expect(shared).toEqual(["một", "hai ba", ""]));

  it.each<{ title: string; xml: string; at: [number, number]; value: CellValue; formula?: string | null }>([
    { title: "shared string", xml: '<row r="1"><c r="A1" t="s"><v>1</v></c></row>', at: [1, 1], value: "hai ba" },
    { title: "number", xml: '<row r="2"><c r="B2" s="3"><v>1.5</v></c></row>', at: [2, 2], value: 1.5 },
    { title: "inline string", xml: '<row r="1"><c r="C1" t="inlineStr"><is><t>x &amp; y</t></is></c></row>', at: [1, 3], value: "x & y" },
    { title: "boolean", xml: '<row r="1"><c r="A1" t="b"><v>0</v></c></row>', at: [1, 1], value: false },
    { title: "error", xml: '<row r="1"><c r="A1" t="e"><v>#DIV/0!</v></c></row>', at: [1, 1], value: { error: "#DIV/0!" } },
    { title: "ISO date", xml: '<row r="1"><c r="A1" t="d"><v>2023-11-20T00:00:00</v></c></row>', at: [1, 1], value: 45250 },
    { title: "formula with a text result", xml: '<row r="1"><c r="A1" t="str"><f>IF(B1&gt;0,"Tốt","")</f><v>Tốt</v></c></row>', at: [1, 1], value: "Tốt", formula: 'IF(B1>0,"Tốt","")' },
    { title: "formula never calculated", xml: '<row r="1"><c r="A1"><f>SUM(B1:B2)</f></c></row>', at: [1, 1], value: null, formula: "SUM(B1:B2)" },
    { title: "formula with an empty text result", xml: '<row r="1"><c r="A1" t="str"><f>""</f><v></v></c></row>', at: [1, 1], value: null, formula: '""' },
    { title: "prefixed elements", xml: '<x:row r="4"><x:c r="D4" t="s"><x:v>0</x:v></x:c></x:row>', at: [4, 4], value: "một" },
    { title: "cells and rows without r", xml: "<row><c><v>1</v></c><c><v>2</v></c></row><row><c/><c><v>4</v></c></row>", at: [2, 2], value: 4 },
    {
      title: "shared formula child",
      xml: '<row r="5"><c r="K5"><f t="shared" ref="K5:K7" si="0">SUM(E5:$E$9)+\'Trang A\'!B5</f><v>1</v></c></row><row r="7"><c r="K7"><f t="shared" si="0"/><v>2</v></c></row>',
      at: [7, 11],
      value: 2,
      formula: "SUM(E7:$E$9)+'Trang A'!B7",
    },
  ])("$title", ({ xml, at, value, formula }) => {
    const sheet = readSheet(`<worksheet><sheetData>${xml}</sheetData></worksheet>`, shared);
    const cell = sheet.cell(at[0], at[1]);
    expect(cell?.value ?? null).toEqual(value);
    if (formula !== undefined) expect(cell?.formula ?? null).toBe(formula);
  });

  it("reads merged-away cells as merged, the top-left not", () => {
    const sheet = readSheet('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells></worksheet>', shared);
    expect([sheet.mergedAway(1, 1), sheet.mergedAway(1, 2), sheet.mergedAway(2, 3), sheet.mergedAway(3, 1)]).toEqual([false, true, true, false]);
  });

  it("resolves sheets through the relationships, and reads defined names", () => {
    const wb = readWorkbookParts(
      '<workbook xmlns:r="r"><sheets><sheet name="Chấm điểm" sheetId="1" r:id="rId2"/><sheet name="CCHC_Meta" sheetId="2" state="hidden" r:id="rId1"/></sheets><definedNames><definedName name="TongDiem">\'Chấm điểm\'!$E$45</definedName></definedNames></workbook>',
      '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/meta.xml"/><Relationship Id="rId2" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    expect(wb.sheets).toEqual([
      { name: "Chấm điểm", state: "visible", part: "xl/worksheets/sheet1.xml" },
      { name: "CCHC_Meta", state: "hidden", part: "xl/worksheets/meta.xml" },
    ]);
    expect(wb.names).toEqual([{ name: "TongDiem", ref: "'Chấm điểm'!$E$45" }]);
  });
});
