import type { Band } from "../template/schema";

/** Bands highest first (parseTemplate sorts them); the lowest band catches every total below it. */
export function classify(total: number, bands: Band[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const band = sorted.find((b) => total >= b.min) ?? sorted[sorted.length - 1];
  return band.label;
}
