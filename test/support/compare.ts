import type { Template } from "../../src/template/schema";
import { scoreEntries } from "../../src/scoring/engine";
import type { Entries, ScoreReport } from "../../src/scoring/types";
import { COL, type WorkbookPlan } from "../../src/sheet/plan";
import { a1 } from "../../src/sheet/address";

/** Reads a computed cell of the scoring sheet: number, text, boolean, null, or an error text. */
export type ReadCell = (row: number, col: number) => unknown;

const RAW_TOLERANCE = 1e-9;

/**
 * Every value the sheet computes, against the pure engine: per-entry statuses and counted points,
 * criterion and field subtotals (raw sums), part totals and conversions and the total (3 decimals,
 * exact), classification. Returns one line per mismatch; empty means the sheet agrees.
 */
export function compareWithEngine(plan: WorkbookPlan, template: Template, entries: Entries, read: ReadCell): string[] {
  const report: ScoreReport = scoreEntries(template, entries);
  const out: string[] = [];
  const { layout } = plan;
  const check = (row: number, col: number, expected: number | string, what: string, exact: boolean) => {
    const got = read(row, col);
    const ok =
      typeof expected === "number"
        ? typeof got === "number" && (exact ? got === expected : Math.abs(got - expected) < RAW_TOLERANCE)
        : got === expected;
    if (!ok) out.push(`${a1(row, col)} ${what}: sheet ${JSON.stringify(got)}, engine ${JSON.stringify(expected)}`);
  };
  const byKey = new Map(report.entries.map((e) => [e.key, e]));
  for (const { key, row } of layout.entries) {
    const s = byKey.get(key)!;
    check(row, COL.selfStatus, s.selfStatus, `status tự chấm ${key}`, true);
    check(row, COL.appraisedStatus, s.appraisedStatus, `status thẩm định ${key}`, true);
    check(row, COL.selfCounted, s.selfCounted, `điểm tính ${key}`, true);
    check(row, COL.finalCounted, s.finalCounted, `điểm kết quả ${key}`, true);
  }
  for (const { key, row } of layout.criteria) {
    if (layout.entries.some((e) => e.row === row)) continue;
    check(row, COL.self, report.self.criteria[key], `tiêu chí ${key}`, false);
    check(row, COL.appraised, report.final.criteria[key], `tiêu chí ${key} (kết quả)`, false);
  }
  for (const { key, row } of layout.fields) {
    check(row, COL.self, report.self.fields[key], `lĩnh vực ${key}`, false);
    check(row, COL.appraised, report.final.fields[key], `lĩnh vực ${key} (kết quả)`, false);
  }
  layout.results.parts.forEach((p, i) => {
    check(p.totalRow, COL.self, report.self.parts[i].total, `tổng phần ${p.code}`, true);
    check(p.totalRow, COL.appraised, report.final.parts[i].total, `tổng phần ${p.code} (kết quả)`, true);
    check(p.convertedRow, COL.self, report.self.parts[i].converted, `quy đổi phần ${p.code}`, true);
    check(p.convertedRow, COL.appraised, report.final.parts[i].converted, `quy đổi phần ${p.code} (kết quả)`, true);
  });
  layout.results.adjustments.forEach((a, i) => {
    check(a.totalRow, COL.self, report.self.adjustments[i].capped, `điểm thưởng/trừ ${a.code}`, false);
    check(a.totalRow, COL.appraised, report.final.adjustments[i].capped, `điểm thưởng/trừ ${a.code} (kết quả)`, false);
  });
  check(layout.results.totalRow, COL.self, report.self.total, "tổng điểm", true);
  check(layout.results.totalRow, COL.appraised, report.final.total, "tổng điểm (kết quả)", true);
  check(layout.results.classificationRow, COL.self, report.self.classification, "xếp loại", true);
  check(layout.results.classificationRow, COL.appraised, report.final.classification, "xếp loại (kết quả)", true);
  return out;
}
