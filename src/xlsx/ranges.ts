import { parseRange, rangeA1 } from "../sheet/address";

/** "$E$12:$E$15" or "E15:E12" as ExcelJS keys it: "E12:E15" ("E12" for one cell). */
export function normalRange(ref: string): string {
  const r = parseRange(ref);
  return rangeA1(r.top, r.left, r.bottom, r.right);
}

/** The OOXML sqref of several areas: space separated, normalised. */
export function sqref(ranges: readonly string[]): string {
  return ranges.map(normalRange).join(" ");
}
