import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { EXIT_DIFFERENCES, runAuditCli } from "../../src/cli/audit";
import { EXIT_BAD_INPUT } from "../../src/cli/workbook";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL } from "../../src/sheet/plan";
import { miniTemplate } from "../../src/template/builtin/mini";
import { ExcelJS } from "../../src/xlsx/exceljs";
import { cleanupLibreOffice, libreOfficeMissingReason, recalcToXlsx } from "../support/libreoffice";
import { systemSuite } from "../support/systemSuite";
import { filledFile, validEntries } from "../consolidate/support/filled";

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

const plan = buildPlan(miniTemplate, { unit: "Phường Kiểm Tra" });
const entries = validEntries(miniTemplate, 3);
const [first, second] = plan.layout.entries;
const totalRow = plan.layout.results.totalRow;

/** Typed over a total, a counted formula edited, a formula cell unlocked: what the audit must find. */
const tamper = (ws: ExcelJS.Worksheet) => {
  ws.getCell(totalRow, COL.self).value = 9.5;
  ws.getCell(first.row, COL.selfCounted).value = { formula: "E11+1", result: 0 } as never;
  ws.getCell(second.row, COL.finalCounted).protection = { locked: false };
};

/** A defined name pointed elsewhere, in the file's XML as another program would leave it. */
async function renamedRef(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const changed = xml.replace(/(<definedName name="TongDiem"[^>]*>)[^<]*(<\/definedName>)/, (_m, open: string, close: string) => `${open}'Chấm điểm CCHC'!$E$1${close}`);
  expect(changed).not.toBe(xml);
  zip.file("xl/workbook.xml", changed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("npm run audit", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-audit-"));
    writeFileSync(join(dir, "sach.xlsx"), await filledFile(plan, entries));
    writeFileSync(join(dir, "sua.xlsx"), await renamedRef(await filledFile(plan, entries, tamper)));
    writeFileSync(join(dir, "chen.xlsx"), await filledFile(plan, entries, (ws) => ws.spliceRows(first.row, 0, [])));
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = 1;
    writeFileSync(join(dir, "khac.xlsx"), new Uint8Array(await plain.xlsx.writeBuffer()));
    writeFileSync(join(dir, "ghi-chu.xlsx"), "không phải bảng tính\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 on an untouched file", async () => {
    const t = capture(dir);
    expect(await runAuditCli(["sach.xlsx"], t.io)).toBe(0);
    expect(t.out).toEqual([`Kiểm tra công thức sach.xlsx, trang "Chấm điểm CCHC", theo bộ chỉ số ${miniTemplate.id} phiên bản ${miniTemplate.version}:`, expect.stringMatching(/^Không có sai khác/)]);
  });

  it("lists each difference with the expected formula and exits 1, reading the file only", async () => {
    const before = { bytes: readFileSync(join(dir, "sua.xlsx")), mtime: statSync(join(dir, "sua.xlsx")).mtimeMs };
    const t = capture(dir);
    expect(await runAuditCli(["sua.xlsx"], t.io)).toBe(EXIT_DIFFERENCES);
    const printed = t.out.join("\n");
    const totalFormula = plan.sheets[0].cells.find((c) => c.row === totalRow && c.col === COL.self && c.kind === "formula");
    expect(printed).toContain(`- Ô E${totalRow}: công thức đã bị thay bằng giá trị 9.5; công thức đúng: ${totalFormula?.kind === "formula" ? totalFormula.formula : "?"}`);
    expect(printed).toMatch(new RegExp(`- Ô K${first.row}: công thức bị sửa thành =E11\\+1; công thức đúng: =`));
    expect(printed).toContain(`- Ô công thức L${second.row} không được khóa`);
    expect(printed).toMatch(/- Tên TongDiem trỏ tới 'Chấm điểm CCHC'!\$E\$1; phải trỏ tới/);
    expect(printed).toMatch(/4 sai khác; "Khôi phục công thức"/);
    expect(readFileSync(join(dir, "sua.xlsx")).equals(before.bytes)).toBe(true);
    expect(statSync(join(dir, "sua.xlsx")).mtimeMs).toBe(before.mtime);
  });

  it("prints English with --lang en", async () => {
    const t = capture(dir);
    expect(await runAuditCli(["sua.xlsx", "--lang", "en"], t.io)).toBe(EXIT_DIFFERENCES);
    expect(t.out.join("\n")).toMatch(/Cell E\d+: the formula was replaced by the value 9\.5/);
  });

  it("says rows were inserted, and exits 1", async () => {
    const t = capture(dir);
    expect(await runAuditCli(["chen.xlsx"], t.io)).toBe(EXIT_DIFFERENCES);
    expect(t.out.join("\n")).toMatch(/bảng đã bị chèn hoặc xóa dòng[\s\S]*hãy chèn lại biểu mẫu/);
  });

  it.each([
    { args: ["khac.xlsx"], message: /khac\.xlsx: Không phải biểu chấm điểm CCHC/ },
    { args: ["ghi-chu.xlsx"], message: /ghi-chu\.xlsx: Không phải tệp Excel \.xlsx \(đây là tệp văn bản\)/ },
    { args: ["khong-co.xlsx"], message: /khong-co\.xlsx: Không mở được tệp \(không tìm thấy tệp\)/ },
    { args: [], message: /Cần đúng một tệp/ },
    { args: ["sach.xlsx", "khac.xlsx"], message: /Cần đúng một tệp/ },
    { args: ["sach.xlsx", "--lang", "fr"], message: /--lang chỉ nhận vi hoặc en/ },
  ])("exits 2 for $args", async ({ args, message }) => {
    const t = capture(dir);
    expect(await runAuditCli(args, t.io)).toBe(EXIT_BAD_INPUT);
    expect(t.err.join("\n")).toMatch(message);
  });
});

systemSuite("npm run audit on files re-saved by LibreOffice", libreOfficeMissingReason())("npm run audit on files re-saved by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-audit-lo-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    cleanupLibreOffice();
  });

  it("finds nothing in an untouched file and the same differences in a tampered one", async () => {
    writeFileSync(join(dir, "sach.xlsx"), await filledFile(plan, entries));
    writeFileSync(join(dir, "sua.xlsx"), await filledFile(plan, entries, tamper));
    await recalcToXlsx([join(dir, "sach.xlsx"), join(dir, "sua.xlsx")], join(dir, "lo"));
    const clean = capture(dir);
    expect(await runAuditCli(["lo/sach.xlsx"], clean.io)).toBe(0);
    const tampered = capture(dir);
    expect(await runAuditCli(["lo/sua.xlsx"], tampered.io)).toBe(EXIT_DIFFERENCES);
    const printed = tampered.out.join("\n");
    expect(printed).toContain(`Ô E${totalRow}: công thức đã bị thay bằng giá trị 9.5`);
    expect(printed).toMatch(new RegExp(`Ô K${first.row}: công thức bị sửa thành =E11\\+1`));
    // LibreOffice writes locked="false", which ExcelJS alone would read as locked.
    expect(printed).toContain(`Ô công thức L${second.row} không được khóa`);
  });
});
