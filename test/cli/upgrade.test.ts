import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runUpgradeCli } from "../../src/cli/upgrade";
import { EXIT_BAD_INPUT } from "../../src/cli/workbook";
import { buildPlan } from "../../src/sheet/buildPlan";
import { UNMATCHED_SHEET } from "../../src/sheet/upgrade";
import { METHODS } from "../../src/scoring/methods";
import type { CellValue, Entries, Entry } from "../../src/scoring/types";
import { builtinTemplates } from "../../src/template/builtin";
import { templateToJson } from "../../src/template/json";
import type { Template } from "../../src/template/schema";
import { defineTemplate } from "../../src/template/validate";
import { scoredEntries } from "../../src/template/walk";
import { ENTRY_COLUMNS } from "../../src/xlsx/consolidate/entries";
import { toCellValue } from "../../src/xlsx/cellValue";
import { ExcelJS } from "../../src/xlsx/exceljs";
import { readAuditWorkbook } from "../../src/xlsx/readAudit";
import { filledFile } from "../consolidate/support/filled";

const from = builtinTemplates[0];

/**
 * Version 1.1.0 of the built-in template: item 1.2 removed (its point moved to 1.1), item 3.2
 * lowered from 1 to 0.5 point with a new item 3.5 taking the other half.
 */
const to: Template = defineTemplate({
  ...from,
  version: "1.1.0",
  parts: from.parts.map((p, pi) =>
    pi !== 0
      ? p
      : {
          ...p,
          fields: p.fields.map((f, fi) =>
            fi !== 0
              ? f
              : {
                  ...f,
                  criteria: f.criteria.map((c, ci) => {
                    if (ci === 0) return { ...c, items: [{ ...c.items[0], maxPoints: 2, steps: [0, 1, 2] }, c.items[2]] };
                    if (ci === 2) return { ...c, items: [c.items[0], { ...c.items[1], maxPoints: 0.5, steps: [0, 0.5] }, c.items[2], c.items[3], { ...c.items[1], code: "3.5", name: "Mục mới tách từ 3.2", maxPoints: 0.5, steps: [0, 0.5] }] };
                    return c;
                  }),
                },
          ),
        },
  ),
});

/** Every column of every item typed in; the self score at the maximum where the commune scores. */
function fullyFilled(t: Template): Entries {
  const entries: Entries = {};
  for (const e of scoredEntries(t)) {
    const max = e.steps ? e.steps[e.steps.length - 1] : e.maxPoints;
    const entry: Entry = { evidence: `TLKC ${e.code}`, explanation: `Giải trình ${e.code}`, appraised: max, appraisalNote: `Thẩm định ${e.code}` };
    if (METHODS[e.method].selfScored) entry.self = max;
    if (e.mayBeNotApplicable) entry.notApplicable = "x";
    entries[e.key] = entry;
  }
  const first = scoredEntries(t)[3].key;
  entries[first] = { ...entries[first], evidence: '=HYPERLINK("http://x","TL")' };
  return entries;
}

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

const present = (v: CellValue | undefined) => v !== undefined && v !== null && v !== "";

