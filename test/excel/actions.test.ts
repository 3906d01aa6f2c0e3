import { watchSheet } from "../../src/excel/events";
import { setProtection } from "../../src/excel/protect";
import { selectCell } from "../../src/excel/select";
import { detectCapabilities } from "../../src/excel/capabilities";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

describe("selectCell", () => {
  test("activates the sheet and selects the cell, in one sync", async () => {
    host = await withHost({ sheets: [{ name: "Sheet1" }, { name: "Chấm điểm CCHC" }] });
    expect(await selectCell("Chấm điểm CCHC", "E12")).toEqual({ kind: "done" });
    expect(host.model.activeSheet?.name).toBe("Chấm điểm CCHC");
    expect(host.model.selection).toMatchObject({ rect: { top: 12, left: 5, bottom: 12, right: 5 } });
    expect(host.runs[0].syncs).toBe(1);
  });

  test("a missing sheet and a hidden sheet come back as problems", async () => {
    host = await withHost({ sheets: [{ name: "Sheet1" }, { name: "Ẩn", visibility: "Hidden" }] });
    expect(await selectCell("Không có", "A1")).toEqual({ kind: "error", problem: { code: "sheetMissing", sheetName: "Không có" } });
    expect(await selectCell("Ẩn", "A1")).toMatchObject({ kind: "error", problem: { code: "officeError", officeCode: "InvalidOperation" } });
  });
});

describe("watchSheet", () => {
  test("calls back on each edit of that sheet until stopped", async () => {
    host = await withHost({ sheets: [{ name: "A" }, { name: "B" }] });
    let calls = 0;
    const watch = await watchSheet("A", () => void calls++);
    if (watch.kind !== "watching") throw new Error(JSON.stringify(watch));
    await host.userEdit("A", "E12", 1);
    await host.userEdit("B", "E12", 1);
    await host.userEdit("A", "F12", "QĐ 1");
    expect(calls).toBe(2);
    expect(await watch.stop()).toEqual({ kind: "done" });
    await host.userEdit("A", "E13", 1);
    expect(calls).toBe(2);
  });

  test("before ExcelApi 1.7 it says so instead of failing", async () => {
    host = await withHost({ apiVersion: "1.6" });
    expect(await watchSheet("Sheet1", () => undefined)).toEqual({ kind: "error", problem: { code: "unsupported", feature: "events" } });
  });

  test("a missing sheet", async () => {
    host = await withHost();
    expect(await watchSheet("Không có", () => undefined)).toEqual({ kind: "error", problem: { code: "sheetMissing", sheetName: "Không có" } });
  });
});

describe("setProtection", () => {
  test("already in the asked state: no error, nothing changed", async () => {
    host = await withHost({ sheets: [{ name: "S", protected: true }] });
    expect(await setProtection("S", true)).toEqual({ kind: "done", protected: true, changed: false });
    expect(await setProtection("S", false)).toEqual({ kind: "done", protected: false, changed: true });
    expect(host.sheet("S").protection.protected).toBe(false);
    expect(await setProtection("S", false)).toEqual({ kind: "done", protected: false, changed: false });
    expect(await setProtection("S", true)).toEqual({ kind: "done", protected: true, changed: true });
    expect(host.sheet("S").protection.options).toMatchObject({ allowInsertHyperlinks: true, selectionMode: "Normal" });
    expect(Math.max(...host.runs.map((r) => r.syncs))).toBeLessThanOrEqual(2);
  });

  test("unprotect needs ExcelApi 1.7; protect works from 1.2", async () => {
    host = await withHost({ apiVersion: "1.2", sheets: [{ name: "S" }] });
    expect(await setProtection("S", true, { caps: detectCapabilities() })).toMatchObject({ kind: "done", changed: true });
    expect(await setProtection("S", false)).toEqual({ kind: "error", problem: { code: "unsupported", feature: "unprotect" } });
  });

  test("a missing sheet", async () => {
    host = await withHost();
    expect(await setProtection("Không có", true)).toEqual({ kind: "error", problem: { code: "sheetMissing", sheetName: "Không có" } });
  });
});
