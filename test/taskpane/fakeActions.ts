import { renamePlan } from "../../src/excel/renamePlan";
import type { Actions, InsertResult, PaneCapabilities, ReadResult, SheetReading, StoredSheet } from "../../src/taskpane/actions";
import type { Entries } from "../../src/scoring/types";
import type { WorkbookPlan } from "../../src/sheet/plan";

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
