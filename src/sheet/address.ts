/** A1 notation helpers. Rows and columns are 1-based. */

export function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colIndex(letters: string): number {
  return letters.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export function absA1(row: number, col: number): string {
  return `$${colLetter(col)}$${row}`;
}

export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

/** Top-left and bottom-right of "E12" or "E12:E15". */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** Sheet names with spaces or non-ASCII letters are quoted in references. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Translate the relative references of a rule formula written for the top-left of ranges[0] so that
 * it holds for an area whose top-left is (row, col): what Excel does itself for a multi-area rule,
 * needed where an API can only set one area at a time. Absolute parts ($) stay; text in quotes and
 * sheet-qualified names are left alone apart from their cell references.
 */
export function formulaForArea(formula: string, anchor: { row: number; col: number }, target: { row: number; col: number }): string {
  const dr = target.row - anchor.row;
  const dc = target.col - anchor.col;
  if (dr === 0 && dc === 0) return formula;
  const parts = formula.split('"');
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, pre, cAbs, letters, rAbs, digits) => {
            const c = cAbs ? letters : colLetter(colIndex(letters) + dc);
            const r = rAbs ? digits : String(Number(digits) + dr);
            return `${pre}${cAbs}${c}${rAbs}${r}`;
          }),
    )
    .join('"');
}
