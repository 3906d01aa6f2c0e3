/**
 * Types of the pure scoring engine. A cell value is what a spreadsheet holds: a number, text, a
 * boolean, nothing (null), or an error value such as #N/A.
 */
export type CellValue = number | string | boolean | null | { error: string };

/** What the user entered for one scored entry. Missing properties are blank cells. */
export interface Entry {
  self?: CellValue;
  evidence?: CellValue;
  explanation?: CellValue;
  appraised?: CellValue;
  appraisalNote?: CellValue;
  /** "x" (any case) marks the entry as not applicable, where the template allows it. */
  notApplicable?: CellValue;
}

/** Entries by ScoredEntry.key. */
export type Entries = Record<string, Entry>;

/**
 * The per-entry status, the same number that the sheet's status columns (N for the self score, O for
 * the appraised score) compute, so that the engine and the sheet can be compared cell by cell.
 */
export const Status = {
  ok: 0,
  invalid: 1,
  noEvidence: 2,
  surveyScored: 3,
  notApplicable: 4,
} as const;
export type Status = (typeof Status)[keyof typeof Status];

export type FindingCode =
  | "notANumber"
  | "textNumber"
  | "errorValue"
  | "negative"
  | "overMax"
  | "offStep"
  | "surveyScored"
  | "noEvidence"
  | "notApplicableNotAllowed";

export interface Finding {
  code: FindingCode;
  key: string;
  /** Which entry column the finding concerns. */
  column: "self" | "appraised" | "notApplicable";
  value: CellValue;
  /** The entry's maximum, and its steps where it has some, for the message. */
  maxPoints: number;
  steps?: number[];
  /** "1,5" typed as text: the number it probably meant. */
  meant?: number;
}

export interface EntryScore {
  key: string;
  selfStatus: Status;
  appraisedStatus: Status;
  /** Points counted for the self-assessment (0 when invalid, not applicable or survey). */
  selfCounted: number;
  /** Points counted for the final result: the appraised score where entered, else the self score. */
  finalCounted: number;
  /** The entry's max when marked not applicable, else 0. */
  excludedMax: number;
}

export interface PartResult {
  code: string;
  /** Sum of counted points, before rescaling. */
  raw: number;
  applicableMax: number;
  /** Points on the part's scale (rescaled to the applicable maximum), rounded to 3 decimals. */
  total: number;
  /** total × factor, rounded to 3 decimals. */
  converted: number;
}

export interface Totals {
  /** Raw counted sums by criterion key, field key ("I/II") and part. */
  criteria: Record<string, number>;
  fields: Record<string, number>;
  parts: PartResult[];
  adjustments: Array<{ code: string; kind: "bonus" | "penalty"; raw: number; capped: number }>;
  total: number;
  classification: string;
}

export interface ScoreReport {
  entries: EntryScore[];
  /** Self-assessed result. */
  self: Totals;
  /** Final result: appraised scores where entered. */
  final: Totals;
  findings: Finding[];
}
