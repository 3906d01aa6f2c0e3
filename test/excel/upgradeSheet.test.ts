import { auditFormulas } from "../../src/excel/auditWorkbook";
import { readSheet } from "../../src/excel/readSheet";
import { entryBlocks, entryInput, keptName, upgradeSheet } from "../../src/excel/upgradeSheet";
import { a1 } from "../../src/sheet/address";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL, type WorkbookPlan } from "../../src/sheet/plan";
import { planUpgrade } from "../../src/sheet/upgrade";
import { miniTemplate } from "../../src/template/builtin/mini";
import { nextMini } from "../support/nextMini";
import type { Entries } from "../../src/scoring/types";
import type { InstalledExcelFake } from "../fakes/excelFake";
import { expectInserted, insert, miniPlan, UNIT, withHost } from "./helpers";

let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const next = nextMini;

/** Typed as an officer and an appraiser would, including text Excel would otherwise turn into formulas or numbers. */
const TYPED: Record<string, Partial<Record<"self" | "evidence" | "explanation" | "appraised" | "appraisalNote" | "notApplicable", string | number | boolean>>> = {
  "I/I/1/1.1": { self: 2, evidence: "'=HYPERLINK(\"http://x\")", appraised: 1, appraisalNote: "đủ" },
  "I/I/1/1.2": { self: 1.5, explanation: "'1,5 vì chậm", appraised: "#N/A" },
  "I/I/2": { self: 2, evidence: "BC 3" },
  "I/II/3/3.2": { notApplicable: "x", evidence: "'-2 hồ sơ" },
  "II/1/a": { self: "'+1", appraisalNote: "'@ghi chú" },
};

async function filled(): Promise<{ plan: WorkbookPlan; entries: Entries }> {
  host = await withHost();
  const plan = miniPlan();
  expectInserted(await insert(plan));
  host.sheet(plan.layout.sheetName).protection = { protected: false, options: {} };
  const rowOf = new Map(plan.layout.entries.map((e) => [e.key, e.row]));
  for (const [key, fields] of Object.entries(TYPED))
    for (const [field, v] of Object.entries(fields)) await host.userEdit(plan.layout.sheetName, a1(rowOf.get(key)!, COL[field as keyof typeof COL]), v);
  host.protectSheet(plan.layout.sheetName, { allowFormatColumns: true });
  const read = await readSheet(plan.layout);
  if (read.kind !== "read") throw new Error(JSON.stringify(read));
  return { plan, entries: read.entries };
}

