import type { ScoreReport, Totals } from "../scoring/types";
import type { Lang } from "../template/messages";
import type { Template } from "../template/schema";
import { strings } from "./i18n";

/** What the live summary shows, on the parts' own scales. */
export interface SummaryView {
  parts: Array<{ code: string; title: string; total: number; max: number; converted: number; convertedMax: number; factor: number }>;
  adjustments: Array<{ code: string; name: string; kind: "bonus" | "penalty"; points: number; cap: number }>;
  total: number;
  classification: string;
  /** The result after appraisal (appraised scores where entered); differs: it is not the self result. */
  final: { total: number; classification: string; differs: boolean };
  /** A bar per field; a part without fields gets one bar for itself. */
  bars: Array<{ key: string; label: string; got: number; max: number }>;
}

function bars(template: Template, totals: Totals, lang: Lang): SummaryView["bars"] {
  return template.parts.flatMap((part, p) =>
    part.fields.length > 0
      ? part.fields.map((f) => ({ key: `${part.code}/${f.code}`, label: `${f.code}. ${f.name}`, got: totals.fields[`${part.code}/${f.code}`] ?? 0, max: f.maxPoints }))
      : [{ key: part.code, label: strings(lang).partTitle(part.code, part.title), got: totals.parts[p]?.total ?? 0, max: part.maxPoints }],
  );
}

export function summarize(template: Template, report: ScoreReport, lang: Lang): SummaryView {
  const self = report.self;
  const differs = report.final.total !== self.total || report.final.classification !== self.classification;
  return {
    parts: template.parts.map((part, i) => ({
      code: part.code,
      title: part.title,
      total: self.parts[i]?.total ?? 0,
      max: part.maxPoints,
      converted: self.parts[i]?.converted ?? 0,
      convertedMax: part.maxPoints * part.factor,
      factor: part.factor,
    })),
    adjustments: template.adjustments.map((adj, i) => ({
      code: adj.code,
      name: adj.name,
      kind: adj.kind,
      points: self.adjustments[i]?.capped ?? 0,
      cap: adj.cap,
    })),
    total: self.total,
    classification: self.classification,
    final: { total: report.final.total, classification: report.final.classification, differs },
    bars: bars(template, self, lang),
  };
}
