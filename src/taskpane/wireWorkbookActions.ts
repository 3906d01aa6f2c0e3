import { detectCapabilities, type Capabilities } from "../excel/capabilities";
import { auditFormulas, repairFormulas } from "../excel/auditWorkbook";
import { insertExtraSheet } from "../excel/extraSheet";
import { setProtectionMode } from "../excel/protectionMode";
import { readSelection } from "../excel/selection";
import { listStoredTemplates, storeTemplate } from "../excel/templateStore";
import { upgradeSheet } from "../excel/upgradeSheet";
import { workbookMessage, type WorkbookFailure } from "../excel/workbookProblems";
import { builtinTemplates } from "./builtins";
import type { Done, LocalText, WorkbookActions } from "./actions";
import { saveBytes } from "./download";
import { strings } from "./i18n";

/**
 * The workbook actions of issues #5–#7 on the real workbook (src/excel), and the consolidation in
 * the browser. Outside Excel every workbook action answers that it needs Excel; the consolidation
 * works anywhere, since it only reads the files the user chose.
 */
export interface WorkbookActionOptions {
  /** Capabilities to use instead of detecting them (tests). */
  caps?: Capabilities;
  /** Hands the consolidation workbook to the user; the browser download by default. */
  save?: (bytes: Uint8Array, fileName: string) => void;
}

export const CONSOLIDATION_FILE = "tong-hop.xlsx";

const failureText =
  (f: WorkbookFailure): LocalText =>
  (lang) =>
    workbookMessage(f.problem, lang);

const thrown =
  (e: unknown): LocalText =>
  () =>
    e instanceof Error ? e.message : String(e);

const notInExcel: LocalText = (lang) => strings(lang).notInExcelError;

const isFailure = (r: { kind: string }): r is WorkbookFailure => r.kind === "busy" || r.kind === "error";

/** A busy or failed batch as the pane shows it. */
const paneFailure = (f: WorkbookFailure): { kind: "busy" } | { kind: "error"; message: LocalText } =>
  f.kind === "busy" ? { kind: "busy" } : { kind: "error", message: failureText(f) };

/** Any success is done; busy and errors carry their text. */
const done = (r: { kind: string }): Done => (isFailure(r) ? { ok: false, message: failureText(r) } : { ok: true });

export function createWorkbookActions(inExcel: boolean, options: WorkbookActionOptions = {}): WorkbookActions {
  const caps = inExcel ? (options.caps ?? detectCapabilities()) : null;
  const save = options.save ?? ((bytes: Uint8Array, fileName: string) => saveBytes(bytes, fileName));

  return {
    async readSelection() {
      if (!caps) return { kind: "error", message: notInExcel };
      const r = await readSelection();
      return r.kind === "table" ? r : paneFailure(r);
    },

    async storeTemplate(template) {
      if (!caps) return { ok: false, message: notInExcel };
      return done(await storeTemplate(template));
    },

    async listStoredTemplates() {
      if (!caps) return [];
      const r = await listStoredTemplates();
      return r.kind === "listed" ? r.templates : [];
    },

    async setProtectionMode(plan, template, mode) {
      if (!caps) return { ok: false, message: notInExcel };
      return done(await setProtectionMode(plan, template, mode, caps));
    },

    async auditFormulas(plan) {
      if (!caps) return { kind: "error", message: notInExcel };
      const r = await auditFormulas(plan, caps);
      return r.kind === "audited" || r.kind === "missing" ? r : paneFailure(r);
    },

    async repairFormulas(plan, result) {
      if (!caps) return { ok: false, message: notInExcel };
      return done(await repairFormulas(plan, result, caps));
    },

    async insertExtraSheet(sheet, styles, font, replace) {
      if (!caps) return { ok: false, message: notInExcel };
      const r = await insertExtraSheet(sheet, { styles, font }, replace, caps);
      if (r.kind === "exists") return { ok: false, exists: true };
      return done(r);
    },

    async upgradeSheet(oldPlan, newPlan, carried) {
      if (!caps) return { kind: "error", message: notInExcel };
      const r = await upgradeSheet(oldPlan, newPlan, carried, caps);
      return r.kind === "upgraded" ? { kind: "upgraded", oldSheetRenamedTo: r.oldSheetRenamedTo, plan: r.plan } : paneFailure(r);
    },

    async consolidate(files, onProgress) {
      try {
        // The readers and ExcelJS are large: fetched only when someone consolidates.
        const { consolidateInMemory } = await import(/* webpackChunkName: "consolidate" */ "../xlsx/consolidate/browser");
        const { outcome, bytes } = await consolidateInMemory(files, { known: builtinTemplates, onProgress });
        save(bytes, CONSOLIDATION_FILE);
        return { kind: "consolidated", fileName: CONSOLIDATION_FILE, communes: outcome.rows.length, problems: outcome.problems };
      } catch (e) {
        return { kind: "error", message: thrown(e) };
      }
    },
  };
}
