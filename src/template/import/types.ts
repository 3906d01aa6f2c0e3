import type { Band } from "../schema";

/** One cell of a table as Excel, ExcelJS or pasted text gives it: blank cells are null. */
export type TableCell = string | number | null;

export interface ImportOptions {
  id?: string;
  title?: string;
  year?: number;
  province?: string;
  appraisingBody?: string;
  /** Classification bands; the table never carries them, so the commune defaults are used otherwise. */
  bands?: Band[];
  /** Conversion factor of each part, in order; otherwise read from the heading or guessed (see assemble.ts). */
  factors?: number[];
  /** What each part must add up to, in order; otherwise the heading's points or the usual 100 / 50. */
  partMaxima?: number[];
  /** Sheet row number of rows[0], so that findings name the row the officer sees (default 1). */
  firstRowNumber?: number;
}

/** The level a finding's node sits at, for messages ("tiêu chí 3", "lĩnh vực II"). */
export type NodeLevel = "part" | "field" | "criterion" | "item" | "adjustment";

/**
 * Expected problems of an import, each naming the source row (1-based sheet row, or null when the
 * table as a whole is concerned). Texts live in messages.ts.
 */
export type ImportFinding =
  | { code: "noHeader"; row: null; lookedFor: string[] }
  | { code: "tooLarge"; row: number; limit: number }
  | { code: "notATable"; row: number; unrecognised: number }
  | { code: "noItems"; row: null }
  | { code: "unrecognisedRow"; row: number; text: string }
  | { code: "badPoints"; row: number; text: string }
  | { code: "missingMax"; row: number; level: NodeLevel; nodeCode: string }
  | { code: "sumMismatch"; row: number; level: NodeLevel; nodeCode: string; written: number; actual: number }
  | { code: "totalMismatch"; row: number; written: number; actual: number }
  | { code: "duplicateCode"; row: number; firstRow: number; level: NodeLevel; nodeCode: string; renamed: string }
  | { code: "orphanRow"; row: number; nodeCode: string }
  | { code: "ruleAboveMax"; row: number; nodeCode: string; value: number; max: number }
  | { code: "badSteps"; row: number; nodeCode: string; text: string }
  | { code: "emptyPart"; row: number; nodeCode: string }
  | { code: "defaultBands"; row: null }
  | { code: "invalidTemplate"; row: null; details: string[] };

export type ImportFindingCode = ImportFinding["code"];

export interface ImportResult {
  /** Null when nothing usable could be built; otherwise a template that passes parseTemplate(). */
  template: import("../schema").Template | null;
  findings: ImportFinding[];
}
