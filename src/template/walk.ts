import type { Adjustment, Criterion, Field, Item, Part, Template } from "./schema";

/**
 * A scored entry of the template, wherever it stands: a sub-criterion, a criterion without
 * sub-criteria, or an item of a bonus/penalty block. Engine, sheet and import all walk the tree
 * through these, so that they agree on order and on keys.
 */
export interface ScoredEntry {
  /** Stable identity across versions: codes from the part down, joined by "/". */
  key: string;
  /** Where it sits: "part" for Part I/II items, "adjustment" for bonus/penalty items. */
  scope: "part" | "adjustment";
  /** Index into template.parts or template.adjustments. */
  groupIndex: number;
  fieldIndex: number | null;
  criterionIndex: number | null;
  code: string;
  name: string;
  maxPoints: number;
  rule: string;
  steps: number[] | undefined;
  method: Item["method"];
  evidenceRequired: boolean;
  mayBeNotApplicable: boolean;
}

function entryOf(
  node: Item | Criterion,
  key: string,
  scope: ScoredEntry["scope"],
  groupIndex: number,
  fieldIndex: number | null,
  criterionIndex: number | null,
): ScoredEntry {
  return {
    key,
    scope,
    groupIndex,
    fieldIndex,
    criterionIndex,
    code: node.code,
    name: node.name,
    maxPoints: node.maxPoints,
    rule: node.rule,
    steps: node.steps,
    method: node.method,
    evidenceRequired: node.evidenceRequired,
    mayBeNotApplicable: node.mayBeNotApplicable,
  };
}

export function criterionEntries(
  part: Part,
  partIndex: number,
  crit: Criterion,
  critIndex: number,
  field: Field | null,
  fieldIndex: number | null,
): ScoredEntry[] {
  const base = field ? `${part.code}/${field.code}/${crit.code}` : `${part.code}/${crit.code}`;
  if (crit.items.length === 0) return [entryOf(crit, base, "part", partIndex, fieldIndex, critIndex)];
  return crit.items.map((item) => entryOf(item, `${base}/${item.code}`, "part", partIndex, fieldIndex, critIndex));
}

/** Criteria of a part in order, with the field they belong to (null in a part without fields). */
export function partCriteria(part: Part): Array<{ crit: Criterion; critIndex: number; field: Field | null; fieldIndex: number | null }> {
  if (part.fields.length === 0) {
    return part.criteria.map((crit, critIndex) => ({ crit, critIndex, field: null, fieldIndex: null }));
  }
  return part.fields.flatMap((field, fieldIndex) =>
    field.criteria.map((crit, critIndex) => ({ crit, critIndex, field, fieldIndex })),
  );
}

export function partEntries(part: Part, partIndex: number): ScoredEntry[] {
  return partCriteria(part).flatMap(({ crit, critIndex, field, fieldIndex }) =>
    criterionEntries(part, partIndex, crit, critIndex, field, fieldIndex),
  );
}

export function adjustmentEntries(adj: Adjustment, adjIndex: number): ScoredEntry[] {
  return adj.items.map((item) => entryOf(item, `${adj.code}/${item.code}`, "adjustment", adjIndex, null, null));
}

/** Every scored entry in sheet order: parts first, then bonus/penalty blocks. */
export function scoredEntries(t: Template): ScoredEntry[] {
  return [...t.parts.flatMap((p, i) => partEntries(p, i)), ...t.adjustments.flatMap((a, i) => adjustmentEntries(a, i))];
}
