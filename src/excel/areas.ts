import { rangeA1 } from "../sheet/address";

/**
 * Grouping cells into few rectangles, and rectangles into few address strings, so that a style or
 * a rule is one operation per group rather than one per cell.
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells (row, col) → rectangles: runs along each row, then identical runs of consecutive rows merged. */
export function cellsToRects(cells: Array<{ row: number; col: number }>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const list = byRow.get(c.row) ?? [];
    list.push(c.col);
    byRow.set(c.row, list);
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      seen.add(key);
      const r = open.get(key);
      if (r && r.bottom === row - 1) r.bottom = row;
      else {
        if (r) done.push(r);
        open.set(key, { top: row, left, bottom: row, right });
      }
    }
    for (const [key, r] of open) {
      if (!seen.has(key) && r.bottom < row) {
        done.push(r);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export const rectAddress = (r: Rect): string => rangeA1(r.top, r.left, r.bottom, r.right);

/**
 * Addresses joined with commas into strings no longer than maxLength: Worksheet.getRanges fails on
 * long strings (office-js #5198: around 8,200 characters), so stay well below.
 */
export function chunkAddresses(addresses: string[], maxLength = 2000): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length > 0 && length + 1 + a.length > maxLength) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    length += (current.length ? 1 : 0) + a.length;
    current.push(a);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Consecutive indexes with the same value: [{from, to, value}], e.g. rows with one height. */
export function runsOf<V>(items: Array<{ index: number; value: V }>): Array<{ from: number; to: number; value: V }> {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const out: Array<{ from: number; to: number; value: V }> = [];
  for (const { index, value } of sorted) {
    const last = out[out.length - 1];
    if (last && last.to === index - 1 && last.value === value) last.to = index;
    else out.push({ from: index, to: index, value });
  }
  return out;
}

/**
 * Excel's column width unit is the width of "0" in the workbook's Normal font (7 pixels for
 * Calibri 11, the default); Office.js sets widths in points: (7 × chars + 5 padding) px × 0.75.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
