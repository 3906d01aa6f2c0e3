import type { ImportFinding } from "../template/import/types";
import type { ImportSeverity } from "../template/import/messages";
import type { Template } from "../template/schema";

/** What the import preview shows of a template: each node's maximum beside what its children add up to. */
export interface PreviewNode {
  id: string;
  code: string;
  name: string;
  max: number;
  /** Sum of the children's maxima; null for a node without children. */
  sum: number | null;
  children: PreviewNode[];
}

const sumOf = (nodes: PreviewNode[]): number | null => (nodes.length === 0 ? null : Math.round(nodes.reduce((n, c) => n + c.max, 0) * 1000) / 1000);

function node(id: string, code: string, name: string, max: number, children: PreviewNode[]): PreviewNode {
  return { id, code, name, max, sum: sumOf(children), children };
}

/** Parts, fields and criteria; a criterion's sub-criteria only count towards its sum (the list stays short). */
export function previewTree(t: Template): PreviewNode[] {
  const criteria = (prefix: string, list: Template["parts"][number]["criteria"]): PreviewNode[] =>
    list.map((c) => ({
      id: `${prefix}/${c.code}`,
      code: c.code,
      name: c.name,
      max: c.maxPoints,
      sum: c.items.length === 0 ? null : Math.round(c.items.reduce((n, i) => n + i.maxPoints, 0) * 1000) / 1000,
      children: [],
    }));
  return t.parts.map((p) =>
    node(
      p.code,
      p.code,
      p.title,
      p.maxPoints,
      p.fields.length > 0 ? p.fields.map((f) => node(`${p.code}/${f.code}`, f.code, f.name, f.maxPoints, criteria(`${p.code}/${f.code}`, f.criteria))) : criteria(p.code, p.criteria),
    ),
  );
}

/** Converted total of the template's parts (Part I × factor + Part II …). */
export function convertedTotal(t: Template): number {
  return Math.round(t.parts.reduce((n, p) => n + p.maxPoints * p.factor, 0) * 1000) / 1000;
}

const RANK: Record<ImportSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; by row within each. */
export function sortFindings(findings: ImportFinding[], severity: (f: ImportFinding) => ImportSeverity): Array<{ finding: ImportFinding; severity: ImportSeverity }> {
  return findings
    .map((finding) => ({ finding, severity: severity(finding) }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.finding.row ?? 0) - (b.finding.row ?? 0));
}
