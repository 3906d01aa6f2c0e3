import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { buildPlan } from "../../src/sheet/buildPlan";
import { CONSOLIDATION_SHEET, PROBLEMS_SHEET } from "../../src/sheet/consolidation";
import { COL } from "../../src/sheet/plan";
import { scoreEntries } from "../../src/scoring/engine";
import type { Entries } from "../../src/scoring/types";
import { builtinTemplates } from "../../src/template/builtin";
import type { Template } from "../../src/template/schema";
import { defineTemplate } from "../../src/template/validate";
import { scoredEntries } from "../../src/template/walk";
import { consolidate, type ConsolidationOutcome } from "../../src/xlsx/consolidate/consolidate";
import type { FileProblem } from "../../src/xlsx/consolidate/problems";
import type { ConsolidationSource } from "../../src/xlsx/consolidate/readOne";
import { ExcelJS } from "../../src/xlsx/exceljs";
import { nodeInflate } from "../../src/xlsx/nodeInflate";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { cleanupLibreOffice, libreOfficeMissingReason, parseCsv, recalcToCsv, recalcToXlsx } from "../support/libreoffice";
import { systemSuite } from "../support/systemSuite";
import { filledFile, fullMarks, validEntries } from "./support/filled";
import { millionRowSheet, oleFile, workbookZip } from "./support/zips";

const template = builtinTemplates[0];
const items = scoredEntries(template);
const planFor = (unit: string, t: Template = template) => buildPlan(t, { unit });


interface Fixture {
  name: string;
  bytes?: Uint8Array;
  entries?: Entries;
  /** The problem codes expected for the file, and whether it is consolidated. */
  codes: Array<FileProblem["code"]>;
  taken: boolean;
  reason?: RegExp;
}

async function fixtures(): Promise<Fixture[]> {
  const a = validEntries(template, 1);
  const b = validEntries(template, 2);
  const tampered = validEntries(template, 3);
  const blanks = validEntries(template, 4, { blank: 5 });
  const invalid = validEntries(template, 5);
  const [first, , , , , , , eighth] = items.filter((e) => e.method === "self");
  invalid[first.key] = { self: "1,5", evidence: "x" };
  invalid[eighth.key] = { self: eighth.maxPoints + 1, evidence: "x" };
  const plainWorkbook = new ExcelJS.Workbook();
  plainWorkbook.addWorksheet("Bảng kê").getCell("A1").value = "Không phải biểu chấm điểm";
  const next = defineTemplate({ ...template, version: "1.0.1" });
  const entryRow = planFor("x").layout.entries[0].row;

  return [
    { name: "xa-a.xlsx", bytes: await filledFile(planFor("Xã A"), a), entries: a, codes: [], taken: true },
    { name: "xa-b.xlsx", bytes: await filledFile(planFor("Xã B"), b), entries: b, codes: [], taken: true },
    { name: "xa-b-hai.xlsx", bytes: await filledFile(planFor("Xã B Hai"), b), entries: b, codes: [], taken: true },
    { name: "xa-c.xlsx", bytes: await filledFile(planFor("Xã C"), fullMarks(template)), entries: fullMarks(template), codes: [], taken: true },
    {
      name: "xa-cong-thuc.xlsx",
      bytes: await filledFile(planFor("Xã Công Thức"), tampered, (ws) => {
        const p = planFor("x");
        ws.getCell(p.layout.results.totalRow, COL.self).value = 99;
        ws.getCell(entryRow, COL.selfCounted).value = { formula: "1", result: 1 } as never;
      }),
      entries: tampered,
      codes: ["formulasTampered"],
      taken: true,
      reason: /Đã tổng hợp, cần xem lại: 2 công thức bị sửa.*Ô E\d+: công thức đã bị thay bằng giá trị 99/,
    },
    { name: "xa-thieu.xlsx", bytes: await filledFile(planFor("Xã Thiếu"), blanks), entries: blanks, codes: ["missingScores"], taken: true, reason: /5 mục chưa chấm điểm tự đánh giá.*1\.1, 1\.2, 1\.3, 2\.1, 2\.2/ },
    { name: "xa-sai.xlsx", bytes: await filledFile(planFor("Xã Sai"), invalid), entries: invalid, codes: ["invalidEntries"], taken: true, reason: /2 điểm nhập không hợp lệ.*"1,5" là chữ/ },
    { name: "xa-a-lan-hai.xlsx", bytes: await filledFile(planFor("xã a"), a), entries: a, codes: ["duplicateUnit"], taken: true, reason: /Đơn vị "xã a" đã có trong tệp xa-a\.xlsx/ },
    { name: "khong-ten.xlsx", bytes: await filledFile(planFor(""), a), entries: a, codes: ["noUnit"], taken: true, reason: /dùng tên tệp/ },
    {
      name: "xa-chen-dong.xlsx",
      bytes: await filledFile(planFor("Xã Chèn Dòng"), a, (ws) => ws.spliceRows(entryRow + 2, 0, [])),
      codes: ["rowsShifted"],
      taken: false,
      reason: /Không tổng hợp: Bảng đã bị chèn hoặc xóa dòng/,
    },
    { name: "xa-phien-ban-khac.xlsx", bytes: await filledFile(buildPlan(next, { unit: "Xã Khác" }), a), codes: ["otherTemplate"], taken: false, reason: /phiên bản 1\.0\.1, trong khi tổng hợp theo dong-nai-2023-xa phiên bản 1\.0\.0/ },
    { name: "bang-ke.xlsx", bytes: new Uint8Array(await plainWorkbook.xlsx.writeBuffer()), codes: ["notOurs"], taken: false, reason: /Không phải biểu chấm điểm CCHC/ },
    { name: "hong.xlsx", bytes: (await filledFile(planFor("Xã Hỏng"), a)).slice(0, 3000), codes: ["unreadable"], taken: false, reason: /bị hỏng/ },
    { name: "bom.xlsx", bytes: workbookZip(new Uint8Array(16 * 1024 * 1024)), codes: ["unreadable"], taken: false, reason: /zip bomb/ },
    { name: "trieu-dong.xlsx", bytes: workbookZip(millionRowSheet(false)), codes: ["unreadable"], taken: false, reason: /1\.000\.000 dòng/ },
    { name: "mat-khau.xlsx", bytes: oleFile(["EncryptionInfo", "EncryptedPackage"]), codes: ["unreadable"], taken: false, reason: /Tệp có mật khẩu/ },
    { name: "ghi-chu.xlsx", bytes: new Uint8Array(Buffer.from("Ghi chú: nộp bản giấy trước 20/11\n", "utf8")), codes: ["unreadable"], taken: false, reason: /tệp văn bản/ },
    { name: "da-xoa.xlsx", codes: ["readFailed"], taken: false, reason: /không tìm thấy tệp/ },
  ];
}

