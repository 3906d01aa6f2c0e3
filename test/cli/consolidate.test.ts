import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runConsolidateCli, type ConsolidateIo } from "../../src/cli/consolidate";
import { EXIT_BAD_INPUT } from "../../src/cli/workbook";
import { buildPlan } from "../../src/sheet/buildPlan";
import { CONSOLIDATION_SHEET, PROBLEMS_SHEET } from "../../src/sheet/consolidation";
import { scoreEntries } from "../../src/scoring/engine";
import { miniTemplate } from "../../src/template/builtin/mini";
import { ExcelJS } from "../../src/xlsx/exceljs";
import { filledFile, validEntries } from "../consolidate/support/filled";
import { oleFile } from "../consolidate/support/zips";

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: ConsolidateIo = { out: (l) => out.push(l), err: (l) => err.push(l), progress: (l) => progress.push(l), cwd };
  return { io, out, err, progress };
}

/** Bytes and modification time of every file under dir, to prove that nothing was written there. */
function snapshot(dir: string): Map<string, { bytes: string; mtime: number }> {
  return new Map(readdirSync(dir).map((f) => [f, { bytes: readFileSync(join(dir, f)).toString("base64"), mtime: statSync(join(dir, f)).mtimeMs }]));
}

describe("npm run consolidate (in process)", () => {
  let dir: string;
  let folder: string;
  const units = ["Xã Bình Lộc", "Phường Xuân An", "Xã Hàng Gòn"];
  const entries = units.map((_, i) => validEntries(miniTemplate, 100 + i));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-consolidate-cli-"));
    folder = join(dir, "ho-so");
    mkdirSync(folder);
    for (const [i, unit] of units.entries()) writeFileSync(join(folder, `xa-${i + 1}.xlsx`), await filledFile(buildPlan(miniTemplate, { unit }), entries[i]));
    writeFileSync(join(folder, "ghi-chu.xlsx"), "Nộp bản giấy trước ngày 20/11\n");
    writeFileSync(join(folder, "mat-khau.xlsx"), oleFile(["EncryptionInfo", "EncryptedPackage"]));
    writeFileSync(join(folder, "cong-van.pdf"), "%PDF-1.4\n");
    writeFileSync(join(folder, "~$xa-1.xlsx"), "owner file");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("consolidates a folder: the result workbook, a progress line per file, sources untouched", async () => {
    const before = snapshot(folder);
    const t = capture(dir);
    expect(await runConsolidateCli(["ho-so", "--out", "kq/tong-hop.xlsx"], t.io)).toBe(0);
    expect(t.err).toEqual([]);
    expect(t.progress).toEqual(["ghi-chu.xlsx", "mat-khau.xlsx", "xa-1.xlsx", "xa-2.xlsx", "xa-3.xlsx"].map((f, i) => `Đang đọc ${i + 1}/5: ${join("ho-so", f)}`));
    expect(t.out[0]).toBe(join("kq", "tong-hop.xlsx"));
    expect(t.out.join("\n")).toMatch(/Đã tổng hợp 3\/5 tệp/);
    expect(t.out.join("\n")).toMatch(/ghi-chu\.xlsx: Không tổng hợp: Không phải tệp Excel \.xlsx \(đây là tệp văn bản\)/);
    expect(snapshot(folder)).toEqual(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, "kq", "tong-hop.xlsx")) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet(CONSOLIDATION_SHEET)!;
    const headers = (summary.getRow(4).values as unknown[]).map(String);
    const totalCol = headers.indexOf("Tổng điểm (kết quả)");
    const listed = new Map([5, 6, 7].map((r) => [String(summary.getCell(r, 2).value), summary.getCell(r, totalCol).value]));
    expect(listed).toEqual(new Map(units.map((u, i) => [u, scoreEntries(miniTemplate, entries[i]).final.total])));
    const problems: string[] = [];
    wb.getWorksheet(PROBLEMS_SHEET)!.eachRow((row, n) => n > 3 && problems.push(`${row.getCell(2).value}: ${row.getCell(3).value}`));
    expect(problems.join("\n")).toMatch(/mat-khau\.xlsx: Không tổng hợp: Tệp có mật khẩu/);
  });

  it("leaves its own output out when it lies in the folder consolidated", async () => {
    const t = capture(dir);
    expect(await runConsolidateCli(["ho-so", "--out", "ho-so/tong-hop.xlsx"], t.io)).toBe(0);
    const again = capture(dir);
    expect(await runConsolidateCli(["ho-so", "--out", "ho-so/tong-hop.xlsx"], again.io)).toBe(0);
    expect(again.progress).toHaveLength(5);
    rmSync(join(folder, "tong-hop.xlsx"));
  });

  it.each<{ title: string; args: string[]; message: RegExp }>([
    { title: "no input", args: [], message: /Chưa chỉ ra thư mục hoặc tệp/ },
    { title: "an unknown option", args: ["ho-so", "--bogus"], message: /Tùy chọn không hợp lệ: --bogus/ },
    { title: "a missing value", args: ["ho-so", "--out"], message: /Thiếu giá trị cho --out/ },
    { title: "a path that does not exist", args: ["khong-co"], message: /Không tìm thấy: khong-co/ },
    { title: "an output that is an input", args: ["ho-so/xa-1.xlsx", "--out", "ho-so/xa-1.xlsx"], message: /không được trùng với tệp nguồn/ },
    { title: "an output that is not .xlsx", args: ["ho-so", "--out", "tong-hop.csv"], message: /phải có đuôi \.xlsx/ },
    { title: "a bad template file", args: ["ho-so", "--template", "ho-so/ghi-chu.xlsx"], message: /Không dùng được bộ chỉ số/ },
    { title: "a folder without spreadsheets", args: ["."], message: /Không có tệp Excel nào/ },
  ])("exits 2 on $title, writing nothing", async ({ args, message }) => {
    const empty = mkdtempSync(join(tmpdir(), "cchc-consolidate-empty-"));
    mkdirSync(join(empty, "ho-so"));
    for (const f of readdirSync(folder)) writeFileSync(join(empty, "ho-so", f), readFileSync(join(folder, f)));
    const before = snapshot(join(empty, "ho-so"));
    const t = capture(args[0] === "." ? mkdtempSync(join(tmpdir(), "cchc-consolidate-none-")) : empty);
    expect(await runConsolidateCli(args, t.io)).toBe(EXIT_BAD_INPUT);
    expect(t.err.join("\n")).toMatch(message);
    expect(snapshot(join(empty, "ho-so"))).toEqual(before);
    expect(readdirSync(empty)).toEqual(["ho-so"]);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe("npm run consolidate (as a process)", () => {
  it("prints progress on stderr and the result on stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-consolidate-proc-"));
    try {
      writeFileSync(join(dir, "xa.xlsx"), await filledFile(buildPlan(miniTemplate, { unit: "Xã Một" }), validEntries(miniTemplate, 1)));
      const tsx = resolve("node_modules/.bin/tsx");
      const run = (args: string[]) =>
        new Promise<{ code: number; stdout: string; stderr: string }>((ok) =>
          execFile(tsx, [resolve("src/cli/consolidate.ts"), ...args], { cwd: dir, env: { ...process.env, INIT_CWD: dir } }, (e, stdout, stderr) => ok({ code: e ? Number(e.code) : 0, stdout, stderr })),
        );
      const good = await run(["xa.xlsx", "--out", "th.xlsx"]);
      expect(good.code).toBe(0);
      expect(good.stderr).toMatch(/Đang đọc 1\/1: xa\.xlsx/);
      expect(good.stdout).toMatch(/^th\.xlsx\n/);
      const bad = await run(["--nope"]);
      expect(bad.code).toBe(EXIT_BAD_INPUT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
