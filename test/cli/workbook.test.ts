import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { EXIT_BAD_INPUT, runWorkbookCli } from "../../src/cli/workbook";
import { builtinTemplates } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import { templateToJson } from "../../src/template/json";
import { readFilledWorkbook } from "../../src/xlsx/readFilled";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

describe("npm run workbook (in process)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the built-in template's workbook to out/cham-diem-cchc-<id>-<year>.xlsx and prints the path", async () => {
    const t = io(dir);
    expect(await runWorkbookCli([], t.io)).toBe(0);
    const expected = `out/cham-diem-cchc-${builtinTemplates[0].id}-${builtinTemplates[0].year}.xlsx`;
    expect(t.out).toEqual([expected]);
    const wb = await readFilledWorkbook(readFileSync(join(dir, expected)));
    expect(wb.meta?.templateId).toBe(builtinTemplates[0].id);
  });

  it("takes a template file, unit, year and output", async () => {
    writeFileSync(join(dir, "mini.json"), templateToJson(miniTemplate));
    const t = io(dir);
    expect(await runWorkbookCli(["--template", "mini.json", "--unit", "Xã Thử", "--year", "2025", "--out", "kq/a.xlsx"], t.io)).toBe(0);
    expect(t.out).toEqual(["kq/a.xlsx"]);
    const wb = await readFilledWorkbook(readFileSync(join(dir, "kq/a.xlsx")));
    expect(wb.meta).toMatchObject({ templateId: miniTemplate.id, unit: "Xã Thử", year: 2025 });
    expect(wb.cells(2, 1)).toBe("Đơn vị: Xã Thử");
  });

  const bad = (mutate: (t: Record<string, any>) => void) => {
    const t = JSON.parse(templateToJson(miniTemplate));
    mutate(t);
    return JSON.stringify(t, null, 2);
  };
  it.each([
    { title: "a file that is not JSON", text: '{\n  "id": "x",\n  oops\n}', message: /^- Tệp bad\.json không phải JSON hợp lệ \(dòng 3, cột 3\)/ },
    {
      title: "a criterion that does not add up",
      text: bad((t) => (t.parts[0].fields[0].criteria[0].items[0].maxPoints = 3)),
      message: /^- Phần I, tiêu chí 1: điểm tối đa ghi 4 nhưng các mục con cộng lại được 5/,
    },
    { title: "a wrong structure", text: bad((t) => delete t.parts), message: /^- Bộ chỉ số sai cấu trúc tại parts/ },
  ])("refuses $title: Vietnamese message, exit 2, nothing written", async ({ text, message }) => {
    writeFileSync(join(dir, "bad.json"), text);
    const t = io(dir);
    expect(await runWorkbookCli(["--template", "bad.json", "--out", "x.xlsx"], t.io)).toBe(EXIT_BAD_INPUT);
    expect(t.err[0]).toBe("Không tạo được biểu chấm điểm từ bad.json:");
    expect(t.err.slice(1).some((l) => message.test(l))).toBe(true);
    expect(t.out).toEqual([]);
    expect(readdirSync(dir)).toEqual(["bad.json"]);
  });

  it("refuses a missing template file and bad options the same way", async () => {
    const t = io(dir);
    expect(await runWorkbookCli(["--template", "khong-co.json"], t.io)).toBe(EXIT_BAD_INPUT);
    expect(t.err[1]).toBe("- Không đọc được tệp khong-co.json: không tìm thấy tệp");
    const u = io(dir);
    expect(await runWorkbookCli(["--year", "hai nghìn"], u.io)).toBe(EXIT_BAD_INPUT);
    expect(u.err[0]).toMatch(/^Năm không hợp lệ/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("npm run workbook (the real command)", () => {
  it("exits 2 on a bad template and 0 with the path otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-cli-"));
    writeFileSync(join(dir, "bad.json"), "[1,");
    const root = resolve(__dirname, "../..");
    const tsx = join(root, "node_modules/.bin/tsx");
    const runCli = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
        execFile(tsx, ["src/cli/workbook.ts", ...args], { cwd: root, env: { ...process.env, INIT_CWD: dir } }, (e, stdout, stderr) =>
          done({ code: e ? Number(e.code) : 0, stdout, stderr }),
        ),
      );
    const badRun = await runCli(["--template", "bad.json", "--out", "x.xlsx"]);
    expect(badRun.code).toBe(EXIT_BAD_INPUT);
    expect(badRun.stderr).toContain("Tệp bad.json không phải JSON hợp lệ");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
    const good = await runCli(["--unit", "Phường Thử", "--out", "x.xlsx"]);
    expect(good).toMatchObject({ code: 0, stdout: "x.xlsx\n" });
    expect(existsSync(join(dir, "x.xlsx"))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
