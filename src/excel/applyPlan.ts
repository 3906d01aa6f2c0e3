import { a1, parseRange, rangeA1 } from "../sheet/address";
import { COL, type PlanLayout, type SheetPlan, type WorkbookPlan } from "../sheet/plan";
import type { Capabilities, Feature } from "./capabilities";
import { hasEntries } from "./existing";
import { planLimitsProblems } from "./preflight";
import { failureOf, type ExcelFailure, type ExcelNote, type ExcelProblem } from "./problems";
import { protectionOptions } from "./protect";
import { freeNames, renamePlan } from "./renamePlan";
import { queueCells } from "./writeCells";
import { queuePrint } from "./writePrint";
import { queueConditionalFormats, queueValidations } from "./writeRules";
import { queueLayout, queueStyles } from "./writeStyles";

/**
 * Insert the scoring workbook plan into the open workbook, in ONE Excel.run with at most three syncs:
 * (1) read which sheets and names exist; (2) if asked, read the existing sheet to tell whether it
 * holds entries, and stop there; otherwise (2) write everything. Nothing is written before the user
 * has chosen: "ask" never writes, and only "replace" touches an existing sheet.
 */
export type IfExists = "ask" | "replace" | "rename";

export type InsertOutcome =
  | { kind: "inserted"; sheetName: string; metaSheetName: string; layout: PlanLayout; replaced: boolean; notes: ExcelNote[] }
  /** A sheet of that name exists; nothing was written. */
  | { kind: "exists"; sheetName: string; hasEntries: boolean }
  | (ExcelFailure & { cleanupProblem?: ExcelProblem });

export interface InsertOptions {
  caps: Capabilities;
  ifExists: IfExists;
}

