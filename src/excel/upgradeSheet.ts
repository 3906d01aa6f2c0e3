import { rangeA1 } from "../sheet/address";
import { COL, type WorkbookPlan } from "../sheet/plan";
import type { CellValue, Entries, Entry } from "../scoring/types";
import { insertPlan } from "./applyPlan";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { needsTextGuard } from "./cellBlocks";
import { failureOf, type ExcelNote } from "./problems";
import { DEFAULT_PROTECTION, protectionOptions } from "./protect";
import { renamePlan } from "./renamePlan";
import type { WorkbookFailure } from "./workbookProblems";

/**
 * A filled sheet moved to a new version of its template, entries carried by item key: the old
 * sheet (and its meta sheet) is renamed and kept until the user deletes it, the new plan is
 * inserted under the usual names, and the carried entries are written into it as values. Three
 * Excel.run: rename, insert (applyPlan.ts), write entries. A failed insert renames the old sheets back.
 */
export type UpgradeSheetOutcome =
  | { kind: "upgraded"; oldSheetRenamedTo: string; oldMetaRenamedTo: string | null; plan: WorkbookPlan; notes: ExcelNote[] }
  | WorkbookFailure;

const FORBIDDEN = /[:\\/?*[\]]/g;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** "Chấm điểm CCHC (cũ 1.0.0)", within 31 characters and unlike every name taken. */
export function keptName(name: string, version: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const v = version.replace(FORBIDDEN, "-").slice(0, 12);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` (cũ ${v})` : ` (cũ ${v} ${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length).replace(/'+$/, "")}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

const ENTRY_FIELDS: Array<keyof Entry> = ["self", "evidence", "explanation", "appraised", "appraisalNote", "notApplicable"];

/**
 * What range.values gets for a carried value: text always as text (an apostrophe keeps "=1+1",
 * "1,5" or "-2" from becoming a formula or a number), an error value as its literal, null to leave
 * the cell alone.
 */
export function entryInput(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object") return v.error;
  return needsTextGuard(v) ? `'${v}` : v;
}

/** Consecutive entry rows as blocks of columns E..J. */
export function entryBlocks(plan: WorkbookPlan, carried: Entries): Array<{ address: string; values: Array<Array<string | number | boolean | null>> }> {
  const rows = plan.layout.entries
    .filter((e) => carried[e.key] && ENTRY_FIELDS.some((f) => entryInput(carried[e.key][f]) !== null))
    .map((e) => ({ row: e.row, values: ENTRY_FIELDS.map((f) => entryInput(carried[e.key][f])) }))
    .sort((a, b) => a.row - b.row);
  const blocks: Array<{ top: number; values: Array<Array<string | number | boolean | null>> }> = [];
  for (const r of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last.top + last.values.length === r.row) last.values.push(r.values);
    else blocks.push({ top: r.row, values: [r.values] });
  }
  return blocks.map((b) => ({ address: rangeA1(b.top, COL.self, b.top + b.values.length - 1, COL.notApplicable), values: b.values }));
}

interface Renamed {
  sheets: Array<{ id: string; from: string; to: string }>;
  names: Array<{ name: string; ref: string; comment: string }>;
}

export async function upgradeSheet(oldPlan: WorkbookPlan, newPlan: WorkbookPlan, carried: Entries, caps: Capabilities = detectCapabilities()): Promise<UpgradeSheetOutcome> {
  if (caps.protection && !caps.unprotect) return { kind: "error", problem: { code: "unsupported", feature: "unprotect" } };
  const renamed: Renamed = { sheets: [], names: [] };
  try {
    const missing = await renameOld(oldPlan, caps, renamed);
    if (missing) return { kind: "error", problem: { code: "oldSheetMissing", sheetName: missing } };
  } catch (e) {
    await restore(renamed);
    return failureOf(e);
  }

  const inserted = await insertPlan(newPlan, { caps, ifExists: "rename" });
  if (inserted.kind !== "inserted") {
    await restore(renamed);
    return inserted.kind === "exists" ? { kind: "error", problem: { code: "unexpected", detail: `sheet ${inserted.sheetName} exists` } } : inserted;
  }
  const renames: Record<string, string> = {};
  if (inserted.sheetName !== newPlan.layout.sheetName) renames[newPlan.layout.sheetName] = inserted.sheetName;
  if (inserted.metaSheetName !== newPlan.layout.metaSheetName) renames[newPlan.layout.metaSheetName] = inserted.metaSheetName;
  const plan = Object.keys(renames).length > 0 ? renamePlan(newPlan, renames) : newPlan;

  const written = await writeEntries(plan, carried, caps);
  if (written) return written;
  const sheetTo = renamed.sheets.find((s) => same(s.from, oldPlan.layout.sheetName))?.to ?? oldPlan.layout.sheetName;
  const metaTo = renamed.sheets.find((s) => same(s.from, oldPlan.layout.metaSheetName))?.to ?? null;
  return { kind: "upgraded", oldSheetRenamedTo: sheetTo, oldMetaRenamedTo: metaTo, plan, notes: inserted.notes };
}

