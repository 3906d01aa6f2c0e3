import type { Template } from "../template/schema";
import { adjustmentEntries, criterionEntries, partCriteria, partEntries } from "../template/walk";
import { classify } from "./classify";
import { scoreEntry } from "./entry";
import { excelRound } from "./round";
import type { Entries, EntryScore, Finding, PartResult, ScoreReport, Totals } from "./types";

/** Published scores carry three decimals. */
export const DECIMALS = 3;

/** Left-to-right sum, the order the sheet's SUM ranges add in. */
const sumOf = (ns: number[]): number => ns.reduce((s, n) => s + n, 0);

/**
 * Rules, the same as the sheet's formulas (src/sheet/formulas.ts):
 * - an invalid entry (not a number, negative, over max, off-step, a self score on a survey item)
 *   counts 0 and is flagged;
 * - not applicable: the part's points are rescaled to its applicable maximum,
 *   points = ROUND(raw × max / (max − excluded), 3), and 0 when nothing applies;
 * - converted = ROUND(points × factor, 3); bonus and penalty blocks are capped;
 *   total = MAX(0, ROUND(Σ converted + Σ bonus − Σ penalty, 3));
 * - the final result takes the appraised score where one is entered, else the self score.
 */
export function scoreEntries(template: Template, entries: Entries): ScoreReport {
  const scores = new Map<string, EntryScore>();
  const findings: Finding[] = [];
  const score = (key: string) => scores.get(key) as EntryScore;
  const all = [
    ...template.parts.flatMap((p, i) => partEntries(p, i)),
    ...template.adjustments.flatMap((a, i) => adjustmentEntries(a, i)),
  ];
  for (const e of all) {
    const r = scoreEntry(e, entries[e.key] ?? {});
    scores.set(e.key, r.score);
    findings.push(...r.findings);
  }

  const totals = (counted: (s: EntryScore) => number): Totals => {
    const criteria: Record<string, number> = {};
    const fields: Record<string, number> = {};
    const parts: PartResult[] = template.parts.map((part, p) => {
      const keys = partEntries(part, p).map((e) => e.key);
      for (const { crit, critIndex, field, fieldIndex } of partCriteria(part)) {
        const ks = criterionEntries(part, p, crit, critIndex, field, fieldIndex).map((e) => e.key);
        const critKey = field ? `${part.code}/${field.code}/${crit.code}` : `${part.code}/${crit.code}`;
        criteria[critKey] = sumOf(ks.map((k) => counted(score(k))));
      }
      for (const field of part.fields) {
        const prefix = `${part.code}/${field.code}/`;
        fields[`${part.code}/${field.code}`] = sumOf(keys.filter((k) => k.startsWith(prefix)).map((k) => counted(score(k))));
      }
      const raw = sumOf(keys.map((k) => counted(score(k))));
      const hasOptional = partEntries(part, p).some((e) => e.mayBeNotApplicable);
      const excluded = sumOf(keys.map((k) => score(k).excludedMax));
      const applicableMax = part.maxPoints - excluded;
      const total = !hasOptional
        ? excelRound(raw, DECIMALS)
        : applicableMax <= 0
          ? 0
          : excelRound((raw * part.maxPoints) / applicableMax, DECIMALS);
      const converted = part.factor === 1 ? total : excelRound(total * part.factor, DECIMALS);
      return { code: part.code, raw, applicableMax, total, converted };
    });
    const adjustments = template.adjustments.map((adj, a) => {
      const raw = sumOf(adjustmentEntries(adj, a).map((e) => counted(score(e.key))));
      return { code: adj.code, kind: adj.kind, raw, capped: Math.min(adj.cap, raw) };
    });
    let sum = 0;
    for (const p of parts) sum += p.converted;
    for (const a of adjustments) sum += a.kind === "bonus" ? a.capped : -a.capped;
    const total = Math.max(0, excelRound(sum, DECIMALS));
    return { criteria, fields, parts, adjustments, total, classification: classify(total, template.bands) };
  };

  return {
    entries: all.map((e) => score(e.key)),
    self: totals((s) => s.selfCounted),
    final: totals((s) => s.finalCounted),
    findings,
  };
}
