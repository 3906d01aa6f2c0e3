import { fold, oneLine } from "./normalize";
import type { TableCell } from "./types";

export type PointsCell = { kind: "none" } | { kind: "value"; value: number } | { kind: "invalid"; text: string };

/** Binary noise from spreadsheets (0.30000000000000004) off, keeping what officers write (0.25). */
export function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A number written the Vietnamese or the English way: "0,5", "0.5", "1,0". */
export function parseDecimal(text: string): number | null {
  const m = /^([+\-\u2212\u2013]?)\s*(\d{1,6})(?:[.,](\d{1,6}))?$/.exec(text);
  if (!m) return null;
  const n = Number(`${m[2]}.${m[3] ?? "0"}`);
  return tidy(m[1] ? -n : n);
}

/**
 * Max points as written in the appendix: 1, 0,5, 0.5, "1,0 điểm", "2 đ", "(1)", "-1" for a penalty.
 * A dash or "x" alone means no points.
 */
export function parsePoints(cell: TableCell): PointsCell {
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "value", value: tidy(cell) } : { kind: "none" };
  const text = oneLine(cell);
  if (text === "" || /^[-\u2013\u2014x/]$/i.test(text)) return { kind: "none" };
  let f = fold(text).replace(/^\((.*)\)$/, "$1").trim();
  f = f.replace(/^(toi da|tru|cong)\s*/, (m) => (m.startsWith("tru") ? "-" : ""));
  f = f.replace(/\s*(diem|d)\.?$/, "").trim();
  const value = parseDecimal(f);
  return value === null ? { kind: "invalid", text } : { kind: "value", value };
}
