import { findingMessage } from "../scoring/messages";
import type { Finding } from "../scoring/types";
import { a1 } from "../sheet/address";
import { COL, type PlanLayout } from "../sheet/plan";
import type { Lang } from "../template/messages";
import type { Template } from "../template/schema";
import { scoredEntries, type ScoredEntry } from "../template/walk";
import type { OverwrittenFormula } from "./actions";
import { strings } from "./i18n";

/** One line of the check results: the cell to select and what is wrong there. */
export interface FindingLine {
  id: string;
  address: string;
  text: string;
}

/** Findings of one field (or of a part without fields, or of a bonus/penalty block), in sheet order. */
export interface FindingGroup {
  id: string;
  title: string;
  lines: FindingLine[];
}

const COLUMN_OF: Record<Finding["column"], number> = { self: COL.self, appraised: COL.appraised, notApplicable: COL.notApplicable };

function groupOf(t: Template, e: ScoredEntry, lang: Lang): { id: string; title: string } {
  const s = strings(lang);
  if (e.scope === "adjustment") {
    const adj = t.adjustments[e.groupIndex];
    return { id: `adj:${adj.code}`, title: adj.name };
  }
  const part = t.parts[e.groupIndex];
  if (e.fieldIndex === null) return { id: `part:${part.code}`, title: s.partTitle(part.code, part.title) };
  const field = part.fields[e.fieldIndex];
  const prefix = t.parts.filter((p) => p.fields.length > 0).length > 1 ? s.partPrefix(part.code) : "";
  return { id: `field:${part.code}/${field.code}`, title: `${prefix}${field.code}. ${field.name}` };
}

/**
 * Findings with their cell addresses, grouped by field in the template's order; overwritten
 * formulas form a group of their own at the end.
 */
export function groupFindings(
  template: Template,
  layout: PlanLayout,
  findings: Finding[],
  overwritten: OverwrittenFormula[],
  lang: Lang,
): FindingGroup[] {
  const entries = scoredEntries(template);
  const order = new Map(entries.map((e, i) => [e.key, i]));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const rows = new Map(layout.entries.map((e) => [e.key, e.row]));
  const groups = new Map<string, FindingGroup>();
  const other: FindingLine[] = [];
  const sorted = [...findings].sort((a, b) => (order.get(a.key) ?? 1e9) - (order.get(b.key) ?? 1e9));
  sorted.forEach((f, i) => {
    const entry = byKey.get(f.key);
    const row = rows.get(f.key);
    if (!entry || row === undefined) {
      other.push({ id: `f${i}`, address: "", text: findingMessage(f, lang) });
      return;
    }
    const address = a1(row, COLUMN_OF[f.column]);
    const g = groupOf(template, entry, lang);
    const group = groups.get(g.id) ?? { ...g, lines: [] };
    group.lines.push({ id: `f${i}`, address, text: findingMessage(f, lang, address, entry.code) });
    groups.set(g.id, group);
  });
  const out = [...groups.values()];
  const s = strings(lang);
  if (overwritten.length > 0) {
    out.push({
      id: "formulas",
      title: s.formulaGroup,
      lines: overwritten.map((o, i) => ({ id: `o${i}`, address: o.address, text: s.formulaOverwritten(o.address) })),
    });
  }
  if (other.length > 0) out.push({ id: "other", title: s.otherGroup, lines: other });
  return out;
}