/** What the write phase changed, so that a failure halfway can be undone. */
interface Progress {
  writing: boolean;
  existingIds: Set<string>;
  newNames: string[];
  renamedOld: Array<{ id: string; original: string; temp: string }>;
  deletedNames: Array<{ name: string; value: string; comment: string }>;
  /** Workbook-level names this run added (sheet-level ones go with their sheet). */
  addedNames: string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function insertPlan(plan: WorkbookPlan, opts: InsertOptions): Promise<InsertOutcome> {
  const limits = planLimitsProblems(plan);
  if (limits.length > 0) return { kind: "error", problem: { code: "invalidPlan", detail: limits.slice(0, 5).join("; ") } };
  const progress: Progress = { writing: false, existingIds: new Set(), newNames: [], renamedOld: [], deletedNames: [], addedNames: [] };
  try {
    return await Excel.run((context) => inject(context, plan, opts, progress));
  } catch (e) {
    const failure = failureOf(e);
    if (!progress.writing) return failure;
    const cleanupProblem = await undo(progress);
    return cleanupProblem ? { ...failure, cleanupProblem } : failure;
  }
}

async function inject(context: Excel.RequestContext, plan: WorkbookPlan, opts: InsertOptions, progress: Progress): Promise<InsertOutcome> {
  const { caps } = opts;
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name,items/id");
  const names = caps.names ? wb.names.load("items/name,items/value,items/comment") : null;
  await context.sync();

  const existing = sheets.items.map((s) => ({ name: s.name, id: s.id }));
  const planNames = plan.sheets.map((s) => s.name);
  const conflicts = existing.filter((s) => planNames.some((n) => same(n, s.name)));
  let target = plan;
  let replaced = false;
  if (conflicts.length > 0) {
    if (opts.ifExists === "ask") {
      const scoring = conflicts.find((c) => same(c.name, plan.layout.sheetName));
      if (!scoring) return { kind: "exists", sheetName: conflicts[0].name, hasEntries: false };
      const used = sheets.getItem(scoring.name).getUsedRange();
      used.load("address,values,formulas");
      await context.sync();
      const r = parseRange(used.address.slice(used.address.lastIndexOf("!") + 1));
      return { kind: "exists", sheetName: scoring.name, hasEntries: hasEntries({ top: r.top, left: r.left, values: used.values, formulas: used.formulas }, plan.layout) };
    }
    if (opts.ifExists === "rename") target = renamePlan(plan, freeNames(planNames, existing.map((s) => s.name)));
    else replaced = true;
  }

  progress.writing = true;
  progress.existingIds = new Set(existing.map((s) => s.id));
  progress.newNames = target.sheets.map((s) => s.name);
  const notes: ExcelNote[] = [];
  if (caps.conditionalFormats) wb.application.suspendApiCalculationUntilNextSync();

  if (replaced) {
    const taken = new Set(existing.map((s) => s.name.toLowerCase()));
    conflicts.forEach((c, i) => {
      let temp = `CCHC_cu_${i + 1}`;
      for (let n = 2; taken.has(temp.toLowerCase()); n++) temp = `CCHC_cu_${i + 1}_${n}`;
      taken.add(temp.toLowerCase());
      sheets.getItem(c.id).name = temp;
      progress.renamedOld.push({ id: c.id, original: c.name, temp });
    });
  }

  const added = target.sheets.map((s) => ({ plan: s, ws: sheets.add(s.name) }));
  for (const { plan: s, ws } of added) {
    queueCells(ws, s, target);
    queueStyles(ws, s, target, caps);
    queueLayout(ws, s, caps);
    queueValidations(ws, s, caps);
    queueConditionalFormats(ws, s, caps);
  }
  const scoring = added.find((a) => a.plan.name === target.layout.sheetName) ?? added[0];
  for (const { plan: s, ws } of added) {
    if (s.freeze && caps.freeze) queueFreeze(ws, s.freeze);
    if (s.print && caps.pageLayout) {
      queuePrint(ws, s.print);
      notes.push({ code: "fitToWidthMayNotApply" });
    }
    if (s.visibility === "hidden") ws.visibility = "Hidden";
  }
  scoring.ws.activate();
  const firstEntry = target.layout.entries[0];
  scoring.ws.getRange(firstEntry ? a1(firstEntry.row, COL.self) : "A1").select();
  // New sheets start unprotected, so protect() cannot meet an already protected sheet here
  // (setProtection, for existing sheets, reads protection.protected first).
  if (caps.protection) for (const { plan: s, ws } of added) if (s.protection) ws.protection.protect(protectionOptions(s.protection));
  // Destructive steps last, so that a failure anywhere before leaves what undo() restores.
  if (names) queueNames(wb, scoring, target, names.items, replaced, notes, progress);
  for (const old of progress.renamedOld) sheets.getItem(old.id).delete();
  notes.push(...skipped(target, caps).map((feature): ExcelNote => ({ code: "featureSkipped", feature })));
  await context.sync();
  return { kind: "inserted", sheetName: target.layout.sheetName, metaSheetName: target.layout.metaSheetName, layout: target.layout, replaced, notes };
}

export function queueFreeze(ws: Excel.Worksheet, freeze: NonNullable<SheetPlan["freeze"]>): void {
  if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(rangeA1(1, 1, freeze.rows, freeze.cols));
  else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
}

/**
 * Workbook-level names, unless the workbook already has one of that name: a dangling one (#REF!)
 * or one from the sheet being replaced is deleted first; any other stays, and the new name is
 * defined on the new sheet instead (so a second copy of the sheet keeps its own names).
 */
function queueNames(
  wb: Excel.Workbook,
  scoring: { plan: SheetPlan; ws: Excel.Worksheet },
  plan: WorkbookPlan,
  existing: Excel.NamedItem[],
  replaced: boolean,
  notes: ExcelNote[],
  progress: Progress,
): void {
  const onSheet: string[] = [];
  for (const n of plan.names) {
    const old = existing.find((x) => same(x.name, n.name));
    if (old && (replaced || String(old.value).includes("#REF!"))) {
      wb.names.getItem(old.name).delete();
      progress.deletedNames.push({ name: old.name, value: String(old.value), comment: old.comment });
    } else if (old) {
      scoring.ws.names.add(n.name, `=${n.ref}`, n.comment);
      onSheet.push(n.name);
      continue;
    }
    wb.names.add(n.name, `=${n.ref}`, n.comment);
    progress.addedNames.push(n.name);
  }
  if (onSheet.length) notes.push({ code: "namesOnSheet", sheetName: scoring.plan.name, names: onSheet });
}

/** Features the plan uses that this Excel cannot set. */
function skipped(plan: WorkbookPlan, caps: Capabilities): Feature[] {
  const uses: Array<[Feature, boolean]> = [
    ["dataValidation", plan.sheets.some((s) => s.validations.length > 0)],
    ["conditionalFormats", plan.sheets.some((s) => s.conditionalFormats.length > 0 || (s.dataBars?.length ?? 0) > 0)],
    ["pageLayout", plan.sheets.some((s) => s.print !== null)],
    ["freeze", plan.sheets.some((s) => s.freeze !== null)],
    ["names", plan.names.length > 0],
    ["protection", plan.sheets.some((s) => s.protection !== null || s.merges.length > 0)],
  ];
  return uses.filter(([f, used]) => used && !caps[f]).map(([f]) => f);
}

/**
 * After a failed write: delete the sheets this run added (by id: never one that was there before),
 * give replaced sheets their names back, re-create the names it deleted. A separate Excel.run
 * (the failed one is spent), on an error path only.
 */
async function undo(progress: Progress): Promise<ExcelProblem | undefined> {
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      const touchedNames = progress.addedNames.length > 0 || progress.deletedNames.length > 0;
      const names = touchedNames ? context.workbook.names.load("items/name") : null;
      await context.sync();
      const remaining = new Set((names?.items ?? []).map((n) => n.name.toLowerCase()));
      for (const n of names?.items ?? []) {
        if (progress.addedNames.some((a) => same(a, n.name))) {
          n.delete();
          remaining.delete(n.name.toLowerCase());
        }
      }
      for (const s of sheets.items) {
        if (!progress.existingIds.has(s.id) && progress.newNames.some((n) => same(n, s.name))) s.delete();
      }
      for (const old of progress.renamedOld) {
        const s = sheets.items.find((x) => x.id === old.id);
        if (s && s.name !== old.original) s.name = old.original;
      }
      for (const n of progress.deletedNames) {
        if (!remaining.has(n.name.toLowerCase()) && !n.value.includes("#REF!")) context.workbook.names.add(n.name, `=${n.value.replace(/^=/, "")}`, n.comment);
      }
      await context.sync();
    });
    return undefined;
  } catch (e) {
    return failureOf(e).problem;
  }
}
