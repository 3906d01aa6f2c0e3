import type { Template } from "../../src/template/schema";
import { scoredEntries, type ScoredEntry } from "../../src/template/walk";
import type { CellValue, Entries, Entry } from "../../src/scoring/types";
import { pick, rng } from "./random";

export type EntryMode = "valid" | "high" | "boundary" | "invalid" | "empty" | "notApplicable" | "mixed";
export const ENTRY_MODES: EntryMode[] = ["valid", "high", "boundary", "invalid", "empty", "notApplicable", "mixed"];

const quarter = (r: () => number, max: number) => Math.round(r() * max * 4) / 4;

function validScore(r: () => number, e: ScoredEntry): number {
  return e.steps ? pick(r, e.steps) : r() < 0.3 ? Math.round(r() * e.maxPoints * 1000) / 1000 : quarter(r, e.maxPoints);
}

function invalidScore(r: () => number, e: ScoredEntry): CellValue {
  const offStep = e.steps ? (e.steps[0] + e.steps[1]) / 2 : e.maxPoints + 0.5;
  return pick(r, [
    e.maxPoints + 0.25,
    -0.5,
    offStep,
    "1,5",
    " 2 ",
    "abc",
    "  ",
    true,
    { error: "#N/A" },
    { error: "#DIV/0!" },
    String(e.maxPoints),
    45000,
  ] as CellValue[]);
}

function evidence(r: () => number): CellValue {
  return pick(r, [null, null, "QĐ số 12/QĐ-UBND ngày 05/01/2023, tr. 3", "Báo cáo 45/BC-UBND", " ", "", 7] as CellValue[]);
}

function entryFor(r: () => number, e: ScoredEntry, mode: EntryMode): Entry {
  const m: EntryMode = mode === "mixed" ? pick(r, ["valid", "high", "boundary", "invalid", "empty", "notApplicable"] as EntryMode[]) : mode;
  const entry: Entry = { evidence: evidence(r), explanation: r() < 0.2 ? "Đã giải trình" : null };
  switch (m) {
    case "valid":
      entry.self = validScore(r, e);
      break;
    case "high":
      // Near-full marks, so that totals reach every classification band.
      entry.self = r() < 0.75 ? (e.steps ? e.steps[e.steps.length - 1] : e.maxPoints) : validScore(r, e);
      entry.evidence = "Kế hoạch 10/KH-UBND";
      break;
    case "boundary":
      entry.self = pick(r, [0, e.maxPoints, e.steps ? e.steps[e.steps.length - 1] : e.maxPoints]);
      break;
    case "invalid":
      entry.self = r() < 0.7 ? invalidScore(r, e) : validScore(r, e);
      break;
    case "empty":
      entry.self = null;
      break;
    case "notApplicable":
      entry.self = r() < 0.5 ? validScore(r, e) : null;
      entry.notApplicable = r() < 0.6 ? pick(r, ["x", "X"]) : r() < 0.5 ? "có" : null;
      break;
  }
  if (r() < 0.3) entry.appraised = r() < 0.7 ? validScore(r, e) : invalidScore(r, e);
  return entry;
}

/** Entry sets for a template: the mode cycles so that each kind of set is well represented. */
export function entrySets(t: Template, count: number, seed: number): Array<{ mode: EntryMode; entries: Entries }> {
  const r = rng(seed);
  const all = scoredEntries(t);
  return Array.from({ length: count }, (_, i) => {
    const mode = ENTRY_MODES[i % ENTRY_MODES.length];
    const entries: Entries = {};
    for (const e of all) entries[e.key] = entryFor(r, e, mode);
    return { mode, entries };
  });
}
