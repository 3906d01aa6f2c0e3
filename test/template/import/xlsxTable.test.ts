import ExcelJS from "exceljs";
import { performance } from "perf_hooks";
import { PassThrough } from "stream";
import { importTable, xlsxTableProblemMessage } from "../../../src/template/import";
import { cellValue, readXlsxTable } from "../../../src/template/import/xlsxTable";
import { appendixWorkbook } from "../../fixtures/import/appendixWorkbook";
import { parseTemplate } from "../../../src/template/validate";

const EXPECTED = {
  id: "xlsx-thu",
  version: "1.0.0",
  title: "BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2023",
  year: 2023,
  parts: [
    {
      code: "I",
      title: "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
      maxPoints: 4,
      factor: 1,
      fields: [
        {
          code: "I",
          name: "Công tác chỉ đạo, điều hành",
          maxPoints: 4,
          criteria: [
            {
              code: "1",
              name: "Kế hoạch cải cách hành chính",
              maxPoints: 4,
              items: [
                { code: "1.1", name: "Ban hành kế hoạch", maxPoints: 1, rule: "Đúng hạn: 1 điểm\nChậm: 0,5 điểm\nKhông ban hành: 0 điểm", steps: [0, 0.5, 1] },
                {
                  code: "1.2",
                  name: "Mức độ hoàn thành kế hoạch",
                  maxPoints: 3,
                  rule: "Hoàn thành 100%: 3 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm",
                  steps: [0, 1.5, 3],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  bands: [{ label: "Đạt", min: 2 }, { label: "Chưa đạt", min: 0 }],
};

describe("reading an .xlsx sheet into a table", () => {
  test("merged cells, numeric codes, rich text and formula results import as the expected template", async () => {
    const bytes = await appendixWorkbook();
    const copy = Buffer.from(bytes);
    const r = await readXlsxTable(bytes, "phụ lục 1");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sheetName).toBe("Phụ lục 1");
    expect(r.sheetNames).toEqual(["Hướng dẫn", "Phụ lục 1"]);
    expect(r.rows[6]).toEqual([null, null, 0.5, "Chậm"]);
    expect(r.rows[3].slice(0, 3)).toEqual(["I", "Công tác chỉ đạo, điều hành", 4]);
    const result = importTable(r.rows, { id: "xlsx-thu", bands: EXPECTED.bands });
    expect(result.findings).toEqual([]);
    const want = parseTemplate(EXPECTED);
    expect(want.ok).toBe(true);
    if (want.ok) expect(result.template).toEqual(want.value);
    expect(bytes.equals(copy)).toBe(true);
  });

  test("the first sheet by default; a missing sheet lists those there are", async () => {
    const bytes = await appendixWorkbook();
    const first = await readXlsxTable(bytes);
    expect(first.ok && first.sheetName).toBe("Hướng dẫn");
    if (first.ok) expect(importTable(first.rows).findings.map((f) => f.code)).toEqual(["noHeader"]);
    const missing = await readXlsxTable(bytes, "Phụ lục 2");
    expect(missing).toEqual({ ok: false, problem: { code: "noSheet", sheet: "Phụ lục 2", available: ["Hướng dẫn", "Phụ lục 1"] } });
    if (!missing.ok) expect(xlsxTableProblemMessage(missing.problem)).toBe('Không có trang tính "Phụ lục 2". Các trang tính trong tệp: Hướng dẫn, Phụ lục 1.');
  });

  test("not an .xlsx: a message, no exception", async () => {
    const r = await readXlsxTable(Buffer.from("STT\tNội dung\n"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("unreadable");
      expect(xlsxTableProblemMessage(r.problem)).toMatch(/^Không đọc được tệp Excel/);
    }
  });

  test("a 100,000-row sheet is read only as far as an appendix can go, and the import stops with a message", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet("Lớn");
    ws.addRow(["STT", "Nội dung", "Điểm tối đa"]).commit();
    for (let i = 1; i <= 100_000; i++) ws.addRow([(i % 999) + 1, `Tiêu chí ${i}`, 1]).commit();
    ws.commit();
    await wb.commit();
    const bytes = Buffer.concat(chunks);

    const t0 = performance.now();
    const r = await readXlsxTable(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.truncated).toBe(true);
    expect(r.rows.length).toBeLessThan(6000);
    const result = importTable(r.rows);
    const ms = performance.now() - t0;
    expect(result.template).toBeNull();
    expect(result.findings.map((f) => f.code)).toContain("tooLarge");
    expect(ms).toBeLessThan(15_000);
  });

  test.each<[ExcelJS.CellValue, string | number | null]>([
    [null, null],
    ["", null],
    [2.5, 2.5],
    [true, "TRUE"],
    [{ richText: [{ text: "a" }, { text: "b" }] }, "ab"],
    [{ formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue, 2],
    [{ formula: "X()" } as ExcelJS.CellFormulaValue, null],
    [{ text: "Kế hoạch", hyperlink: "https://example.invalid" }, "Kế hoạch"],
    [{ error: "#REF!" } as ExcelJS.CellErrorValue, null],
  ])("cell value %p", (value, expected) => {
    expect(cellValue(value)).toEqual(expected);
  });
});
