import { defaultOutPath, parseWorkbookArgs, USAGE } from "../../src/cli/workbookArgs";

const defaults = { template: null, unit: "", year: null, out: null, fromTable: null, sheet: null };

describe("parseWorkbookArgs", () => {
  it.each([
    { title: "no options", argv: [], expected: { ...defaults } },
    { title: "all options", argv: ["--template", "t.json", "--unit", "Phường Xuân An", "--year", "2024", "--out", "a/b.xlsx"], expected: { ...defaults, template: "t.json", unit: "Phường Xuân An", year: 2024, out: "a/b.xlsx" } },
    { title: "an appendix table and its sheet", argv: ["--from-table", "pl.xlsx", "--sheet", "PL1"], expected: { ...defaults, fromTable: "pl.xlsx", sheet: "PL1" } },
    { title: "--name=value form", argv: ["--unit=Xã Bàu Trâm", "--year=2025"], expected: { ...defaults, unit: "Xã Bàu Trâm", year: 2025 } },
    { title: "unit trimmed", argv: ["--unit", "  Phường Thử  "], expected: { ...defaults, unit: "Phường Thử" } },
    { title: "empty unit allowed (left blank on the sheet)", argv: ["--unit="], expected: { ...defaults } },
  ])("$title", ({ argv, expected }) => {
    expect(parseWorkbookArgs(argv)).toEqual({ ok: true, help: false, options: expected });
  });

  it.each([["--help"], ["-h"], ["--unit", "x", "--help"]])("%s prints the usage", (...argv) => {
    expect(parseWorkbookArgs(argv)).toEqual({ ok: true, help: true });
  });

  it.each([
    { title: "an unknown option", argv: ["--xlsx", "a"], message: /^Tùy chọn không hợp lệ: --xlsx/ },
    { title: "a bare word", argv: ["dong-nai"], message: /^Tùy chọn không hợp lệ: dong-nai/ },
    { title: "a missing value", argv: ["--template"], message: /^Thiếu giá trị cho --template/ },
    { title: "a value that is another option", argv: ["--out", "--year", "2024"], message: /^Thiếu giá trị cho --out/ },
    { title: "a year that is not a year", argv: ["--year", "2024.5"], message: /^Năm không hợp lệ: "2024.5"/ },
    { title: "a year out of range", argv: ["--year", "1999"], message: /^Năm không hợp lệ/ },
    { title: "a repeated option", argv: ["--unit", "a", "--unit", "b"], message: /hai lần/ },
  ])("refuses $title, in Vietnamese", ({ argv, message }) => {
    const r = parseWorkbookArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it("usage names every option", () => {
    for (const o of ["--template", "--from-table", "--sheet", "--unit", "--year", "--out", "--help"]) expect(USAGE).toContain(o);
  });

  it("default output path", () => {
    expect(defaultOutPath("dong-nai-2023-xa", 2024)).toBe("out/cham-diem-cchc-dong-nai-2023-xa-2024.xlsx");
  });
});
