import type { Entries } from "../scoring/types";
import type { SheetPlan, WorkbookPlan } from "../sheet/plan";
import type { AuditResult } from "../sheet/audit";
import type { ProtectionMode } from "../sheet/modes";
import type { TableCell } from "../template/import/types";
import type { Template } from "../template/schema";
import type { Lang } from "../template/messages";

/**
 * What the task pane asks of the workbook. Components receive these as props and never see Office:
 * wireActions.ts adapts the real src/excel modules, tests pass fakes. Expected problems come back as
 * values; their texts follow the pane's language switch, hence functions of the language.
 */

export type LocalText = (lang: Lang) => string;

/** What this Excel can do, detected once at start (see src/excel/capabilities.ts). */
export interface PaneCapabilities {
  /** full: ExcelApi 1.9; noPrint: 1.8, everything but print setup; standalone: below 1.8 or not in Excel. */
  level: "full" | "noPrint" | "standalone";
  /** Why the level is below full, one sentence per missing feature. */
  missing: (lang: Lang) => string[];
}

export type IfExists = "ask" | "replace" | "rename";

export type InsertResult =
  /** `plan` is what the workbook now holds: the plan asked for, or a renamed copy of it. */
  | { kind: "inserted"; plan: WorkbookPlan; warnings: LocalText[] }
  /** A sheet of that name exists; nothing was touched. hasEntries: someone's work is on it. */
  | { kind: "exists"; sheetName: string; hasEntries: boolean }
  /** Excel is in cell-edit mode; nothing was touched. */
  | { kind: "busy" }
  | { kind: "error"; message: LocalText };

/** A formula cell of the plan that no longer holds its formula. */
export interface OverwrittenFormula {
  address: string;
  expected: string;
  /** The formula found instead, or null where a value (or nothing) replaced it. */
  found: string | null;
}

export interface SheetReading {
  entries: Entries;
  overwritten: OverwrittenFormula[];
}

export type ReadResult =
  | { kind: "read"; reading: SheetReading }
  | { kind: "missing"; sheetName: string }
  | { kind: "busy" }
  | { kind: "error"; message: LocalText };

export type Done = { ok: true } | { ok: false; message: LocalText };

/** A scoring sheet already in the workbook, recognised from its hidden meta sheet. */
export interface StoredSheet {
  sheetName: string;
  /** The template JSON the sheet was built from, as stored. */
  templateJson: string;
  unit: string;
  year: number;
}

export interface Actions {
  capabilities: PaneCapabilities;
  insertPlan(plan: WorkbookPlan, ifExists: IfExists): Promise<InsertResult>;
  /** One read batch: the entries, and the plan's formula cells that were overwritten. */
  readSheet(plan: WorkbookPlan): Promise<ReadResult>;
  selectCell(sheetName: string, address: string): Promise<Done>;
  /** Calls onChange after edits on that sheet while the pane is open; resolves to unsubscribe. */
  watchSheet(sheetName: string, onChange: () => void): Promise<() => void>;
  /** Builds the standalone .xlsx in the browser and hands it to the user as a download. */
  downloadWorkbook(plan: WorkbookPlan, fileName: string): Promise<Done>;
  /** The scoring sheet already in this workbook, if any; absent where the host cannot tell. */
  findStoredSheet?: () => Promise<StoredSheet | null>;
}

/* ---- Issues #5, #6, #7: import, appraisal, audit, explanation list, upgrade, consolidation ---- */


export type SelectionResult =
  /** The selected range's values; firstRow is its top row number, so import findings name sheet rows. */
  | { kind: "table"; rows: TableCell[][]; address: string; firstRow: number }
  | { kind: "busy" }
  | { kind: "error"; message: LocalText };

export type AuditOutcome = { kind: "audited"; result: AuditResult } | { kind: "missing"; sheetName: string } | { kind: "busy" } | { kind: "error"; message: LocalText };

export type UpgradeOutcome =
  /** The old sheet was kept under a new name; the new one holds the carried entries. */
  | { kind: "upgraded"; oldSheetRenamedTo: string; plan: WorkbookPlan }
  | { kind: "busy" }
  | { kind: "error"; message: LocalText };

export interface ConsolidationInput {
  name: string;
  bytes: Uint8Array;
}

export type ConsolidationOutcome =
  | { kind: "consolidated"; fileName: string; communes: number; problems: Array<{ file: string; reason: string }> }
  | { kind: "error"; message: LocalText };

export interface WorkbookActions {
  /** "Nhập bộ tiêu chí": the values of the selected range. */
  readSelection(): Promise<SelectionResult>;
  /** Keeps a template in the workbook (hidden sheet), so the file carries it. */
  storeTemplate(template: Template): Promise<Done>;
  /** Templates kept in the workbook; unreadable ones are skipped. */
  listStoredTemplates(): Promise<Template[]>;
  /** Officer: self-assessment columns open; appraiser: appraisal columns open. Entries untouched. */
  setProtectionMode(plan: WorkbookPlan, template: Template, mode: ProtectionMode): Promise<Done>;
  /** "Kiểm tra công thức": formulas and names against the plan, one read batch. */
  auditFormulas(plan: WorkbookPlan): Promise<AuditOutcome>;
  /** "Khôi phục công thức": repairOps(result) in one batch, never touching an entry. */
  repairFormulas(plan: WorkbookPlan, result: AuditResult): Promise<Done>;
  /** Adds (or replaces, after the user confirmed) a sheet such as "Bảng giải trình" or "Mục không khớp". */
  insertExtraSheet(sheet: SheetPlan, styles: WorkbookPlan["styles"], font: WorkbookPlan["font"], replace: boolean): Promise<Done | { ok: false; exists: true }>;
  /** Renames the old scoring sheet (kept until the user deletes it), inserts the new plan, writes the carried entries. */
  upgradeSheet(oldPlan: WorkbookPlan, newPlan: WorkbookPlan, carried: Entries): Promise<UpgradeOutcome>;
  /** Consolidates filled workbooks chosen on disk and downloads the consolidation workbook. */
  consolidate(files: ConsolidationInput[], onProgress: (done: number, total: number, file: string) => void): Promise<ConsolidationOutcome>;
}