describe("upgradeSheet", () => {
  test("keeps the old sheet under a new name and carries every entry to the new sheet", async () => {
    const { plan, entries } = await filled();
    expect(entries["I/I/1/1.1"].evidence).toBe('=HYPERLINK("http://x")');
    expect(entries["I/I/1/1.2"].appraised).toEqual({ error: "#N/A" });
    const up = planUpgrade(miniTemplate, next, entries);
    const newPlan = buildPlan(next, { unit: UNIT });

    const r = await upgradeSheet(plan, newPlan, up.carried);
    if (r.kind !== "upgraded") throw new Error(JSON.stringify(r));
    expect(r.oldSheetRenamedTo).toBe("Chấm điểm CCHC (cũ 1.0.0)");
    expect(r.oldMetaRenamedTo).toBe("CCHC_Meta (cũ 1.0.0)");
    expect(r.plan.layout.sheetName).toBe(newPlan.layout.sheetName);
    expect(host.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Chấm điểm CCHC (cũ 1.0.0)", "CCHC_Meta (cũ 1.0.0)", "Chấm điểm CCHC", "CCHC_Meta"]));

    // The old sheet still holds everything, and its formulas still compute (they follow the renamed meta sheet).
    const oldLayout = { ...plan.layout, sheetName: r.oldSheetRenamedTo, metaSheetName: r.oldMetaRenamedTo! };
    const old = await readSheet(oldLayout);
    if (old.kind !== "read") throw new Error(JSON.stringify(old));
    expect(old.entries).toEqual(entries);
    expect(host.formulaProblems(r.oldSheetRenamedTo)).toEqual([]);

    // Every carried entry reads back equal from the new sheet; new items start blank.
    const now = await readSheet(r.plan.layout);
    if (now.kind !== "read") throw new Error(JSON.stringify(now));
    expect(Object.keys(up.carried).length).toBeGreaterThanOrEqual(4);
    for (const [key, entry] of Object.entries(up.carried)) expect(now.entries[key]).toEqual(entry);
    for (const key of Object.keys(now.entries).filter((k) => !up.carried[k])) expect(Object.values(now.entries[key]).every((v) => v === null)).toBe(true);

    // The new sheet is protected again, its names are its own, and its formulas are the plan's.
    expect(host.sheet(r.plan.layout.sheetName).protection.protected).toBe(true);
    expect(await auditFormulas(r.plan)).toEqual({ kind: "audited", result: { differences: [], repairable: true } });
    expect(host.formulaProblems(r.plan.layout.sheetName).map((p) => p.formula)).toEqual([]);
  });

  test("a second upgrade of the same version keeps both old sheets", async () => {
    const { plan, entries } = await filled();
    const up = planUpgrade(miniTemplate, next, entries);
    const first = await upgradeSheet(plan, buildPlan(next, { unit: UNIT }), up.carried);
    if (first.kind !== "upgraded") throw new Error(JSON.stringify(first));
    const samePlanAgain = { ...first.plan, meta: { ...first.plan.meta, templateVersion: "1.0.0" } };
    const second = await upgradeSheet(samePlanAgain, buildPlan(next, { unit: UNIT }), up.carried);
    if (second.kind !== "upgraded") throw new Error(JSON.stringify(second));
    expect(second.oldSheetRenamedTo).toBe("Chấm điểm CCHC (cũ 1.0.0 2)");
    expect(host.model.sheets.filter((s) => s.name.startsWith("Chấm điểm CCHC"))).toHaveLength(3);
  });

  test("a missing old sheet and cell-edit mode change nothing", async () => {
    const { plan, entries } = await filled();
    const up = planUpgrade(miniTemplate, next, entries);
    const names = host.model.sheets.map((s) => s.name);
    const gone = { ...plan, layout: { ...plan.layout, sheetName: "Không có" } };
    expect(await upgradeSheet(gone, buildPlan(next, { unit: UNIT }), up.carried)).toEqual({ kind: "error", problem: { code: "oldSheetMissing", sheetName: "Không có" } });
    host.editMode = true;
    expect(await upgradeSheet(plan, buildPlan(next, { unit: UNIT }), up.carried)).toEqual({ kind: "busy", problem: { code: "cellEditMode" } });
    host.editMode = false;
    expect(host.model.sheets.map((s) => s.name)).toEqual(names);
  });

  test("a failed insert renames the old sheets back and restores their names", async () => {
    const { plan, entries } = await filled();
    const up = planUpgrade(miniTemplate, next, entries);
    const names = host.model.sheets.map((s) => s.name);
    const nameRefs = host.model.names.map((n) => [n.name, n.formula]);
    host.failOn = (label) => label.startsWith("Range.conditionalFormats") || label.includes("ConditionalFormat");
    const r = await upgradeSheet(plan, buildPlan(next, { unit: UNIT }), up.carried);
    host.failOn = undefined;
    expect(r.kind).toBe("error");
    expect(host.model.sheets.map((s) => s.name)).toEqual(names);
    expect(host.model.names.map((n) => [n.name, n.formula])).toEqual(nameRefs);
  });
});

describe("helpers", () => {
  test("keptName stays within 31 characters and unlike any taken name", () => {
    expect(keptName("Chấm điểm CCHC", "1.0.0", [])).toBe("Chấm điểm CCHC (cũ 1.0.0)");
    const long = "Chấm điểm CCHC xã Phước Thiền mới";
    const kept = keptName(long, "2023.1", []);
    expect(kept.length).toBeLessThanOrEqual(31);
    expect(kept.endsWith(" (cũ 2023.1)")).toBe(true);
    expect(keptName("A", "1/2", ["A (cũ 1-2)"])).toBe("A (cũ 1-2 2)");
  });

  test("entryInput writes text as text and leaves blanks alone", () => {
    expect(entryInput("=1+1")).toBe("'=1+1");
    expect(entryInput("1,5")).toBe("'1,5");
    expect(entryInput("TRUE")).toBe("'TRUE");
    expect(entryInput("QĐ 1")).toBe("QĐ 1");
    expect(entryInput(2)).toBe(2);
    expect(entryInput({ error: "#N/A" })).toBe("#N/A");
    expect(entryInput(null)).toBeNull();
    expect(entryInput("")).toBeNull();
  });

  test("entryBlocks joins consecutive entry rows into one E:J block", () => {
    const plan = miniPlan();
    const [e1, e2] = plan.layout.entries;
    const blocks = entryBlocks(plan, { [e1.key]: { self: 1 }, [e2.key]: { evidence: "x" } });
    expect(e2.row).toBe(e1.row + 1);
    expect(blocks).toEqual([{ address: `E${e1.row}:J${e2.row}`, values: [[1, null, null, null, null, null], [null, "x", null, null, null, null]] }]);
  });
});
