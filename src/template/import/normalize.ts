import { LIMITS } from "./limits";
import type { TableCell } from "./types";

/** Spaces Word and Excel put in text that look like a space but do not match one. */
const ODD_SPACES = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\uFEFF]/g;

function raw(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const s = cell.length > LIMITS.maxCellChars ? cell.slice(0, LIMITS.maxCellChars) : cell;
  return s.normalize("NFC").replace(INVISIBLE, "").replace(ODD_SPACES, " ");
}

/** One line: every run of white space (new lines included) becomes one space. */
export function oneLine(cell: TableCell | undefined): string {
  return raw(cell).replace(/\s+/g, " ").trim();
}

/** Several lines kept apart (rule texts), each line tidied, blank lines dropped. */
export function multiLine(cell: TableCell | undefined): string {
  return raw(cell)
    .split(/\r\n|\r|\n|\u2028|\u2029|\u000B/)
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .join("\n");
}

/** Latin letters with diacritics (Vietnamese among them) → their bare lower-case letter; built once. */
let bareLetters: Map<number, string> | null = null;
function bareLetter(code: number): string {
  if (!bareLetters) {
    bareLetters = new Map();
    for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]]) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        bareLetters.set(c, ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase());
      }
    }
    bareLetters.set(0x110, "d");
    bareLetters.set(0x111, "d");
  }
  return bareLetters.get(code) ?? String.fromCharCode(code).toLowerCase();
}

/**
 * The form used for matching: no diacritics (đ too), lower case, single spaces. Headers and key
 * phrases are recognised with or without diacritics and in any case. One pass over the text: it
 * runs for every cell of every row.
 */
export function fold(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += c < 65 ? text[i] : c <= 90 ? String.fromCharCode(c + 32) : c < 128 ? text[i] : bareLetter(c);
  }
  return out;
}

export function isBlank(cell: TableCell | undefined): boolean {
  return oneLine(cell) === "";
}
