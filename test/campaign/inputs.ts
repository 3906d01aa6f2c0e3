import type { ScoredEntry } from "../../src/template/walk";
import type { RawCellContent } from "hyperformula";
import { pick } from "../support/random";

/**
 * What an officer may put into an entry cell, typed or pasted, as raw spreadsheet content: numbers,
 * text that looks like a number, formulas, dates, booleans, error values, very long text.
 */
export function randomScoreInput(r: () => number, e: ScoredEntry): RawCellContent {
  const valid = e.steps ? pick(r, e.steps) : Math.round(r() * e.maxPoints * 100) / 100;
  const kinds: Array<() => RawCellContent> = [
    () => valid,
    () => valid,
    () => null,
    () => e.maxPoints,
    () => 0,
    () => e.maxPoints + pick(r, [0.01, 0.5, 1, 10]),
    () => -pick(r, [0.25, 1, 5]),
    () => (e.steps ? (e.steps[0] + e.steps[1]) / 2 : valid),
    () => `'${String(valid).replace(".", ",")}`,
    () => `' ${valid} `,
    () => "'đạt",
    () => "'",
    () => "=1+1",
    () => `=${e.maxPoints}/2`,
    () => "=DATE(2023,11,20)",
    () => pick(r, [true, false]),
    () => pick(r, ["=NA()", "=1/0", '="a"+1']),
    () => `'${"điểm ".repeat(1000)}`,
    () => '=HYPERLINK("http://example.invalid","1")',
  ];
  return pick(r, kinds)();
}

export function randomTextInput(r: () => number): RawCellContent {
  return pick(r, [
    null,
    null,
    "'QĐ số 12/QĐ-UBND ngày 05/01/2023",
    '=HYPERLINK("file:///D:/TLKC/qd12.pdf","QĐ 12")',
    "' ",
    "'=1+1",
    "'+84 912",
    "'@ghi chú",
    "'-",
    `'${"Tài liệu ".repeat(800)}`,
    45250,
    "=NA()",
  ] as RawCellContent[]);
}

export function randomMarkInput(r: () => number): RawCellContent {
  return pick(r, [null, null, null, null, "'x", "'X", "' x", "'có", 1] as RawCellContent[]);
}