const source = (f: Fixture): ConsolidationSource => ({
  name: f.name,
  size: f.bytes?.byteLength,
  read: async () => {
    if (!f.bytes) throw Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" });
    return f.bytes;
  },
});

describe("consolidate", () => {
  let files: Fixture[];
  let outcome: ConsolidationOutcome;
  const progress: Array<[number, number, string]> = [];
  beforeAll(async () => {
    files = await fixtures();
    outcome = await consolidate(files.map(source), { known: builtinTemplates, inflate: nodeInflate, onProgress: (d, t, f) => progress.push([d, t, f]) });
  });

  it("recognises the template most files carry", () => {
    expect([outcome.template.id, outcome.template.version]).toEqual([template.id, template.version]);
  });

  it("takes or refuses each file for the right reason, and never stops at a bad one", () => {
    expect(outcome.files.map((f) => [f.file, f.taken, f.problems.map((p) => p.code)])).toEqual(files.map((f) => [f.name, f.taken, f.codes]));
  });

  it("names every problem file in the Lỗi list with a Vietnamese reason", () => {
    for (const f of files.filter((x) => x.reason)) {
      const reasons = outcome.problems.filter((p) => p.file === f.name).map((p) => p.reason);
      expect(reasons.join("\n")).toMatch(f.reason!);
    }
    expect(outcome.problems.filter((p) => files.find((f) => f.name === p.file)!.codes.length === 0)).toEqual([]);
  });

  it("scores every commune taken from its entries, as the engine does (a tampered total is ignored)", () => {
    const taken = files.filter((f) => f.taken);
    expect(outcome.rows.map((r) => r.file)).toEqual(taken.map((f) => f.name));
    for (const [i, f] of taken.entries()) {
      const report = scoreEntries(template, f.entries!);
      expect(outcome.rows[i].final).toEqual(report.final);
      expect(outcome.rows[i].self.total).toBe(report.self.total);
      expect(outcome.rows[i].findings).toBe(report.findings.length);
    }
    expect(outcome.rows.find((r) => r.file === "xa-c.xlsx")!.final.total).toBe(100);
    expect(outcome.rows.find((r) => r.file === "xa-thieu.xlsx")!.blanks).toBe(5);
    expect(outcome.rows.find((r) => r.file === "khong-ten.xlsx")!.unit).toBe("khong-ten");
  });

  it("reports progress after each file, in order", () => {
    expect(progress).toEqual(files.map((f, i) => [i + 1, files.length, f.name]));
  });

  it("follows the template given rather than the majority", async () => {
    const next = defineTemplate({ ...template, version: "1.0.1" });
    const some = files.filter((f) => ["xa-a.xlsx", "xa-phien-ban-khac.xlsx"].includes(f.name));
    const r = await consolidate(some.map(source), { template: next, inflate: nodeInflate });
    expect(r.files.map((f) => [f.file, f.taken])).toEqual([
      ["xa-a.xlsx", false],
      ["xa-phien-ban-khac.xlsx", true],
    ]);
  });

  it("writes the Tổng hợp sheet with live ranks and data bars, and the Lỗi sheet", async () => {
    const bytes = await writeWorkbook(outcome.plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([CONSOLIDATION_SHEET, PROBLEMS_SHEET]);
    const { firstRow, rankCol } = outcome.plan.layout;
    expect(String(wb.getWorksheet(CONSOLIDATION_SHEET)!.getCell(firstRow, rankCol).formula)).toMatch(/^RANK\(/);
    const errors = wb.getWorksheet(PROBLEMS_SHEET)!;
    const listed = new Set<string>();
    errors.eachRow((row) => listed.add(String(row.getCell(2).value)));
    for (const f of files.filter((x) => x.codes.length > 0)) expect(listed).toContain(f.name);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(/<dataBar>/);
  });
});

systemSuite("consolidation with LibreOffice", libreOfficeMissingReason())("consolidation with LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-consolidate-lo-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    cleanupLibreOffice();
  });

  it("reads files re-saved by LibreOffice like the originals: same totals, formulas intact", async () => {
    const entries = [validEntries(template, 11), validEntries(template, 12, { blank: 3 }), fullMarks(template)];
    const originals = await Promise.all(entries.map(async (e, i) => {
      const path = join(dir, `goc-${i}.xlsx`);
      writeFileSync(path, await filledFile(planFor(`Xã Gốc ${i}`), e));
      return path;
    }));
    const resaved = await recalcToXlsx(originals, join(dir, "lo"));
    const fromDisk = (path: string): ConsolidationSource => ({ name: path, read: async () => new Uint8Array(readFileSync(path)) });
    const a = await consolidate(originals.map(fromDisk), { known: builtinTemplates, inflate: nodeInflate });
    const b = await consolidate(resaved.map(fromDisk), { known: builtinTemplates, inflate: nodeInflate });
    expect(b.files.map((f) => [f.taken, f.problems.map((p) => p.code)])).toEqual(a.files.map((f) => [f.taken, f.problems.map((p) => p.code)]));
    expect(b.rows.map((r) => [r.unit, r.final, r.self.total])).toEqual(a.rows.map((r) => [r.unit, r.final, r.self.total]));
    expect(b.files.flatMap((f) => f.problems).filter((p) => p.code === "formulasTampered")).toEqual([]);
  });

  it("the consolidation workbook, recalculated by LibreOffice, gives the engine's totals, ranks (ties equal) and counts", async () => {
    const sets = [validEntries(template, 21), validEntries(template, 22), validEntries(template, 22), fullMarks(template), validEntries(template, 23, { blank: 40 }), validEntries(template, 24)];
    const sources: ConsolidationSource[] = await Promise.all(
      sets.map(async (e, i) => {
        const bytes = await filledFile(planFor(`Phường ${String.fromCharCode(65 + i)}`), e);
        return { name: `p-${i}.xlsx`, read: async () => bytes };
      }),
    );
    const outcome = await consolidate(sources, { known: builtinTemplates, inflate: nodeInflate });
    const path = join(dir, "tong-hop.xlsx");
    writeFileSync(path, await writeWorkbook(outcome.plan));
    const csv = parseCsv(await recalcToCsv(path, CONSOLIDATION_SHEET));
    const { firstRow, lastRow, totalCol, rankCol, classCol, countsRow } = outcome.plan.layout;
    const engineTotals = new Map(outcome.rows.map((r) => [r.unit, r.final.total]));
    const rankOf = (t: number) => 1 + [...engineTotals.values()].filter((x) => x > t).length;
    const seen: string[] = [];
    for (let row = firstRow; row <= lastRow; row++) {
      const line = csv[row - 1];
      const unit = line[1];
      const total = Number(line[totalCol - 1]);
      seen.push(unit);
      expect(total).toBeCloseTo(engineTotals.get(unit)!, 6);
      expect(Number(line[rankCol - 1])).toBe(rankOf(engineTotals.get(unit)!));
      expect(line[classCol - 1]).toBe(outcome.rows.find((r) => r.unit === unit)!.final.classification);
    }
    expect(seen.sort()).toEqual([...engineTotals.keys()].sort());
    // Phường B and C typed the same entries: they share a rank, and the next rank is skipped.
    const rankIn = (unit: string) => Number(csv.find((l) => l[1] === unit)![rankCol - 1]);
    expect(rankIn("Phường B")).toBe(rankIn("Phường C"));
    expect(new Set(seen.map(rankIn)).size).toBe(sets.length - 1);
    const bands = [...template.bands].sort((x, y) => y.min - x.min);
    bands.forEach((band, i) => {
      const line = csv[countsRow + i];
      expect(line[1]).toBe(band.label);
      expect(Number(line[2])).toBe(outcome.rows.filter((r) => r.final.classification === band.label).length);
    });
  });
});
