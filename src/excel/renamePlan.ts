import { quoteSheet } from "../sheet/address";
import type { SheetPlan, ValidationRule, WorkbookPlan } from "../sheet/plan";

/**
 * A copy of the plan whose sheets carry other names, with every reference to them rewritten
 * (formulas, rule formulas, list sources, defined names): used when the user keeps an existing
 * scoring sheet and inserts another beside it. String literals inside formulas are left alone.
 */
export function replaceSheetReferences(formula: string, from: string, to: string): string {
  const quotedFrom = `'${from.replace(/'/g, "''")}'`;
  const forms = [quotedFrom, ...(quoteSheet(from) === from ? [from] : [])].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(^|[^A-Za-z0-9_.'])(?:${forms.join("|")})!`, "gi");
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(re, (_m, pre: string) => `${pre}${quoteSheet(to)}!`)))
    .join('"');
}

export function renamePlan(plan: WorkbookPlan, renames: Record<string, string>): WorkbookPlan {
  const fix = (f: string) => Object.entries(renames).reduce((acc, [from, to]) => replaceSheetReferences(acc, from, to), f);
  const rule = (v: ValidationRule): ValidationRule =>
    v.kind === "decimal" ? { ...v, formula1: fix(v.formula1), formula2: fix(v.formula2) } : { ...v, source: fix(v.source) };
  const sheet = (s: SheetPlan): SheetPlan => ({
    ...s,
    name: renames[s.name] ?? s.name,
    cells: s.cells.map((c) => (c.kind === "formula" ? { ...c, formula: fix(c.formula) } : c)),
    validations: s.validations.map(rule),
    conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, formula: fix(cf.formula) })),
  });
  return {
    ...plan,
    sheets: plan.sheets.map(sheet),
    names: plan.names.map((n) => ({ ...n, ref: fix(n.ref) })),
    layout: {
      ...plan.layout,
      sheetName: renames[plan.layout.sheetName] ?? plan.layout.sheetName,
      metaSheetName: renames[plan.layout.metaSheetName] ?? plan.layout.metaSheetName,
    },
  };
}

/** "Chấm điểm CCHC (2)", "(3)"…: the first suffix free for every name, each kept within 31 characters. */
export function freeNames(names: string[], taken: string[]): Record<string, string> {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = names.map((name) => `${name.slice(0, 31 - suffix.length)}${suffix}`);
    if (candidate.every((c) => !used.has(c.toLowerCase()))) return Object.fromEntries(names.map((name, i) => [name, candidate[i]]));
  }
}