describe("npm run upgrade", () => {
  let dir: string;
  const entries = fullyFilled(from);
  const unit = "Phường Xuân Hòa";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-upgrade-"));
    writeFileSync(join(dir, "da-nhap.xlsx"), await filledFile(buildPlan(from, { unit, year: 2023 }), entries));
    writeFileSync(join(dir, "moi.json"), templateToJson(to));
    writeFileSync(join(dir, "hong.json"), "{ \"id\": ");
    const plan = buildPlan(from, { unit });
    writeFileSync(join(dir, "chen.xlsx"), await filledFile(plan, entries, (ws) => ws.spliceRows(plan.layout.entries[0].row, 0, [])));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("carries every entry of a fully filled built-in sheet to the changed template: nothing lost", async () => {
    const input = join(dir, "da-nhap.xlsx");
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const t = capture(dir);
    expect(await runUpgradeCli(["da-nhap.xlsx", "--template", "moi.json", "--out", "kq/nang-cap.xlsx"], t.io)).toBe(0);
    const printed = t.out.join("\n");
    const withContent = Object.keys(entries).length;
    expect(printed).toContain(`- ${withContent} mục có dữ liệu; đã chuyển ${withContent - 1} mục sang biểu mới.`);
    expect(printed).toContain('- 2 mục không khớp (giữ ở trang "Mục không khớp"): 1 mục không còn trong bộ chỉ số mới, 1 mục có điểm vượt điểm tối đa mới.');
    expect(printed).toMatch(/• 1\.2 .*: mục không còn trong bộ chỉ số mới/);
    expect(printed).toMatch(/• 3\.2 .*: điểm vượt điểm tối đa mới 0\.5 \(cũ 1\)/);
    expect(printed).toContain("- 1 mục mới, để trống: 3.5.");
    expect(printed).toContain("- Số mục bị mất: 0.");
    expect(t.out[t.out.length - 1]).toBe(join("kq", "nang-cap.xlsx"));
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtime);

    // Read the new workbook back and find every entry: in the new sheet, or in "Mục không khớp".
    const bytes = readFileSync(join(dir, "kq", "nang-cap.xlsx"));
    const read = await readAuditWorkbook(new Uint8Array(bytes));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.meta).toMatchObject({ templateId: to.id, templateVersion: "1.1.0", unit, year: 2023 });
    const newPlan = buildPlan(to, { unit, sheetName: read.value.sheetName });
    const rowOf = new Map(newPlan.layout.entries.map((e) => [e.key, e.row]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const unmatched = wb.getWorksheet(UNMATCHED_SHEET)!;
    const unmatchedRows = new Map<string, CellValue[]>();
    unmatched.eachRow((row, n) => {
      if (n > 3) unmatchedRows.set(String(row.getCell(1).value), [6, 7, 8, 9, 10, 11].map((c) => toCellValue(row.getCell(c).value)));
    });
    const codeOf = new Map(scoredEntries(from).map((e) => [e.key, e.code]));
    let inSheet = 0;
    let inUnmatched = 0;
    const lost: string[] = [];
    for (const [key, entry] of Object.entries(entries)) {
      const typed = ENTRY_COLUMNS.map(([field]) => entry[field] ?? null);
      const row = rowOf.get(key);
      const there = row === undefined ? null : ENTRY_COLUMNS.map(([, col]) => read.value.cells(row, col));
      const kept = unmatchedRows.get(codeOf.get(key)!) ?? null;
      const same = (got: CellValue[] | null) => got !== null && typed.every((v, i) => (present(v) ? got[i] === v : !present(got[i])));
      if (same(there)) inSheet++;
      if (same(kept)) inUnmatched++;
      if (!same(there) && !same(kept)) lost.push(key);
    }
    expect(lost).toEqual([]);
    expect([inSheet, inUnmatched]).toEqual([withContent - 1, 2]);
    expect(read.value.cells(rowOf.get("I/I/3/3.5")!, 5)).toBeNull();
    // Text that looks like a formula is carried as text.
    const hyperlinkKey = scoredEntries(from)[3].key;
    expect(read.value.source.formula(rowOf.get(hyperlinkKey)!, 6)).toBeNull();
    expect(read.value.cells(rowOf.get(hyperlinkKey)!, 6)).toBe('=HYPERLINK("http://x","TL")');
  });

  it.each([
    { title: "--out the same as the input", args: ["da-nhap.xlsx", "--template", "moi.json", "--out", "./da-nhap.xlsx"], message: /phải khác tệp đã nhập/ },
    { title: "no --template", args: ["da-nhap.xlsx", "--out", "x.xlsx"], message: /Cần một tệp đã nhập, --template và --out/ },
    { title: "no --out", args: ["da-nhap.xlsx", "--template", "moi.json"], message: /Cần một tệp đã nhập, --template và --out/ },
    { title: "a broken template file", args: ["da-nhap.xlsx", "--template", "hong.json", "--out", "x.xlsx"], message: /Không dùng được bộ chỉ số hong\.json/ },
    { title: "an input that is not a workbook", args: ["moi.json", "--template", "moi.json", "--out", "x.xlsx"], message: /moi\.json: Không phải tệp Excel/ },
    { title: "an input with rows inserted", args: ["chen.xlsx", "--template", "moi.json", "--out", "x.xlsx"], message: /bị chèn hoặc xóa dòng[\s\S]*không chuyển dữ liệu/ },
  ])("exits 2 on $title, writing nothing", async ({ args, message }) => {
    const t = capture(dir);
    expect(await runUpgradeCli(args, t.io)).toBe(EXIT_BAD_INPUT);
    expect(t.err.join("\n")).toMatch(message);
    expect(() => statSync(join(dir, "x.xlsx"))).toThrow();
  });
});
