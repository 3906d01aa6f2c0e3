/**
 * The sheet plan: pure data describing every cell, formula, style, rule, name and print setting of
 * the scoring workbook. Built from a template by buildPlan(); applied to a live workbook by
 * src/excel, written to .xlsx by src/xlsx, checked against the pure engine by HyperFormula and
 * LibreOffice. Rows and columns are 1-based, as in A1 notation. Formulas are en-US with a leading "=",
 * Excel 2010 functions only. Nothing here is mutated after buildPlan() returns.
 */

export type StyleId =
  | "title"
  | "subtitle"
  | "provisional"
  | "header"
  | "headerNumber"
  | "partHeading"
  | "field"
  | "fieldNumber"
  | "criterion"
  | "criterionNumber"
  | "item"
  | "itemNumber"
  | "itemRule"
  | "inputScore"
  | "inputText"
  | "inputFlag"
  | "appraisalScore"
  | "appraisalText"
  | "resultLabel"
  | "result"
  | "classification"
  | "helperHeader"
  | "helper"
  | "signatureTitle"
  | "signature"
  | "note"
  | "meta";

export interface CellStyle {
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  /** Background as RRGGBB, no "#". */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numberFormat?: string;
  /** Locked cells cannot be edited once the sheet is protected; inputs are unlocked. */
  locked: boolean;
}

interface CellBase {
  row: number;
  col: number;
  style: StyleId;
}

export type PlanCell =
  | (CellBase & { kind: "text"; text: string })
  | (CellBase & { kind: "number"; value: number })
  | (CellBase & { kind: "formula"; formula: string })
  /** A styled empty cell, typically an input. */
  | (CellBase & { kind: "blank" });

export type CellKind = PlanCell["kind"];

/**
 * A data validation rule over one or more areas (e.g. ["E12:E15", "E17:E20"]). Relative references
 * in formula1/formula2 are relative to the top-left cell of ranges[0], as in OOXML; appliers that
 * set areas one by one translate them with formulaForArea().
 */
export type ValidationRule =
  | {
      kind: "decimal";
      ranges: string[];
      /** Lower bound, e.g. "0". */
      formula1: string;
      /** Upper bound, e.g. "=$C12". */
      formula2: string;
      errorTitle: string;
      errorMessage: string;
      promptTitle: string;
      prompt: string;
    }
  | {
      kind: "list";
      ranges: string[];
      /** A range reference such as "=CCHC_Meta!$B$20:$D$20", or a quoted literal such as "\"x\"". */
      source: string;
      errorTitle: string;
      errorMessage: string;
      promptTitle: string;
      prompt: string;
    };

export interface ConditionalFormat {
  /** What the rule shows, for humans and for the audit. */
  purpose: "invalid" | "noEvidence" | "survey" | "notApplicable";
  ranges: string[];
  /** A boolean formula relative to the top-left cell of ranges[0], e.g. "=$N12=1". */
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface ProtectionPlan {
  /** No password: protection guards against accidents only (a password in JavaScript is no secret). */
  allowInsertHyperlinks: true;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowSelectLockedCells: true;
  allowSelectUnlockedCells: true;
}

export interface PrintPlan {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Fit to this many pages wide; height free. */
  fitToWidth: 1;
  /** Rows repeated at the top of every printed page, e.g. "6:7". */
  titleRows: { first: number; last: number };
  /** Absolute print area, e.g. "A1:J90". */
  area: string;
  /** Footer text with Excel codes, e.g. "Trang &P/&N". */
  footer: string;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  horizontalCentered: boolean;
}

export interface SheetPlan {
  name: string;
  visibility: "visible" | "hidden";
  cells: PlanCell[];
  merges: string[];
  columns: Array<{ col: number; width: number; hidden?: boolean }>;
  rowHeights: Array<{ row: number; height: number }>;
  validations: ValidationRule[];
  conditionalFormats: ConditionalFormat[];
  /** Data bars (a chart in the cells), where a sheet shows magnitudes, e.g. the consolidation totals. */
  dataBars?: Array<{ range: string; color: string }>;
  protection: ProtectionPlan | null;
  print: PrintPlan | null;
  /** Rows and columns frozen at the top-left. */
  freeze: { rows: number; cols: number } | null;
}

export interface DefinedName {
  name: string;
  /** An absolute reference such as "'Chấm điểm CCHC'!$E$45". */
  ref: string;
  comment: string;
}

/** The columns of the scoring sheet, 1-based. K..O are the auditable helper columns, not printed. */
export const COL = {
  stt: 1,
  name: 2,
  max: 3,
  rule: 4,
  self: 5,
  evidence: 6,
  explanation: 7,
  appraised: 8,
  appraisalNote: 9,
  notApplicable: 10,
  selfCounted: 11,
  finalCounted: 12,
  excludedMax: 13,
  selfStatus: 14,
  appraisedStatus: 15,
} as const;
export type ColumnKey = keyof typeof COL;

/** Where things are on the scoring sheet, so that readers need not search for them. */
export interface PlanLayout {
  sheetName: string;
  metaSheetName: string;
  headerRows: { first: number; last: number };
  firstDataRow: number;
  lastDataRow: number;
  /** One row per scored entry, in template order (see scoredEntries()). */
  entries: Array<{ key: string; row: number }>;
  criteria: Array<{ key: string; row: number }>;
  fields: Array<{ key: string; row: number }>;
  /** Results: the self-assessed value in column E, the final (appraised where entered) in column H. */
  results: {
    parts: Array<{ code: string; headingRow: number; totalRow: number; convertedRow: number }>;
    adjustments: Array<{ code: string; headingRow: number; totalRow: number }>;
    totalRow: number;
    classificationRow: number;
  };
}

export interface PlanMeta {
  templateId: string;
  templateVersion: string;
  /** Version of the plan's layout rules; a reader refuses a layout it does not know. */
  planFormat: number;
  unit: string;
  year: number;
  /** Which entry columns are open when the sheet is protected (see src/sheet/modes.ts). */
  mode: "officer" | "appraiser";
}

export interface WorkbookPlan {
  meta: PlanMeta;
  /** Default font of every cell. */
  font: { name: string; size: number };
  styles: Record<StyleId, CellStyle>;
  /** The scoring sheet first, then the hidden meta sheet. */
  sheets: SheetPlan[];
  names: DefinedName[];
  layout: PlanLayout;
}
