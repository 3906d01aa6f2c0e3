import { detectCapabilities } from "../../src/excel/capabilities";
import { setProtectionMode } from "../../src/excel/protectionMode";
import { a1 } from "../../src/sheet/address";
import { COL } from "../../src/sheet/plan";
import { miniTemplate } from "../../src/template/builtin/mini";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

async function inserted() {
  host = await withHost();
  const plan = miniPlan();
  expectInserted(await insert(plan));
  return plan;
}

describe("setProtectionMode", () => {
  test("appraiser: appraisal columns open, self-assessment locked, entries untouched; officer: back again", async () => {
    const plan = await inserted();
    const name = plan.layout.sheetName;
    const row = plan.layout.entries[0].row;
    await host.userEdit(name, a1(row, COL.self), 2);
    await host.userEdit(name, a1(row, COL.evidence), "QĐ 1");
    await expect(host.userEdit(name, a1(row, COL.appraised), 1)).rejects.toMatchObject({ code: "AccessDenied" });

    expect(await setProtectionMode(plan, miniTemplate, "appraiser")).toEqual({ kind: "done", mode: "appraiser" });
    expect(host.runs[host.runs.length - 1].syncs).toBe(2);
    const sheet = host.sheet(name);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.options).toMatchObject({ allowInsertHyperlinks: true, allowFormatColumns: true, allowFormatRows: true });
    for (const e of plan.layout.entries) {
      expect(host.format(name, a1(e.row, COL.appraised), "protection.locked")).toBe(false);
      expect(host.format(name, a1(e.row, COL.appraisalNote), "protection.locked")).toBe(false);
      expect(host.format(name, a1(e.row, COL.self), "protection.locked")).toBe(true);
      expect(host.format(name, a1(e.row, COL.evidence), "protection.locked")).toBe(true);
    }
    expect(host.value(name, a1(row, COL.self))).toBe(2);
    expect(host.value(name, a1(row, COL.evidence))).toBe("QĐ 1");
    await host.userEdit(name, a1(row, COL.appraised), 1.5);
    await expect(host.userEdit(name, a1(row, COL.self), 0)).rejects.toMatchObject({ code: "AccessDenied" });

    expect(await setProtectionMode(plan, miniTemplate, "officer")).toEqual({ kind: "done", mode: "officer" });
    await host.userEdit(name, a1(row, COL.self), 1);
    await expect(host.userEdit(name, a1(row, COL.appraised), 0)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.value(name, a1(row, COL.appraised))).toBe(1.5);
    // Formula cells stay locked whatever the mode.
    const formula = plan.sheets[0].cells.find((c) => c.kind === "formula")!;
    expect(host.format(name, a1(formula.row, formula.col), "protection.locked")).toBe(true);
  });

  test("an unprotected sheet ends protected in the chosen mode", async () => {
    const plan = await inserted();
    host.sheet(plan.layout.sheetName).protection = { protected: false, options: {} };
    expect(await setProtectionMode(plan, miniTemplate, "appraiser")).toEqual({ kind: "done", mode: "appraiser" });
    expect(host.sheet(plan.layout.sheetName).protection.protected).toBe(true);
  });

  test("cell-edit mode, a missing sheet and an Excel without unprotect come back as values", async () => {
    const plan = await inserted();
    host.editMode = true;
    expect(await setProtectionMode(plan, miniTemplate, "appraiser")).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    host.editMode = false;
    const gone = { ...plan, layout: { ...plan.layout, sheetName: "Không có" } };
    expect(await setProtectionMode(gone, miniTemplate, "appraiser")).toEqual({ kind: "error", problem: { code: "sheetMissing", sheetName: "Không có" } });
    const old = detectCapabilities((_n, v) => Number(v) <= 1.6);
    expect(await setProtectionMode(plan, miniTemplate, "appraiser", old)).toEqual({ kind: "error", problem: { code: "unsupported", feature: "unprotect" } });
    expect(host.format(plan.layout.sheetName, a1(plan.layout.entries[0].row, COL.appraised), "protection.locked")).toBe(true);
  });

  test("without RangeAreas (ExcelApi 1.8) each area is set on its own", async () => {
    host = await withHost({ apiVersion: "1.8" });
    const plan = miniPlan();
    expectInserted(await insert(plan));
    expect(await setProtectionMode(plan, miniTemplate, "appraiser")).toEqual({ kind: "done", mode: "appraiser" });
    expect(host.format(plan.layout.sheetName, a1(plan.layout.entries[2].row, COL.appraised), "protection.locked")).toBe(false);
    expect(host.format(plan.layout.sheetName, a1(plan.layout.entries[2].row, COL.self), "protection.locked")).toBe(true);
  });
});
