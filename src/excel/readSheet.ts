import { a1, parseRange } from "../sheet/address";
import { parseMetaSheet, type MetaKey } from "../sheet/meta";
import { COL, type PlanLayout } from "../sheet/plan";
import type { CellValue, Entries, Entry } from "../scoring/types";
import { failureOf, officeCode, type ExcelFailure } from "./problems";

/**
 * Read the scoring sheet back in one batch: values, formulas and value types of its used range, and
 * the hidden meta sheet's key/value pairs (template id and version) and stored template JSON.
 */
export interface SheetSnapshot {
  kind: "read";
  sheetName: string;
  entries: Entries;
  /** Formula cells of the scoring sheet by address ("K12"), as the workbook holds them now. */
  formulas: Record<string, string>;
  /** null when the meta sheet is gone. */
  meta: { values: Partial<Record<MetaKey, string>>; templateJson: string | null } | null;
}

export type ReadOutcome = SheetSnapshot | { kind: "missing"; sheetName: string } | ExcelFailure;

const ENTRY_COLUMNS = {
  self: COL.self,
  evidence: COL.evidence,
  explanation: COL.explanation,
  appraised: COL.appraised,
  appraisalNote: COL.appraisalNote,
  notApplicable: COL.notApplicable,
} as const satisfies Record<keyof Entry, number>;

interface Grid {
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  types: string[][];
}

function gridOf(range: Excel.Range, withTypes: boolean): Grid {
  const r = parseRange(range.address.slice(range.address.lastIndexOf("!") + 1));
  return { top: r.top, left: r.left, values: range.values, formulas: withTypes ? range.formulas : [], types: withTypes ? (range.valueTypes as string[][]) : [] };
}

/** Office gives "" for a blank cell and the error text ("#N/A") for an error value. */
export function cellValueOf(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || type === "Empty") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export function entriesOf(grid: Grid, layout: PlanLayout): Entries {
  const entries: Entries = {};
  for (const { key, row } of layout.entries) {
    const entry: Entry = {};
    for (const [field, col] of Object.entries(ENTRY_COLUMNS) as Array<[keyof Entry, number]>) {
      const i = row - grid.top;
      const j = col - grid.left;
      entry[field] = cellValueOf(grid.values[i]?.[j], grid.types[i]?.[j]);
    }
    entries[key] = entry;
  }
  return entries;
}

/** A formula cell reads back "=…" as formula and something else as value (a text "=x" reads the same both ways). */
export function formulasOf(grid: Grid): Record<string, string> {
  const out: Record<string, string> = {};
  grid.formulas.forEach((line, i) =>
    line.forEach((f, j) => {
      if (typeof f === "string" && f.startsWith("=") && f !== grid.values[i]?.[j]) out[a1(grid.top + i, grid.left + j)] = f;
    }),
  );
  return out;
}

export async function readSheet(layout: PlanLayout): Promise<ReadOutcome> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const used = sheets.getItem(layout.sheetName).getUsedRange();
      used.load("address,values,formulas,valueTypes");
      const metaUsed = sheets.getItem(layout.metaSheetName).getUsedRange();
      metaUsed.load("address,values");
      try {
        await context.sync();
        return snapshot(layout, gridOf(used, true), gridOf(metaUsed, false));
      } catch (e) {
        if (officeCode(e) !== "ItemNotFound") throw e;
      }
      // One of the two sheets is missing: find out which (this path only).
      sheets.load("items/name");
      await context.sync();
      const has = (n: string) => sheets.items.some((s) => s.name.toLowerCase() === n.toLowerCase());
      if (!has(layout.sheetName)) return { kind: "missing", sheetName: layout.sheetName } as const;
      const again = sheets.getItem(layout.sheetName).getUsedRange();
      again.load("address,values,formulas,valueTypes");
      await context.sync();
      return snapshot(layout, gridOf(again, true), null);
    });
  } catch (e) {
    return failureOf(e);
  }
}

function snapshot(layout: PlanLayout, grid: Grid, meta: Grid | null): SheetSnapshot {
  return {
    kind: "read",
    sheetName: layout.sheetName,
    entries: entriesOf(grid, layout),
    formulas: formulasOf(grid),
    meta: meta ? parseMetaSheet((row, col) => meta.values[row - meta.top]?.[col - meta.left] ?? null) : null,
  };
}
