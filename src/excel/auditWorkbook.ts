import { a1, rangeA1 } from "../sheet/address";
import { auditSheet, repairOps, type AuditResult, type AuditSource } from "../sheet/audit";
import type { SheetPlan, WorkbookPlan } from "../sheet/plan";
import { cellsToRects, rectAddress, type Rect } from "./areas";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { failureOf, officeCode } from "./problems";
import { DEFAULT_PROTECTION, protectionOptions } from "./protect";
import { cellValueOf } from "./readSheet";
import type { WorkbookFailure } from "./workbookProblems";

/**
 * "Kiểm tra công thức" and "Khôi phục công thức" on the live workbook: one read batch (a second
 * sync only where a formula area's locked flags differ) gives the
 * audit (src/sheet/audit.ts) what it compares with the plan; one write batch puts the plan's
 * formulas, names and locks back. Only cells the plan holds a formula in are ever written.
 */
export type AuditReadOutcome = { kind: "audited"; result: AuditResult } | { kind: "missing"; sheetName: string } | WorkbookFailure;
export type RepairOutcome = { kind: "repaired"; formulas: number; names: number; locked: number } | WorkbookFailure;

/** Locked flags are read per rectangle of formula cells; past this many the audit skips them. */
const MAX_LOCK_READS = 400;
/** Cells of mixed rectangles read one by one, at most. */
const MAX_CELL_LOCK_READS = 2000;

const cellsIn = (r: Rect) => {
  const out: Array<{ row: number; col: number }> = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
};

const scoringSheet = (plan: WorkbookPlan): SheetPlan => plan.sheets.find((s) => s.name === plan.layout.sheetName) ?? plan.sheets[0];

/** The rectangle from A1 to the plan's last cell: what the audit looks at. */
export function planArea(sheet: SheetPlan): Rect {
  return { top: 1, left: 1, bottom: Math.max(1, ...sheet.cells.map((c) => c.row)), right: Math.max(1, ...sheet.cells.map((c) => c.col)) };
}

export function formulaRects(sheet: SheetPlan): Rect[] {
  return cellsToRects(sheet.cells.filter((c) => c.kind === "formula"));
}

interface Reading {
  area: Rect;
  values: unknown[][];
  formulas: unknown[][];
  types: string[][];
  names: Array<{ name: string; ref: string }>;
  locks: Array<{ rect: Rect; locked: boolean | null }>;
}

export function auditSourceOf(r: Reading): AuditSource {
  const inArea = (row: number, col: number) => row >= r.area.top && row <= r.area.bottom && col >= r.area.left && col <= r.area.right;
  const at = <V>(grid: V[][], row: number, col: number): V | undefined => (inArea(row, col) ? grid[row - r.area.top]?.[col - r.area.left] : undefined);
  return {
    formula(row, col) {
      const f = at(r.formulas, row, col);
      // A text cell that reads "=…" reads the same as its value; a formula never does.
      return typeof f === "string" && f.startsWith("=") && f !== at(r.values, row, col) ? f : null;
    },
    value: (row, col) => cellValueOf(at(r.values, row, col), at(r.types, row, col)),
    names: r.names,
    locked: r.locks.length === 0 ? undefined : (row, col) => r.locks.find((l) => row >= l.rect.top && row <= l.rect.bottom && col >= l.rect.left && col <= l.rect.right)?.locked ?? null,
  };
}

/** NamedItem.formula needs ExcelApi 1.7 (as unprotect does); before that, value holds the reference. */
const refOf = (n: Excel.NamedItem, withFormula: boolean): string => String(withFormula ? n.formula : n.value).replace(/^=/, "");

export async function auditFormulas(plan: WorkbookPlan, caps: Capabilities = detectCapabilities()): Promise<AuditReadOutcome> {
  const sheetName = plan.layout.sheetName;
  const sheet = scoringSheet(plan);
  const area = planArea(sheet);
  const rects = formulaRects(sheet);
  const withFormula = caps.unprotect;
  const nameProps = withFormula ? "items/name,items/formula" : "items/name,items/value";
  try {
    return await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      const range = ws.getRange(rectAddress(area));
      range.load("values,formulas,valueTypes");
      const bookNames = caps.names ? context.workbook.names.load(nameProps) : null;
      const sheetNames = caps.names ? ws.names.load(nameProps) : null;
      const locks = caps.protection && rects.length <= MAX_LOCK_READS ? rects.map((rect) => ({ rect, protection: ws.getRange(rectAddress(rect)).format.protection.load("locked") })) : [];
      try {
        await context.sync();
      } catch (e) {
        if (officeCode(e) === "ItemNotFound") return { kind: "missing", sheetName } as const;
        throw e;
      }
      // A rectangle reads null when its cells differ: only then is each of its cells read, in a second sync.
      const mixed = locks.filter((l) => l.protection.locked === null || l.protection.locked === undefined);
      const cells = mixed.flatMap((l) => cellsIn(l.rect)).slice(0, MAX_CELL_LOCK_READS);
      const cellLocks = cells.map((c) => ({ rect: { top: c.row, left: c.col, bottom: c.row, right: c.col }, protection: ws.getRange(a1(c.row, c.col)).format.protection.load("locked") }));
      if (cellLocks.length > 0) await context.sync();
      // A sheet-level name wins over a workbook one of the same name, as in the sheet's formulas.
      const names = new Map<string, { name: string; ref: string }>();
      for (const n of [...(bookNames?.items ?? []), ...(sheetNames?.items ?? [])]) names.set(n.name.toUpperCase(), { name: n.name, ref: refOf(n, withFormula) });
      const source = auditSourceOf({
        area,
        values: range.values,
        formulas: range.formulas,
        types: range.valueTypes as string[][],
        names: [...names.values()],
        // Single cells first, so that they answer before the mixed rectangle around them.
        locks: [...cellLocks, ...locks].map((l) => ({ rect: l.rect, locked: l.protection.locked ?? null })),
      });
      return { kind: "audited", result: auditSheet(plan, source) } as const;
    });
  } catch (e) {
    return failureOf(e, sheetName);
  }
}

