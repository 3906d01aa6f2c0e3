import { readSelection, tableCell, topRowOf } from "../../src/excel/selection";
import { importTable } from "../../src/template/import";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

async function select(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}

describe("readSelection", () => {
  test("the selected table's values, blanks as null, with the sheet row of its top", async () => {
    host = await withHost({
      sheets: [{ name: "Phụ lục", cells: { B5: "STT", C5: "Nội dung", D5: "Điểm tối đa", B6: "I", C6: "Lĩnh vực", D6: 2, B7: "1", C7: "Tiêu chí", D7: "0,5", C8: "#N/A" } }],
    });
    await select("Phụ lục", "B5:D8");
    const r = await readSelection();
    expect(r).toEqual({
      kind: "table",
      address: "'Phụ lục'!B5:D8",
      firstRow: 5,
      rows: [
        ["STT", "Nội dung", "Điểm tối đa"],
        ["I", "Lĩnh vực", 2],
        [1, "Tiêu chí", "0,5"],
        [null, "#N/A", null],
      ],
    });
  });

  test("a whole-column selection is clipped to the cells holding values", async () => {
    host = await withHost({ sheets: [{ name: "S", cells: { A3: "STT", B3: "Nội dung", A4: 1, B9: "cuối" } }] });
    await select("S", "A:C");
    const r = await readSelection();
    expect(r).toMatchObject({ kind: "table", firstRow: 3, address: "S!A3:B9" });
    if (r.kind === "table") expect(r.rows).toHaveLength(7);
  });

  test("an empty selection gives no rows; a huge one a message, before its values are loaded", async () => {
    host = await withHost({ sheets: [{ name: "S", cells: { A1: "x", A20001: "y" } }] });
    await select("S", "C5:D9");
    expect(await readSelection()).toEqual({ kind: "table", rows: [], address: "S!C5:D9", firstRow: 5 });
    await select("S", "A1:A20001");
    const ops = host.totals.operations;
    const r = await readSelection();
    expect(r).toEqual({ kind: "error", problem: { code: "selectionTooLarge", rows: 20001, cols: 1, maxRows: 10000, maxCols: 60 } });
    expect(host.operationsByLabel.get("Range.values")).toBeUndefined();
    expect(host.totals.operations - ops).toBeLessThan(10);
  });

  test("cell-edit mode: busy", async () => {
    host = await withHost({ sheets: [{ name: "S", cells: { A1: "x" } }] });
    await select("S", "A1");
    host.editMode = true;
    expect(await readSelection()).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
  });

  test("the values feed the appendix import with findings on sheet rows", async () => {
    host = await withHost({
      sheets: [
        {
          name: "S",
          cells: { A10: "STT", B10: "Nội dung", C10: "Điểm tối đa", A11: "I", B11: "Lĩnh vực một", C11: 2, A12: "1", B12: "Tiêu chí một", C12: 2, A13: "2", B13: "Tiêu chí hai" },
        },
      ],
    });
    await select("S", "A10:C13");
    const r = await readSelection();
    if (r.kind !== "table") throw new Error(JSON.stringify(r));
    const imported = importTable(r.rows, { firstRowNumber: r.firstRow });
    // Criterion 2 has no max points: the finding names sheet row 13, not row 4 of the table.
    expect(imported.findings.filter((f) => f.code === "missingMax").map((f) => f.row)).toEqual([13]);
  });
});

test("helpers", () => {
  expect(topRowOf("'Bảng 1'!5:40")).toBe(5);
  expect(topRowOf("Sheet1!A:F")).toBe(1);
  expect(topRowOf("Sheet1!$B$7:$C$9")).toBe(7);
  expect([tableCell(""), tableCell(0), tableCell(true), tableCell("a")]).toEqual([null, 0, "TRUE", "a"]);
});
