import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { EXIT_BAD_INPUT, runWorkbookCli } from "../../src/cli/workbook";
import { parseWorkbookArgs } from "../../src/cli/workbookArgs";
import { builtinTemplates } from "../../src/template/builtin";
import { readFilledWorkbook } from "../../src/xlsx/readFilled";

const fixture = (name: string) => resolve(__dirname, "../fixtures/import", name);

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

describe("npm run workbook -- --from-table", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-table-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the workbook of an official appendix table", async () => {
    const t = io(dir);
    expect(await runWorkbookCli(["--from-table", fixture("01-dong-nai-2023-phu-luc.tsv"), "--unit", "Xã Bảo Quang", "--out", "a.xlsx"], t.io)).toBe(0);
    expect(t.err).toEqual([]);
    const wb = await readFilledWorkbook(readFileSync(join(dir, "a.xlsx")));
    expect(wb.cells(2, 1)).toBe("Đơn vị: Xã Bảo Quang");
    const template = JSON.parse(wb.meta!.templateJson!);
    expect(template.parts.map((p: { maxPoints: number }) => p.maxPoints)).toEqual(builtinTemplates[0].parts.map((p) => p.maxPoints));
  });

  it("writes the workbook of a table that does not add up, shows each finding with its row, exits 1", async () => {
    const t = io(dir);
    expect(await runWorkbookCli(["--from-table", fixture("07-khong-cong-du.tsv"), "--out", "b.xlsx"], t.io)).toBe(1);
    expect(t.err.join("\n")).toMatch(/Dòng \d+: Tiêu chí 1 ghi 30 điểm/);
    expect(existsSync(join(dir, "b.xlsx"))).toBe(true);
  });

  it("refuses a table without a recognisable header: the headers looked for, exit 2, nothing written", async () => {
    const t = io(dir);
    expect(await runWorkbookCli(["--from-table", fixture("09-khong-co-tieu-de.tsv"), "--out", "c.xlsx"], t.io)).toBe(EXIT_BAD_INPUT);
    expect(t.err.join("\n")).toMatch(/Điểm tối đa/);
    expect(existsSync(join(dir, "c.xlsx"))).toBe(false);
  });

  it.each([
    [["--from-table", "a.xlsx", "--template", "t.json"], /Chỉ dùng một trong hai/],
    [["--sheet", "PL1"], /--sheet chỉ dùng cùng --from-table/],
  ])("refuses %j", (argv, message) => {
    const r = parseWorkbookArgs(argv);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });
});
