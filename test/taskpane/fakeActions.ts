import { renamePlan } from "../../src/excel/renamePlan";
import type { Actions, InsertResult, PaneCapabilities, ReadResult, SheetReading, StoredSheet } from "../../src/taskpane/actions";
import type { Entries } from "../../src/scoring/types";
import type { WorkbookPlan } from "../../src/sheet/plan";
import type { AuditOutcome, ConsolidationInput, ConsolidationOutcome, Done, SelectionResult, UpgradeOutcome, WorkbookActions } from "../../src/taskpane/actions";
import type { SheetPlan } from "../../src/sheet/plan";
import type { Template } from "../../src/template/schema";
import type { AuditResult } from "../../src/sheet/audit";

/** What insertPlan answers; "inserted" hands back the plan given, renamed if asked. */
export type ScriptedInsert = Exclude<InsertResult, { kind: "inserted" }> | { kind: "inserted"; renameTo?: string };

/** Scripted, recording actions for the pane's components: no Office anywhere. */
export interface FakeActions extends Actions {
  calls: {
    insert: Array<{ plan: WorkbookPlan; ifExists: string }>;
    read: WorkbookPlan[];
    select: Array<{ sheet: string; address: string }>;
    download: Array<{ plan: WorkbookPlan; fileName: string }>;
    watch: string[];
  };
  /** Results handed out in turn by insertPlan; the last one repeats. */
  insertResults: ScriptedInsert[];
  /** What readSheet returns now; change it between reads. */
  reading: SheetReading | ReadResult;
  /** Fires the change handlers registered through watchSheet. */
  change(): void;
  unsubscribed: number;
}

export const fullCaps: PaneCapabilities = { level: "full", missing: () => [] };
export const noPrintCaps: PaneCapabilities = { level: "noPrint", missing: (lang) => [lang === "vi" ? "Thiết lập trang in (ExcelApi 1.9)" : "Print setup (ExcelApi 1.9)"] };
export const standaloneCaps: PaneCapabilities = { level: "standalone", missing: (lang) => [lang === "vi" ? "Kiểm tra dữ liệu (ExcelApi 1.8)" : "Data validation (ExcelApi 1.8)"] };

export function fakeActions(opts: { caps?: PaneCapabilities; entries?: Entries; stored?: StoredSheet | null } = {}): FakeActions {
  const handlers: Array<() => void> = [];
  const fake: FakeActions = {
    capabilities: opts.caps ?? fullCaps,
    calls: { insert: [], read: [], select: [], download: [], watch: [] },
    insertResults: [{ kind: "inserted" }],
    reading: { entries: opts.entries ?? {}, overwritten: [] },
    unsubscribed: 0,
    change: () => handlers.forEach((h) => h()),
    async insertPlan(plan, ifExists) {
      fake.calls.insert.push({ plan, ifExists });
      const i = Math.min(fake.calls.insert.length - 1, fake.insertResults.length - 1);
      const r = fake.insertResults[i];
      if (r.kind !== "inserted") return r;
      return { kind: "inserted", plan: r.renameTo ? renamePlan(plan, { [plan.layout.sheetName]: r.renameTo }) : plan, warnings: [] };
    },
    async readSheet(plan) {
      fake.calls.read.push(plan);
      const r = fake.reading;
      return "kind" in r ? r : { kind: "read", reading: r };
    },
    async selectCell(sheet, address) {
      fake.calls.select.push({ sheet, address });
      return { ok: true };
    },
    async watchSheet(sheet, onChange) {
      fake.calls.watch.push(sheet);
      handlers.push(onChange);
      return () => {
        fake.unsubscribed++;
        handlers.splice(handlers.indexOf(onChange), 1);
      };
    },
    async downloadWorkbook(plan, fileName) {
      fake.calls.download.push({ plan, fileName });
      return { ok: true };
    },
  };
  if (opts.stored !== undefined) {
    const stored = opts.stored;
    fake.findStoredSheet = async () => stored;
  }
  return fake;
}

/* ---- The workbook actions of issues #5–#7 ---- */

export interface FakeWorkbook extends WorkbookActions {
  calls: {
    readSelection: number;
    store: Template[];
    list: number;
    mode: Array<{ sheet: string; mode: string }>;
    audit: WorkbookPlan[];
    repair: AuditResult[];
    extra: Array<{ sheet: SheetPlan; replace: boolean }>;
    upgrade: Array<{ oldPlan: WorkbookPlan; newPlan: WorkbookPlan; carried: Entries }>;
    consolidate: ConsolidationInput[][];
  };
  selection: SelectionResult;
  stored: Template[];
  storeResult: Done;
  modeResult: Done;
  /** Audit outcomes handed out in turn; the last one repeats. */
  audits: AuditOutcome[];
  repairResult: Done;
  /** Sheet names that already exist for insertExtraSheet. */
  existing: Set<string>;
  upgradeResult: UpgradeOutcome | null;
  /** Called by consolidate before it answers: lets a test look at the progress shown. */
  consolidateGate: Promise<void>;
  consolidation: ConsolidationOutcome;
  /** Total number of workbook writes: each store, mode switch, repair, extra sheet and upgrade. */
  writes(): number;
}

export function fakeWorkbook(): FakeWorkbook {
  const fake: FakeWorkbook = {
    calls: { readSelection: 0, store: [], list: 0, mode: [], audit: [], repair: [], extra: [], upgrade: [], consolidate: [] },
    selection: { kind: "error", message: () => "no selection scripted" },
    stored: [],
    storeResult: { ok: true },
    modeResult: { ok: true },
    audits: [{ kind: "audited", result: { differences: [], repairable: true } }],
    repairResult: { ok: true },
    existing: new Set(),
    upgradeResult: null,
    consolidateGate: Promise.resolve(),
    consolidation: { kind: "consolidated", fileName: "tong-hop.xlsx", communes: 0, problems: [] },
    writes: () => fake.calls.store.length + fake.calls.mode.length + fake.calls.repair.length + fake.calls.extra.length + fake.calls.upgrade.length,
    async readSelection() {
      fake.calls.readSelection++;
      return fake.selection;
    },
    async storeTemplate(t) {
      fake.calls.store.push(t);
      return fake.storeResult;
    },
    async listStoredTemplates() {
      fake.calls.list++;
      return fake.stored;
    },
    async setProtectionMode(plan, _t, mode) {
      fake.calls.mode.push({ sheet: plan.layout.sheetName, mode });
      return fake.modeResult;
    },
    async auditFormulas(plan) {
      fake.calls.audit.push(plan);
      return fake.audits[Math.min(fake.calls.audit.length - 1, fake.audits.length - 1)];
    },
    async repairFormulas(_plan, result) {
      fake.calls.repair.push(result);
      return fake.repairResult;
    },
    async insertExtraSheet(sheet, _styles, _font, replace) {
      fake.calls.extra.push({ sheet, replace });
      if (fake.existing.has(sheet.name) && !replace) return { ok: false, exists: true };
      fake.existing.add(sheet.name);
      return { ok: true };
    },
    async upgradeSheet(oldPlan, newPlan, carried) {
      fake.calls.upgrade.push({ oldPlan, newPlan, carried });
      return fake.upgradeResult ?? { kind: "upgraded", oldSheetRenamedTo: `${oldPlan.layout.sheetName} (cũ)`, plan: newPlan };
    },
    async consolidate(files, onProgress) {
      fake.calls.consolidate.push(files);
      files.forEach((f, i) => onProgress(i + 1, files.length, f.name));
      await fake.consolidateGate;
      return fake.consolidation;
    },
  };
  return fake;
}
