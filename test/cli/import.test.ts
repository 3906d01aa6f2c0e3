import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT_BAD_INPUT, EXIT_WRITTEN, EXIT_WRITTEN_WITH_ERRORS, runImportCli } from "../../src/cli/import";
import { parseImportArgs } from "../../src/cli/importArgs";
import { templateFromJson } from "../../src/template/json";
import { appendixWorkbook } from "../fixtures/import/appendixWorkbook";

const FIXTURES = join(__dirname, "../fixtures/import");
const ROOT = join(__dirname, "../..");

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out, err };
}

const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("npm run import", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-import-"));
  });

  test("a clean TSV table: template JSON written, exit 0, the input untouched", async () => {
    const input = join(FIXTURES, "03-gach-dau-dong.tsv");
    const before = sha(input);
    const r = await run([input, "--out", "out/bo-chi-so.json", "--id", "gach-dau-dong", "--year", "2023"], dir);
    expect(r.code).toBe(EXIT_WRITTEN);
    expect(r.err).toEqual([]);
    expect(r.out[r.out.length - 1]).toBe("Đã ghi out/bo-chi-so.json: Phần I: 1 lĩnh vực, 2 tiêu chí, 4 mục chấm, 10 điểm.");
    const t = templateFromJson(readFileSync(join(dir, "out/bo-chi-so.json"), "utf8"));
    expect(t.ok).toBe(true);
    if (t.ok) expect(t.value.parts[0].fields[0].criteria[1].items.map((i) => i.steps)).toEqual([[0, 1, 2], [0, 2, 4]]);
    expect(sha(input)).toBe(before);
  });

  test("an .xlsx sheet chosen by name", async () => {
    const input = join(dir, "phu-luc.xlsx");
    writeFileSync(input, await appendixWorkbook());
    const before = sha(input);
    const r = await run([input, "--sheet", "Phụ lục 1", "--out=bo.json", "--lang", "en"], dir);
    expect(r.code).toBe(EXIT_WRITTEN);
    expect(r.out).toEqual([
      "[Info] The table has no classification bands; using Excellent from 90, Good from 80, Fair from 70, Average from 50, Weak below 50. Check them against the province's decision.",
      "Written bo.json: Part I: 1 fields, 1 criteria, 2 scored entries, 4 points.",
    ]);
    expect(sha(input)).toBe(before);
  });

  test("a table that does not add up is written, its errors printed with their rows, exit 1", async () => {
    const r = await run([join(FIXTURES, "07-khong-cong-du.tsv"), "--out", "bo.json"], dir);
    expect(r.code).toBe(EXIT_WRITTEN_WITH_ERRORS);
    expect(r.err).toEqual([
      "[LỖI] Dòng 3: Lĩnh vực I ghi 50 điểm nhưng các mục con cộng lại được 45 điểm; đã lấy 45.",
      "[LỖI] Dòng 3: Phần I phải có tổng 100 điểm nhưng các lĩnh vực, tiêu chí cộng lại được 94,5 điểm.",
      "[LỖI] Dòng 4: Tiêu chí 1 ghi 30 điểm nhưng các mục con cộng lại được 25 điểm; đã lấy 25.",
      "[LỖI] Dòng 10: dòng tổng ghi 100 điểm nhưng các tiêu chí cộng lại được 94,5 điểm.",
    ]);
    expect(existsSync(join(dir, "bo.json"))).toBe(true);
  });

  test.each<[string, () => string[], RegExp]>([
    ["no header", () => [join(FIXTURES, "09-khong-co-tieu-de.tsv"), "--out", "bo.json"], /Không tìm thấy dòng tiêu đề.*Điểm tối đa/],
    ["a missing file", () => ["khong-co.xlsx", "--out", "bo.json"], /Không đọc được tệp .*khong-co.xlsx: không tìm thấy tệp/],
    ["a Word file", () => [join(FIXTURES, "09-khong-co-tieu-de.tsv").replace(/\.tsv$/, ".docx"), "--out", "bo.json"], /không tìm thấy tệp|\.docx chưa đọc được/],
    ["a missing sheet", () => [join(FIXTURES, "../../fixtures/import/01-dong-nai-2023-phu-luc.tsv"), "--sheet", "A", "--out", "bo.json"], /--sheet chỉ dùng với tệp Excel/],
    ["no --out", () => [join(FIXTURES, "03-gach-dau-dong.tsv")], /Thiếu --out/],
    ["a bad year", () => [join(FIXTURES, "03-gach-dau-dong.tsv"), "--out", "bo.json", "--year", "23"], /Năm không hợp lệ/],
    ["an unknown option", () => [join(FIXTURES, "03-gach-dau-dong.tsv"), "--out", "bo.json", "--force"], /Tùy chọn không hợp lệ: --force/],
  ])("bad input (%s): a Vietnamese message, exit 2, nothing written", async (_name, argv, message) => {
    const r = await run(argv(), dir);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err.join("\n")).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("the output may not overwrite the input", async () => {
    const input = join(dir, "bang.tsv");
    writeFileSync(input, readFileSync(join(FIXTURES, "03-gach-dau-dong.tsv")));
    const before = sha(input);
    const r = await run([input, "--out", "bang.tsv"], dir);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err[0]).toMatch(/không ghi đè/);
    expect(sha(input)).toBe(before);
  });

  test("a binary file that is not .xlsx", async () => {
    const input = join(dir, "anh.png");
    writeFileSync(input, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = await run([input, "--out", "bo.json"], dir);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err[0]).toMatch(/không phải tệp Excel/);
  });

  test("argument parsing", () => {
    expect(parseImportArgs(["--help"])).toEqual({ ok: true, help: true });
    expect(parseImportArgs(["a.xlsx", "b.xlsx", "--out", "x"])).toMatchObject({ ok: false });
    expect(parseImportArgs(["a.xlsx", "--out", "x", "--id", "Có Dấu"])).toMatchObject({ ok: false });
    expect(parseImportArgs(["a.xlsx", "--out", "x", "--title", "Bộ chỉ số", "--year", "2024"])).toEqual({
      ok: true,
      help: false,
      options: { file: "a.xlsx", sheet: null, out: "x", id: null, title: "Bộ chỉ số", year: 2024, lang: "vi" },
    });
  });

  test("the npm script runs as a process", () => {
    const p = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "src/cli/import.ts"), join(FIXTURES, "02-phan-ii-khong-dau.tsv"), "--out", join(dir, "p2.json")], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(p.status).toBe(0);
    expect(p.stdout).toContain("Phần I: 10 tiêu chí, 15 mục chấm, 50 điểm");
    expect(existsSync(join(dir, "p2.json"))).toBe(true);
  });
});