/** Runs of neighbouring cells in one row, so that each run is one formulas write. */
export function rowRuns(cells: Array<{ row: number; col: number; formula: string }>): Array<{ row: number; left: number; formulas: string[] }> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Array<{ row: number; left: number; formulas: string[] }> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.row === c.row && last.left + last.formulas.length === c.col) last.formulas.push(c.formula);
    else out.push({ row: c.row, left: c.col, formulas: [c.formula] });
  }
  return out;
}

/**
 * What the repair writes, checked against the plan rather than taken on trust from an audit that
 * may be stale: a formula only where the plan has that very formula cell, a name only if the plan
 * defines it, a lock only on a plan formula cell.
 */
export function safeRepair(plan: WorkbookPlan, result: AuditResult) {
  const ops = repairOps(result);
  const sheet = scoringSheet(plan);
  const formulaAt = new Map(sheet.cells.flatMap((c) => (c.kind === "formula" ? [[a1(c.row, c.col), c.formula] as const] : [])));
  const planNames = new Map(plan.names.map((n) => [n.name.toUpperCase(), n]));
  return {
    formulas: ops.formulas.flatMap((f) => {
      const formula = formulaAt.get(a1(f.row, f.col));
      return formula === undefined ? [] : [{ row: f.row, col: f.col, formula }];
    }),
    names: ops.names.flatMap((n) => planNames.get(n.name.toUpperCase()) ?? []),
    lock: ops.lock.filter((l) => formulaAt.has(a1(l.row, l.col))),
  };
}

export async function repairFormulas(plan: WorkbookPlan, result: AuditResult, caps: Capabilities = detectCapabilities()): Promise<RepairOutcome> {
  if (!result.repairable) return { kind: "error", problem: { code: "notRepairable" } };
  const ops = safeRepair(plan, result);
  if (ops.formulas.length + ops.names.length + ops.lock.length === 0) return { kind: "repaired", formulas: 0, names: 0, locked: 0 };
  if (ops.names.length > 0 && !caps.names) return { kind: "error", problem: { code: "unsupported", feature: "names" } };
  const sheetName = plan.layout.sheetName;
  const options = protectionOptions(scoringSheet(plan).protection ?? DEFAULT_PROTECTION);
  try {
    return await Excel.run(async (context) => {
      const wb = context.workbook;
      const ws = wb.worksheets.getItem(sheetName);
      const canProtect = caps.protection && caps.unprotect;
      if (canProtect) ws.protection.load("protected");
      const bookNames = ops.names.length > 0 ? wb.names.load("items/name") : null;
      const sheetNames = ops.names.length > 0 ? ws.names.load("items/name") : null;
      await context.sync();
      const wasProtected = canProtect && ws.protection.protected;
      if (wasProtected) ws.protection.unprotect();
      for (const run of rowRuns(ops.formulas)) ws.getRange(rangeA1(run.row, run.left, run.row, run.left + run.formulas.length - 1)).formulas = [run.formulas];
      const has = (items: Excel.NamedItem[] | undefined, name: string) => (items ?? []).some((n) => n.name.toUpperCase() === name.toUpperCase());
      for (const n of ops.names) {
        // Delete and add again: NamedItem.formula cannot be set before ExcelApi 1.7.
        const scope = has(sheetNames?.items, n.name) ? ws.names : wb.names;
        if (has(scope === ws.names ? sheetNames?.items : bookNames?.items, n.name)) scope.getItem(n.name).delete();
        scope.add(n.name, `=${n.ref}`, n.comment);
      }
      if (caps.protection) for (const rect of cellsToRects(ops.lock)) ws.getRange(rectAddress(rect)).format.protection.locked = true;
      if (wasProtected) ws.protection.protect(options);
      await context.sync();
      return { kind: "repaired", formulas: ops.formulas.length, names: ops.names.length, locked: ops.lock.length } as const;
    });
  } catch (e) {
    return failureOf(e, sheetName);
  }
}

