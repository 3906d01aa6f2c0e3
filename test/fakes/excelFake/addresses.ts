import { colIndex, colLetter, quoteSheet } from "../../../src/sheet/address";
import { officeError } from "./errors";

/** A rectangle of cells, 1-based and inclusive, as in A1 notation. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export const cellCount = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);
export const isEntireColumn = (r: Rect): boolean => r.top === 1 && r.bottom === MAX_ROWS;
export const isEntireRow = (r: Rect): boolean => r.left === 1 && r.right === MAX_COLS;
export const contains = (r: Rect, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
export const overlaps = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function bad(ref: string): never {
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${ref}".`);
}

/** One area: "A1", "A1:C3", "A:C", "3:5", optionally "Sheet!" or "'My sheet'!" before it. */
export function parseArea(ref: string): { sheet?: string; rect: Rect } {
  let text = ref.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const s = text.slice(0, bang);
    sheet = s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
    text = text.slice(bang + 1);
  }
  const [a, b = a, extra] = text.split(":");
  if (extra !== undefined || !a) bad(ref);
  const end = (part: string): { row?: number; col?: number } => {
    const c = CELL.exec(part);
    if (c) return { col: colIndex(c[1]), row: Number(c[2]) };
    const k = COLUMN.exec(part);
    if (k) return { col: colIndex(k[1]) };
    const r = ROW.exec(part);
    if (r) return { row: Number(r[1]) };
    return bad(ref);
  };
  const p = end(a);
  const q = end(b);
  // "A:C" and "3:5" must be whole on both ends; "A1:C" is not an address.
  if ((p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined)) bad(ref);
  const rect: Rect = {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    bottom: p.row === undefined ? MAX_ROWS : Math.max(p.row, q.row!),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    right: p.col === undefined ? MAX_COLS : Math.max(p.col, q.col!),
  };
  if (rect.top < 1 || rect.bottom > MAX_ROWS || rect.left < 1 || rect.right > MAX_COLS) bad(ref);
  return { sheet, rect };
}

/** "A1:B2, D4" or "A1:B2,D4": commas outside quoted sheet names separate areas. */
export function parseAreas(address: string): Array<{ sheet?: string; rect: Rect }> {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  if (parts.some((p) => p.trim() === "")) bad(address);
  return parts.map(parseArea);
}

/** Excel's form: "A1", "A1:C3", "A:A", "3:3". */
export function rectAddress(r: Rect): string {
  if (isEntireColumn(r)) return `${colLetter(r.left)}:${colLetter(r.right)}`;
  if (isEntireRow(r)) return `${r.top}:${r.bottom}`;
  const tl = `${colLetter(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${colLetter(r.right)}${r.bottom}`;
}

export const qualified = (sheet: string, r: Rect): string => `${quoteSheet(sheet)}!${rectAddress(r)}`;