/** Renames the old sheets and frees the workbook names the new plan defines. Returns the sheet name when the old sheet is gone. */
async function renameOld(oldPlan: WorkbookPlan, caps: Capabilities, renamed: Renamed): Promise<string | null> {
  return Excel.run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets;
    sheets.load("items/name,items/id");
    const withFormula = caps.unprotect;
    const names = caps.names ? wb.names.load(withFormula ? "items/name,items/formula,items/comment" : "items/name,items/value,items/comment") : null;
    await context.sync();
    const old = sheets.items.find((s) => same(s.name, oldPlan.layout.sheetName));
    if (!old) return oldPlan.layout.sheetName;
    const meta = sheets.items.find((s) => same(s.name, oldPlan.layout.metaSheetName));
    const taken = sheets.items.map((s) => s.name);
    for (const s of [old, ...(meta ? [meta] : [])]) {
      const from = s.name;
      const to = keptName(from, oldPlan.meta.templateVersion, taken);
      taken.push(to);
      s.name = to;
      renamed.sheets.push({ id: s.id, from, to });
    }
    // The old sheet's result names follow it on rename; the new sheet's must take their place.
    for (const n of names?.items ?? []) {
      if (!oldPlan.names.some((p) => same(p.name, n.name))) continue;
      renamed.names.push({ name: n.name, ref: String(withFormula ? n.formula : n.value).replace(/^=/, ""), comment: n.comment });
      n.delete();
    }
    await context.sync();
    return null;
  });
}

/** Undo of renameOld after a failure: names and sheets as they were. */
async function restore(renamed: Renamed): Promise<void> {
  if (renamed.sheets.length === 0 && renamed.names.length === 0) return;
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      const names = renamed.names.length > 0 ? context.workbook.names.load("items/name") : null;
      await context.sync();
      for (const r of renamed.sheets) {
        const s = sheets.items.find((x) => x.id === r.id);
        const clash = sheets.items.some((x) => x.id !== r.id && same(x.name, r.from));
        if (s && !clash && s.name !== r.from) s.name = r.from;
      }
      for (const n of renamed.names) {
        if (!(names?.items ?? []).some((x) => same(x.name, n.name))) context.workbook.names.add(n.name, `=${n.ref}`, n.comment);
      }
      await context.sync();
    });
  } catch {
    // The first failure is what the user hears about; the old sheet keeps its entries under either name.
  }
}

/** The carried entries into the new sheet; protection lifted for the write and put back. */
async function writeEntries(plan: WorkbookPlan, carried: Entries, caps: Capabilities): Promise<WorkbookFailure | null> {
  const blocks = entryBlocks(plan, carried);
  if (blocks.length === 0) return null;
  const options = protectionOptions(plan.sheets.find((s) => s.name === plan.layout.sheetName)?.protection ?? DEFAULT_PROTECTION);
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(plan.layout.sheetName);
      if (caps.protection) ws.protection.load("protected");
      await context.sync();
      const wasProtected = caps.protection && ws.protection.protected;
      if (wasProtected) ws.protection.unprotect();
      for (const b of blocks) ws.getRange(b.address).values = b.values as Array<Array<string | number | boolean>>;
      if (wasProtected) ws.protection.protect(options);
      await context.sync();
    });
    return null;
  } catch (e) {
    return failureOf(e, plan.layout.sheetName);
  }
}
