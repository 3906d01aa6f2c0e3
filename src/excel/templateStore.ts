import { colLetter, parseRange } from "../sheet/address";
import type { templateFromJson } from "../template/json";
import type { Template } from "../template/schema";
import { needsTextGuard } from "./cellBlocks";
import { failureOf } from "./problems";
import type { WorkbookFailure } from "./workbookProblems";

/**
 * Templates kept in the workbook, so that the filled file carries the criteria it was scored
 * against (an imported appendix exists nowhere else). A hidden sheet, one template per column:
 * row 1 the key "id@version", row 2 the number of chunks, then the JSON in chunks that fit a cell
 * (Excel holds at most 32,767 characters per cell).
 */
export const STORE_SHEET = "CCHC_BoChiSo";
const CHUNK = 30_000;

export type StoreOutcome = { kind: "stored"; column: string; replaced: boolean } | WorkbookFailure;

export const storeKey = (t: Pick<Template, "id" | "version">) => `${t.id}@${t.version}`;

/** Text written as text: a chunk may start with a digit, "-" or "=", which Excel would turn into something else. */
const asText = (s: string) => (needsTextGuard(s) ? `'${s}` : s);

export function chunksOf(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}

/** The column of each stored template and the one free after them, from the store's values (A1 at [0][0]). */
export function storeColumns(values: unknown[][]): { byKey: Map<string, number>; free: number; bottom: number } {
  const first = values[0] ?? [];
  const byKey = new Map<string, number>();
  let last = 0;
  first.forEach((v, i) => {
    if (v === "" || v === null || v === undefined) return;
    last = i + 1;
    if (!byKey.has(String(v))) byKey.set(String(v), i + 1);
  });
  return { byKey, free: last + 1, bottom: values.length };
}

/**
 * The templates a store's values hold, each parsed and validated; unreadable ones are skipped. The
 * parser is passed in so that the validator (zod) loads only when a store is read, not with the pane.
 */
export function templatesOf(values: unknown[][], parse: typeof templateFromJson): Template[] {
  const out: Template[] = [];
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const key = values[0]?.[c];
    const n = Number(values[1]?.[c]);
    if (typeof key !== "string" || key === "" || !Number.isInteger(n) || n < 1) continue;
    const json = Array.from({ length: n }, (_, i) => String(values[2 + i]?.[c] ?? "")).join("");
    const parsed = parse(json, `${STORE_SHEET}!${colLetter(c + 1)}`);
    if (parsed.ok && storeKey(parsed.value) === key) out.push(parsed.value);
  }
  return out;
}

/** A used range's values placed as if read from A1, so that row 1 and column A mean what they say. */
export function fromA1(address: string, values: unknown[][]): unknown[][] {
  const r = parseRange(address.slice(address.lastIndexOf("!") + 1));
  const pad = Array<unknown>(r.left - 1).fill("");
  return [...Array.from({ length: r.top - 1 }, () => [] as unknown[]), ...values.map((line) => [...pad, ...line])];
}

export async function storeTemplate(template: Template): Promise<StoreOutcome> {
  const key = storeKey(template);
  const chunks = chunksOf(JSON.stringify(template));
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(STORE_SHEET);
      await context.sync();
      let ws: Excel.Worksheet;
      let column = 1;
      let replaced = false;
      let clearTo = 0;
      if (existing.isNullObject) {
        ws = sheets.add(STORE_SHEET);
        ws.visibility = "Hidden";
      } else {
        ws = existing;
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address,values");
        await context.sync();
        if (!used.isNullObject) {
          const at = storeColumns(fromA1(used.address, used.values));
          replaced = at.byKey.has(key);
          column = at.byKey.get(key) ?? at.free;
          clearTo = at.bottom;
        }
      }
      const letter = colLetter(column);
      if (replaced && clearTo > 0) ws.getRange(`${letter}1:${letter}${clearTo}`).clear("Contents");
      const cells: Array<Array<string | number>> = [[asText(key)], [chunks.length], ...chunks.map((c) => [asText(c)])];
      ws.getRange(`${letter}1:${letter}${cells.length}`).values = cells;
      await context.sync();
      return { kind: "stored", column: letter, replaced } as const;
    });
  } catch (e) {
    return failureOf(e, STORE_SHEET);
  }
}

/** Templates kept in this workbook; none when there is no store or it cannot be read. */
export async function listStoredTemplates(): Promise<{ kind: "listed"; templates: Template[] } | WorkbookFailure> {
  try {
    return await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
      await context.sync();
      if (ws.isNullObject) return { kind: "listed", templates: [] } as const;
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address,values");
      await context.sync();
      if (used.isNullObject) return { kind: "listed", templates: [] } as const;
      const { templateFromJson } = await import(/* webpackChunkName: "template-json" */ "../template/json");
      return { kind: "listed", templates: templatesOf(fromA1(used.address, used.values), templateFromJson) } as const;
    });
  } catch (e) {
    return failureOf(e);
  }
}
