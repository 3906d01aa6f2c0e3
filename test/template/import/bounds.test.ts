import { performance } from "perf_hooks";
import { importFindingMessage, importTable, IMPORT_LIMITS, type TableCell } from "../../../src/template/import";

/** The import must stop in bounded time on anything it is given. */
const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
};

const header: TableCell[] = ["STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm điểm"];

describe("bounded import", () => {
  test("a 100,000-row sheet stops with a message, quickly", () => {
    const rows: TableCell[][] = [header];
    for (let i = 1; i <= 100_000; i++) rows.push([String((i % 999) + 1), `Tiêu chí ${i}`, 1, "Đạt: 1 điểm; không đạt: 0 điểm"]);
    const { value, ms } = timed(() => importTable(rows));
    expect(value.template).toBeNull();
    const stop = value.findings.find((f) => f.code === "tooLarge");
    expect(stop).toEqual({ code: "tooLarge", row: IMPORT_LIMITS.maxDataRows + 2, limit: IMPORT_LIMITS.maxDataRows });
    expect(importFindingMessage(stop!)).toMatch(/hơn 5000 dòng/);
    expect(ms).toBeLessThan(3000);
  });

  test("a sheet of numbers is not a table: no header, and the message lists the headers looked for", () => {
    const rows: TableCell[][] = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 40 }, (_, c) => r * 40 + c));
    const { value, ms } = timed(() => importTable(rows));
    expect(value.template).toBeNull();
    expect(value.findings.map((f) => f.code)).toEqual(["noHeader"]);
    const msg = importFindingMessage(value.findings[0]);
    for (const h of ["STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm", "Phương pháp", "Tài liệu kiểm chứng"]) expect(msg).toContain(h);
    expect(ms).toBeLessThan(1000);
  });

  test("prose under a header stops after a run of unrecognised rows", () => {
    const rows: TableCell[][] = [header, ["1", "Tiêu chí", 1, null]];
    for (let i = 0; i < 5000; i++) rows.push([null, `Đoạn văn số ${i} không phải tiêu chí`, null, null]);
    const { value, ms } = timed(() => importTable(rows));
    expect(value.template).toBeNull();
    const last = value.findings[value.findings.length - 1];
    expect(last).toMatchObject({ code: "notATable", row: 3 + IMPORT_LIMITS.maxUnrecognisedRun });
    expect(ms).toBeLessThan(1000);
  });

  test("huge cells and wide rows are cut, not parsed whole", () => {
    const big = "Hoàn thành: 1 điểm; ".repeat(200_000);
    const wide: TableCell[] = Array.from({ length: 20_000 }, () => "x");
    const rows: TableCell[][] = [header, ["1", big, 1, big], wide];
    const { value, ms } = timed(() => importTable(rows));
    expect(value.template).not.toBeNull();
    expect(ms).toBeLessThan(1000);
  });

  test("ragged, empty and non-array input gives findings, never an exception", () => {
    expect(importTable([]).findings.map((f) => f.code)).toEqual(["noHeader"]);
    expect(importTable([[], [null], header]).findings.map((f) => f.code)).toEqual(["noItems"]);
    expect(importTable(null as unknown as TableCell[][]).template).toBeNull();
    expect(importTable([header, ["1"], [null, "A"], ["2", "B", 1, null, null, null]]).template).not.toBeNull();
  });
});
