import { colIndex, formulaForArea, parseRange } from "../../sheet/address";
import type { CellValue } from "../../scoring/types";
import { attributeReader, attributes, firstElement, richText, unescapeXml } from "./xml";

/**
 * One worksheet part read into a cell map: values as formulas see them (the same CellValue that
 * src/xlsx/cellValue.ts gives from ExcelJS: numbers stay numbers, dates are their serials, a
 * formula never calculated is blank), formula texts with shared formulas translated to each cell,
 * and the cell format index (for the locked flag).
 */
export interface SheetCell {
  value: CellValue;
  /** Formula text without "=", or null. */
  formula: string | null;
  style: number;
}

export interface ParsedSheet {
  cell(row: number, col: number): SheetCell | undefined;
  /** A cell inside a merged area other than its top-left: blank to formulas. */
  mergedAway(row: number, col: number): boolean;
}

const key = (row: number, col: number) => row * 16384 + col;

const P = "(?:[\\w.-]+:)?";
// Attribute values of row, c and f tags never hold ">": plain [^>] keeps the scan fast.
const TAG = new RegExp(`<(${P})(row|c)(?=[\\s/>])([^>]*?)(/?)>`, "g");
const F = new RegExp(`<${P}f(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f>)`);
const V = new RegExp(`<${P}v(?:\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${P}v>)`);
const R = attributeReader("r");
const T = attributeReader("t");
const S = attributeReader("s");

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** ISO date text (t="d") as the serial number formulas see. */
function isoToSerial(s: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);
  return Number.isNaN(ms) ? s : (ms - Date.UTC(1899, 11, 30)) / 86400000;
}

function valueOf(type: string | undefined, v: string | undefined, inner: string, shared: readonly string[], isFormula: boolean): CellValue {
  switch (type) {
    case "s": {
      const s = v === undefined ? undefined : shared[Number(v)];
      return s === undefined ? null : s;
    }
    case "inlineStr": {
      const is = firstElement(inner, "is");
      return is?.inner ? richText(is.inner) : null;
    }
    case "str":
      // An empty text result reads as blank, as through ExcelJS; the same to LEN() and ="".
      return v === undefined || (isFormula && v === "") ? null : unescapeXml(v);
    case "b":
      return v === undefined ? null : v === "1" || v === "true";
    case "e":
      return v === undefined ? null : { error: unescapeXml(v) };
    case "d":
      return v === undefined ? null : isoToSerial(v);
    default: {
      if (v === undefined || v.trim() === "") return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : null;
    }
  }
}

export function readSheet(xml: string, shared: readonly string[]): ParsedSheet {
  const cells = new Map<number, SheetCell>();
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const children: Array<{ si: string; row: number; col: number; cell: SheetCell }> = [];
  let row = 0;
  let col = 0;
  const re = new RegExp(TAG.source, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === "row") {
      const r = Number(R(m[3]));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      col = 0;
      continue;
    }
    let inner = "";
    if (m[4] !== "/") {
      const close = `</${m[1]}c>`;
      const end = xml.indexOf(close, re.lastIndex);
      if (end < 0) break;
      inner = xml.slice(re.lastIndex, end);
      re.lastIndex = end + close.length;
    }
    const ref = REF.exec(R(m[3]) ?? "");
    const r = ref ? Number(ref[2]) : row;
    const c = ref ? colIndex(ref[1]) : col + 1;
    col = c;
    const f = inner ? F.exec(inner) : null;
    const v = inner ? V.exec(inner) : null;
    const cell: SheetCell = {
      value: valueOf(T(m[3]), v ? (v[1] ?? "") : undefined, inner, shared, f !== null),
      formula: null,
      style: Number(S(m[3]) ?? 0) || 0,
    };
    if (f) {
      const fa = attributes(f[1]);
      const text = f[2] === undefined ? "" : unescapeXml(f[2]);
      const si = fa.get("si");
      if (fa.get("t") === "shared" && si !== undefined) {
        if (text) masters.set(si, { formula: text, row: r, col: c });
        else children.push({ si, row: r, col: c, cell });
      }
      cell.formula = text || null;
    }
    cells.set(key(r, c), cell);
  }
  for (const ch of children) {
    const master = masters.get(ch.si);
    if (master) ch.cell.formula = formulaForArea(master.formula, master, ch);
  }

  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  const mergeRe = new RegExp(`<${P}mergeCell(?=[\\s/>])([^>]*)>`, "g");
  for (let m = mergeRe.exec(xml); m; m = mergeRe.exec(xml)) {
    const ref = attributes(m[1]).get("ref");
    try {
      if (ref) merges.push(parseRange(ref));
    } catch {
      // A damaged merge reference only loses the merge.
    }
  }
  return {
    cell: (r, c) => cells.get(key(r, c)),
    mergedAway: (r, c) => merges.some((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right && (r !== g.top || c !== g.left)),
  };
}
