import type { ScoredEntry } from "../template/walk";
import { METHODS } from "../scoring/methods";
import { Status } from "../scoring/types";
import { a1, colLetter } from "./address";
import { COL } from "./plan";

/**
 * The formulas of the scoring sheet, one builder per helper column. They decide exactly as
 * src/scoring/entry.ts does; the HyperFormula and LibreOffice tests hold them to it. Excel 2010
 * functions only; nested IFs guard every comparison so that an error value typed in an entry cell
 * yields a status, not an error.
 */

const ref = (col: number, row: number) => a1(row, col);

/** Numbers in formulas are written in en-US form whatever the user's locale. */
const num = (n: number) => String(n);

function numberProblem(cell: string, row: number, e: ScoredEntry): string {
  const checks = [`${cell}<0`, `${cell}>${ref(COL.max, row)}`];
  if (e.steps) checks.push(`NOT(OR(${e.steps.map((s) => `${cell}=${num(s)}`).join(",")}))`);
  return `OR(${checks.join(",")})`;
}

/** 1 for anything in the cell that is neither blank nor a number (text, boolean, error value). */
const nonNumberStatus = (cell: string) => `IF(ISERROR(${cell}),${Status.invalid},IF(LEN(${cell})=0,${Status.ok},${Status.invalid}))`;

/** LEN(TRIM(x))=0, with an error value counting as content. */
const blankText = (cell: string) => `IF(ISERROR(${cell}),FALSE(),LEN(TRIM(${cell}))=0)`;

const notApplicableMark = (row: number) => `COUNTIF(${ref(COL.notApplicable, row)},"x")>0`;

/** Column N: status of the self score. */
export function selfStatusFormula(row: number, e: ScoredEntry): string {
  const E = ref(COL.self, row);
  let body: string;
  if (!METHODS[e.method].selfScored) {
    body = `IF(ISERROR(${E}),${Status.surveyScored},IF(LEN(${E})=0,${Status.ok},${Status.surveyScored}))`;
  } else {
    const ok = e.evidenceRequired
      ? `IF(AND(${E}>0,${blankText(ref(COL.evidence, row))},${blankText(ref(COL.explanation, row))}),${Status.noEvidence},${Status.ok})`
      : `${Status.ok}`;
    body = `IF(ISNUMBER(${E}),IF(${numberProblem(E, row, e)},${Status.invalid},${ok}),${nonNumberStatus(E)})`;
  }
  return e.mayBeNotApplicable ? `=IF(${notApplicableMark(row)},${Status.notApplicable},${body})` : `=${body}`;
}

/** Column O: status of the appraised score (no evidence rule: the appraiser has seen the evidence). */
export function appraisedStatusFormula(row: number, e: ScoredEntry): string {
  const H = ref(COL.appraised, row);
  const body = `IF(ISNUMBER(${H}),IF(${numberProblem(H, row, e)},${Status.invalid},${Status.ok}),${nonNumberStatus(H)})`;
  return e.mayBeNotApplicable ? `=IF(${notApplicableMark(row)},${Status.notApplicable},${body})` : `=${body}`;
}

/** Column K: self points counted (valid numbers only, flagged "no evidence" still counts). */
export function selfCountedFormula(row: number): string {
  const E = ref(COL.self, row);
  const N = ref(COL.selfStatus, row);
  return `=IF(AND(ISNUMBER(${E}),OR(${N}=${Status.ok},${N}=${Status.noEvidence})),${E},0)`;
}

/** Column L: final points: the appraised score where entered and valid, else the self points. */
export function finalCountedFormula(row: number): string {
  const H = ref(COL.appraised, row);
  const O = ref(COL.appraisedStatus, row);
  return `=IF(${O}=${Status.ok},IF(ISNUMBER(${H}),${H},${ref(COL.selfCounted, row)}),0)`;
}

/** Column M: the max leaving the applicable maximum when the entry is marked not applicable. */
export function excludedMaxFormula(row: number): string {
  return `=IF(${ref(COL.selfStatus, row)}=${Status.notApplicable},${ref(COL.max, row)},0)`;
}

/** SUM over one helper column between two rows. */
export function sumColumn(col: number, first: number, last: number): string {
  return `SUM(${colLetter(col)}${first}:${colLetter(col)}${last})`;
}

/** A part's points, rescaled to the applicable maximum only where the part has optional entries. */
export function partTotalFormula(countedCol: number, first: number, last: number, maxCell: string, rescale: boolean): string {
  const raw = sumColumn(countedCol, first, last);
  if (!rescale) return `=ROUND(${raw},3)`;
  const excluded = sumColumn(COL.excludedMax, first, last);
  return `=IF(${maxCell}-${excluded}<=0,0,ROUND(${raw}*${maxCell}/(${maxCell}-${excluded}),3))`;
}

export function convertedFormula(totalCell: string, factor: number): string {
  return `=ROUND(${totalCell}*${num(factor)},3)`;
}

export function adjustmentFormula(countedCol: number, first: number, last: number, capCell: string): string {
  return `=MIN(${capCell},${sumColumn(countedCol, first, last)})`;
}

export function grandTotalFormula(terms: Array<{ cell: string; sign: 1 | -1 }>): string {
  const expr = terms.map((t, i) => (t.sign < 0 ? `-${t.cell}` : i === 0 ? t.cell : `+${t.cell}`)).join("");
  return `=MAX(0,ROUND(${expr},3))`;
}

/** Nested IFs (Excel 2010 has no IFS); bands highest first, the lowest catches the rest. */
export function classificationFormula(totalCell: string, bands: Array<{ label: string; min: number }>): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  let expr = quote(sorted[sorted.length - 1].label);
  for (let i = sorted.length - 2; i >= 0; i--) expr = `IF(${totalCell}>=${num(sorted[i].min)},${quote(sorted[i].label)},${expr})`;
  return `=${expr}`;
}
