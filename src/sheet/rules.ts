import type { ScoredEntry } from "../template/walk";
import { METHODS } from "../scoring/methods";
import { Status } from "../scoring/types";
import { absA1, colLetter, quoteSheet } from "./address";
import { COL, type ConditionalFormat, type ValidationRule } from "./plan";
import { STEP_LIST_FIRST_ROW } from "./meta";

export interface RuleRows {
  entries: Array<{ row: number; entry: ScoredEntry }>;
}

/** Consecutive rows become one area: [12,13,14,17] → ["E12:E14", "E17"]. */
export function areas(col: number, rows: number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const end = sorted[i - 1];
    out.push(start === end ? `${colLetter(col)}${start}` : `${colLetter(col)}${start}:${colLetter(col)}${end}`);
    start = sorted[i];
  }
  return rows.length === 0 ? [] : out;
}

const ERROR_TITLE = "Điểm không hợp lệ";

/**
 * One rule per column block: a decimal 0..max rule for the entries without steps (the max read from
 * column C of the same row), one list rule per distinct step set (numbers on the meta sheet, so that
 * a vi-VN Excel does not read "0.5" as text), and the "x" list for not-applicable marks.
 */
export function validations(rows: RuleRows, stepSets: number[][], metaSheet: string): ValidationRule[] {
  const rules: ValidationRule[] = [];
  const selfRows = rows.entries.filter((r) => METHODS[r.entry.method].selfScored);
  const free = (list: RuleRows["entries"]) => list.filter((r) => !r.entry.steps).map((r) => r.row);
  const decimalRanges = [...areas(COL.self, free(selfRows)), ...areas(COL.appraised, free(rows.entries))];
  if (decimalRanges.length > 0) {
    const firstRow = Number(/\d+/.exec(decimalRanges[0])![0]);
    rules.push({
      kind: "decimal",
      ranges: decimalRanges,
      formula1: "0",
      formula2: `=$${colLetter(COL.max)}${firstRow}`,
      errorTitle: ERROR_TITLE,
      errorMessage: "Điểm phải là một số từ 0 đến điểm tối đa của dòng này (cột Điểm tối đa). Nhập số, ví dụ 1,5 (không nhập chữ).",
      promptTitle: "Điểm",
      prompt: "Nhập số từ 0 đến điểm tối đa.",
    });
  }
  stepSets.forEach((steps, i) => {
    const same = (r: RuleRows["entries"][number]) => r.entry.steps !== undefined && r.entry.steps.join("|") === steps.join("|");
    const ranges = [...areas(COL.self, selfRows.filter(same).map((r) => r.row)), ...areas(COL.appraised, rows.entries.filter(same).map((r) => r.row))];
    if (ranges.length === 0) return;
    const listRow = STEP_LIST_FIRST_ROW + i;
    rules.push({
      kind: "list",
      ranges,
      source: `=${quoteSheet(metaSheet)}!${absA1(listRow, 2)}:${absA1(listRow, 1 + steps.length)}`,
      errorTitle: ERROR_TITLE,
      errorMessage: `Chỉ được chọn một trong các mức điểm: ${steps.map((s) => String(s).replace(".", ",")).join("; ")}.`,
      promptTitle: "Mức điểm",
      prompt: `Chọn một mức: ${steps.map((s) => String(s).replace(".", ",")).join("; ")}.`,
    });
  });
  const optional = rows.entries.filter((r) => r.entry.mayBeNotApplicable).map((r) => r.row);
  if (optional.length > 0) {
    rules.push({
      kind: "list",
      ranges: areas(COL.notApplicable, optional),
      source: '"x"',
      errorTitle: "Không áp dụng",
      errorMessage: 'Đánh dấu "x" nếu mục này không áp dụng với đơn vị; để trống nếu có áp dụng.',
      promptTitle: "Không áp dụng",
      prompt: 'Nhập "x" nếu mục này không áp dụng.',
    });
  }
  return rules;
}

/**
 * Formula-based conditional formats, so that what a paste slips past the validation still shows:
 * red for an invalid score, yellow for a score without evidence or explanation, grey for not
 * applicable rows and for survey items' self-score cells.
 */
export function conditionalFormats(rows: RuleRows, first: number, last: number): ConditionalFormat[] {
  const N = `$${colLetter(COL.selfStatus)}${first}`;
  const O = `$${colLetter(COL.appraisedStatus)}${first}`;
  const span = (c1: number, c2: number) => `${colLetter(c1)}${first}:${colLetter(c2)}${last}`;
  const out: ConditionalFormat[] = [
    { purpose: "invalid", ranges: [span(COL.self, COL.self)], formula: `=OR(${N}=${Status.invalid},${N}=${Status.surveyScored})`, fill: "FFC7CE", fontColor: "9C0006" },
    { purpose: "invalid", ranges: [span(COL.appraised, COL.appraised)], formula: `=${O}=${Status.invalid}`, fill: "FFC7CE", fontColor: "9C0006" },
    { purpose: "noEvidence", ranges: [span(COL.self, COL.explanation)], formula: `=${N}=${Status.noEvidence}`, fill: "FFEB9C", fontColor: "9C5700" },
    { purpose: "notApplicable", ranges: [span(COL.self, COL.notApplicable)], formula: `=${N}=${Status.notApplicable}`, fill: "D9D9D9", fontColor: "808080" },
  ];
  const survey = rows.entries.filter((r) => !METHODS[r.entry.method].selfScored).map((r) => r.row);
  if (survey.length > 0) {
    const ranges = areas(COL.self, survey);
    const top = Number(/\d+/.exec(ranges[0])![0]);
    out.push({ purpose: "survey", ranges, formula: `=$${colLetter(COL.selfStatus)}${top}<>${Status.surveyScored}`, fill: "D9D9D9" });
  }
  return out;
}
