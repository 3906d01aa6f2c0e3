import { detectCapabilities, missingFeatures } from "../../src/excel/capabilities";
import { installExcelFake, type InstalledExcelFake } from "../fakes/excelFake";

let host: InstalledExcelFake | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

describe("detectCapabilities", () => {
  test.each([
    { title: "Excel 2016 volume licence", version: "1.1", level: "standalone", on: [], off: ["protection", "names", "dataValidation"] },
    { title: "Excel 2016 updated", version: "1.7", level: "standalone", on: ["conditionalFormats", "freeze", "events"], off: ["dataValidation"] },
    { title: "Excel 2019", version: "1.8", level: "noPrint", on: ["dataValidation", "names"], off: ["pageLayout", "rangeAreas"] },
    { title: "Excel 2021", version: "1.14", level: "full", on: ["pageLayout", "rangeAreas", "insertFromBase64"], off: [] },
    { title: "Microsoft 365", version: "1.17", level: "full", on: ["pageLayout", "insertFromBase64"], off: [] },
  ])("$title (ExcelApi $version): $level", ({ version, level, on, off }) => {
    host = installExcelFake({ apiVersion: version });
    const caps = detectCapabilities();
    expect(caps.level).toBe(level);
    for (const f of on) expect([f, caps[f as keyof typeof caps]]).toEqual([f, true]);
    for (const f of off) expect([f, caps[f as keyof typeof caps]]).toEqual([f, false]);
  });

  test("1.10 is later than 1.9 (versions are strings, not numbers)", () => {
    const seen: string[] = [];
    detectCapabilities((_name, v) => {
      seen.push(String(v));
      return true;
    });
    expect(seen).toContain("1.13");
    expect(seen.every((v) => typeof v === "string")).toBe(true);
  });

  test("outside Office: standalone, nothing supported", () => {
    const caps = detectCapabilities(null);
    expect(caps.level).toBe("standalone");
    expect(caps.dataValidation).toBe(false);
  });
});

describe("missingFeatures", () => {
  test("one sentence per missing feature, naming its ExcelApi set, in Vietnamese and English", () => {
    host = installExcelFake({ apiVersion: "1.8" });
    const caps = detectCapabilities();
    const vi = missingFeatures(caps, "vi");
    expect(vi).toEqual([expect.stringMatching(/thiết lập in.*ExcelApi 1\.9/)]);
    expect(missingFeatures(caps, "en")).toEqual([expect.stringMatching(/print setup.*ExcelApi 1\.9/)]);
  });

  test("below 1.8 it also points to the standalone workbook", () => {
    host = installExcelFake({ apiVersion: "1.4" });
    const vi = missingFeatures(detectCapabilities(), "vi");
    expect(vi.length).toBeGreaterThan(4);
    expect(vi[vi.length - 1]).toMatch(/tệp Excel độc lập/);
  });

  test("nothing missing on a current Excel", () => {
    host = installExcelFake();
    expect(missingFeatures(detectCapabilities(), "vi")).toEqual([]);
  });
});
