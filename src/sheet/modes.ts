import type { Template } from "../template/schema";
import { scoredEntries } from "../template/walk";
import { METHODS } from "../scoring/methods";
import { COL, type CellStyle, type PlanLayout, type StyleId } from "./plan";
import { areas } from "./rules";

/**
 * Who may type where once the sheet is protected. The commune officer fills the self-assessment
 * columns while the appraisal columns stay locked; the appraising office does the reverse.
 */
export type ProtectionMode = "officer" | "appraiser";

const OFFICER_STYLES: StyleId[] = ["inputScore", "inputText", "inputFlag"];
const APPRAISER_STYLES: StyleId[] = ["appraisalScore", "appraisalText"];

export function stylesFor(base: Record<StyleId, CellStyle>, mode: ProtectionMode): Record<StyleId, CellStyle> {
  const open = new Set(mode === "officer" ? OFFICER_STYLES : APPRAISER_STYLES);
  const out = { ...base };
  for (const id of [...OFFICER_STYLES, ...APPRAISER_STYLES]) out[id] = { ...base[id], locked: !open.has(id) };
  return out;
}

/** The entry areas each mode opens, for switching a live sheet without rewriting it. */
export function modeAreas(template: Template, layout: PlanLayout): Record<ProtectionMode, string[]> {
  const byKey = new Map(scoredEntries(template).map((e) => [e.key, e]));
  const rows = layout.entries.map((e) => ({ row: e.row, entry: byKey.get(e.key)! }));
  const all = rows.map((r) => r.row);
  return {
    officer: [
      ...areas(COL.self, rows.filter((r) => METHODS[r.entry.method].selfScored).map((r) => r.row)),
      ...areas(COL.evidence, all),
      ...areas(COL.explanation, all),
      ...areas(COL.notApplicable, rows.filter((r) => r.entry.mayBeNotApplicable).map((r) => r.row)),
    ],
    appraiser: [...areas(COL.appraised, all), ...areas(COL.appraisalNote, all)],
  };
}
