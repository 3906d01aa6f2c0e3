import { detectCapabilities } from "../../src/excel/capabilities";
import { buildPlan } from "../../src/sheet/buildPlan";
import { explanationSheet } from "../../src/sheet/explanations";
import { COL } from "../../src/sheet/plan";
import { miniTemplate } from "../../src/template/builtin/mini";
import { CONSOLIDATION_FILE, createWorkbookActions } from "../../src/taskpane/wireWorkbookActions";
import type { WorkbookActions } from "../../src/taskpane/actions";
import { workbookWithEntries } from "../../src/xlsx/fillEntries";
import { a1 } from "../../src/sheet/address";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, UNIT, withHost } from "./helpers";

let host: InstalledExcelFake | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

const plan = miniPlan();
const texts = (m: { message: (lang: "vi" | "en") => string }) => [m.message("vi"), m.message("en")];

describe("outside Excel", () => {
  const actions: WorkbookActions = createWorkbookActions(false);

  test("every workbook action says it needs Excel, in both languages", async () => {
    const needs = ["Trang này không chạy trong Excel.", "This page is not running in Excel."];
    const sel = await actions.readSelection();
    if (sel.kind !== "error") throw new Error(JSON.stringify(sel));
    expect(texts(sel)).toEqual(needs);
    for (const r of [
      await actions.storeTemplate(miniTemplate),
      await actions.setProtectionMode(plan, miniTemplate, "appraiser"),
      await actions.repairFormulas(plan, { differences: [], repairable: true }),
      await actions.insertExtraSheet(plan.sheets[1], plan.styles, plan.font, false),
    ]) {
      if (r.ok || !("message" in r)) throw new Error(JSON.stringify(r));
      expect(texts(r)).toEqual(needs);
    }
    const audit = await actions.auditFormulas(plan);
    const up = await actions.upgradeSheet(plan, plan, {});
    if (audit.kind !== "error" || up.kind !== "error") throw new Error("expected errors");
    expect(texts(audit)).toEqual(needs);
    expect(texts(up)).toEqual(needs);
    expect(await actions.listStoredTemplates()).toEqual([]);
  });

  test("consolidation works anywhere: filled files in memory, one bad file named, the workbook handed over", async () => {
    const saved: Array<{ bytes: Uint8Array; name: string }> = [];
    const local = createWorkbookActions(false, { save: (bytes, name) => saved.push({ bytes, name }) });
    const commune = (unit: string, self: number) => {
      const p = buildPlan(miniTemplate, { unit });
      return workbookWithEntries(p, Object.fromEntries(p.layout.entries.map((e) => [e.key, { self: Math.min(self, 1), evidence: "QĐ" }])));
    };
    const files = [
      { name: "xa-a.xlsx", bytes: await commune("Xã A", 1) },
      { name: "xa-b.xlsx", bytes: await commune("Xã B", 0) },
      { name: "hong.xlsx", bytes: new TextEncoder().encode("không phải tệp Excel") },
    ];
    const progress: string[] = [];
    const r = await local.consolidate(files, (done, total, file) => progress.push(`${done}/${total} ${file}`));
    expect(r).toMatchObject({ kind: "consolidated", fileName: CONSOLIDATION_FILE, communes: 2 });
    if (r.kind !== "consolidated") throw new Error();
    expect(r.problems.map((p) => p.file)).toContain("hong.xlsx");
    expect(progress).toEqual(["1/3 xa-a.xlsx", "2/3 xa-b.xlsx", "3/3 hong.xlsx"]);
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe(CONSOLIDATION_FILE);
    expect(String.fromCharCode(saved[0].bytes[0], saved[0].bytes[1])).toBe("PK");
  });
});

describe("in Excel (fake)", () => {
  const actions = () => createWorkbookActions(true, { caps: detectCapabilities() });

  test("busy comes back as busy or as the cell-edit message", async () => {
    host = await withHost();
    expectInserted(await insert(plan));
    host.editMode = true;
    const a = actions();
    expect(await a.readSelection()).toEqual({ kind: "busy" });
    expect(await a.auditFormulas(plan)).toEqual({ kind: "busy" });
    expect(await a.upgradeSheet(plan, plan, {})).toEqual({ kind: "busy" });
    const r = await a.setProtectionMode(plan, miniTemplate, "appraiser");
    if (r.ok) throw new Error();
    expect(r.message("vi")).toMatch(/chế độ sửa ô/);
    expect(r.message("en")).toMatch(/cell-edit mode/);
  });

  test("the whole round: store and list, switch mode, audit, repair, explanation list, upgrade", async () => {
    host = await withHost();
    expectInserted(await insert(plan));
    const a = actions();
    expect(await a.storeTemplate(miniTemplate)).toEqual({ ok: true });
    expect(await a.listStoredTemplates()).toEqual([miniTemplate]);
    expect(await a.setProtectionMode(plan, miniTemplate, "appraiser")).toEqual({ ok: true });

    const row = plan.layout.entries[0].row;
    const sheet = host.sheet(plan.layout.sheetName);
    sheet.protection = { protected: false, options: {} };
    await host.userEdit(plan.layout.sheetName, a1(row, COL.selfCounted), 5);
    await host.userEdit(plan.layout.sheetName, a1(row, COL.self), 2);
    const audit = await a.auditFormulas(plan);
    if (audit.kind !== "audited") throw new Error(JSON.stringify(audit));
    expect(audit.result.differences).toHaveLength(1);
    expect(await a.repairFormulas(plan, audit.result)).toEqual({ ok: true });
    expect(await a.auditFormulas(plan)).toEqual({ kind: "audited", result: { differences: [], repairable: true } });

    const list = explanationSheet(miniTemplate, { [plan.layout.entries[0].key]: { self: 2 } }, plan.layout, { unit: UNIT, date: "01/12/2023" });
    expect(await a.insertExtraSheet(list, plan.styles, plan.font, false)).toEqual({ ok: true });
    expect(await a.insertExtraSheet(list, plan.styles, plan.font, false)).toEqual({ ok: false, exists: true });

    const next = buildPlan({ ...miniTemplate, version: "1.0.1" }, { unit: UNIT });
    const up = await a.upgradeSheet(plan, next, { [plan.layout.entries[0].key]: { self: 2 } });
    expect(up).toMatchObject({ kind: "upgraded", oldSheetRenamedTo: "Chấm điểm CCHC (cũ 1.0.0)" });
    expect(host.value(next.layout.sheetName, a1(next.layout.entries[0].row, COL.self))).toBe(2);
  });

  test("a repair the audit cannot do is explained", async () => {
    host = await withHost();
    const r = await actions().repairFormulas(plan, { differences: [{ kind: "rowsShifted", row: 12, expectedCode: "1.1", found: null }], repairable: false });
    if (r.ok) throw new Error();
    expect(r.message("vi")).toMatch(/chèn hoặc xóa dòng/);
    expect(r.message("en")).toMatch(/inserted or deleted/);
  });
});
