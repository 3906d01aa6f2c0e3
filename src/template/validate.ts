import type { Result, TemplateIssue } from "./issues";
import { Template, type Criterion, type Item, type TemplateInput } from "./schema";

/** Points are compared after rounding away binary noise (0.1 + 0.2 adds up to 0.3 here). */
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const sum = (ns: number[]): number => Math.round(ns.reduce((s, n) => s + n, 0) * 1e9) / 1e9;

function pathOf(segments: PropertyKey[]): string {
  return segments.map((s) => (typeof s === "number" ? `[${s}]` : `.${String(s)}`)).join("").replace(/^\./, "") || "(gốc)";
}

function checkSteps(node: Item | Criterion, path: string, label: string, issues: TemplateIssue[]): void {
  if (!node.steps) return;
  for (const step of node.steps) {
    if (step > node.maxPoints + 1e-9) issues.push({ code: "stepOutOfRange", path, node: label, step, max: node.maxPoints });
  }
  for (let i = 1; i < node.steps.length; i++) {
    if (!(node.steps[i] > node.steps[i - 1])) {
      issues.push({ code: "stepsNotIncreasing", path, node: label });
      break;
    }
  }
}

function checkUnique(codes: string[], path: string, label: string, issues: TemplateIssue[]): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) issues.push({ code: "duplicateCode", path, node: label, duplicate: code });
    seen.add(code);
  }
}

function checkCriterion(c: Criterion, path: string, label: string, issues: TemplateIssue[]): void {
  if (c.items.length === 0) {
    checkSteps(c, path, label, issues);
    return;
  }
  const actual = sum(c.items.map((i) => i.maxPoints));
  if (!same(actual, c.maxPoints)) issues.push({ code: "sumMismatch", path, node: label, expected: c.maxPoints, actual });
  checkUnique(c.items.map((i) => i.code), path, label, issues);
  c.items.forEach((item, k) => checkSteps(item, `${path}.items[${k}]`, `${label}, tiêu chí thành phần ${item.code}`, issues));
}

/** The sums and codes the schema cannot express. */
export function checkTemplate(t: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  t.parts.forEach((part, p) => {
    const partPath = `parts[${p}]`;
    const partLabel = `Phần ${part.code}`;
    let partSum: number;
    if (part.fields.length > 0) {
      checkUnique(part.fields.map((f) => f.code), partPath, partLabel, issues);
      checkUnique(part.fields.flatMap((f) => f.criteria.map((c) => c.code)), partPath, partLabel, issues);
      part.fields.forEach((field, f) => {
        const fieldPath = `${partPath}.fields[${f}]`;
        const fieldLabel = `${partLabel}, lĩnh vực ${field.code}`;
        const fieldSum = sum(field.criteria.map((c) => c.maxPoints));
        if (!same(fieldSum, field.maxPoints)) {
          issues.push({ code: "sumMismatch", path: fieldPath, node: fieldLabel, expected: field.maxPoints, actual: fieldSum });
        }
        field.criteria.forEach((c, k) => checkCriterion(c, `${fieldPath}.criteria[${k}]`, `${partLabel}, tiêu chí ${c.code}`, issues));
      });
      partSum = sum(part.fields.map((f) => f.maxPoints));
    } else {
      checkUnique(part.criteria.map((c) => c.code), partPath, partLabel, issues);
      part.criteria.forEach((c, k) => checkCriterion(c, `${partPath}.criteria[${k}]`, `${partLabel}, tiêu chí ${c.code}`, issues));
      partSum = sum(part.criteria.map((c) => c.maxPoints));
    }
    if (!same(partSum, part.maxPoints)) {
      issues.push({ code: "sumMismatch", path: partPath, node: partLabel, expected: part.maxPoints, actual: partSum });
    }
  });
  checkUnique(t.parts.map((p) => p.code), "parts", "Bộ chỉ số", issues);
  checkUnique(t.adjustments.map((a) => a.code), "adjustments", "Điểm thưởng/trừ", issues);
  t.adjustments.forEach((adj, a) => {
    const path = `adjustments[${a}]`;
    checkUnique(adj.items.map((i) => i.code), path, adj.name, issues);
    adj.items.forEach((item, k) => checkSteps(item, `${path}.items[${k}]`, `${adj.name}, mục ${item.code}`, issues));
  });
  const mins = new Set<number>();
  t.bands.forEach((b, i) => {
    if (mins.has(b.min)) issues.push({ code: "duplicateBand", path: `bands[${i}]`, min: b.min });
    mins.add(b.min);
  });
  return issues;
}

/** Parse unknown data into a template: schema first, then sums. Bands come out highest first. */
export function parseTemplate(data: unknown): Result<Template> {
  const parsed = Template.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ code: "schema" as const, path: pathOf(i.path), detail: i.message })),
    };
  }
  const template = { ...parsed.data, bands: [...parsed.data.bands].sort((a, b) => b.min - a.min) };
  const issues = checkTemplate(template);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: template };
}

/** For built-in data, which must be valid: a programming error otherwise. */
export function defineTemplate(input: TemplateInput): Template {
  const r = parseTemplate(input);
  if (!r.ok) throw new TemplateDefinitionError(r.issues);
  return r.value;
}

export class TemplateDefinitionError extends Error {
  constructor(readonly issues: TemplateIssue[]) {
    super(`Built-in template is invalid: ${JSON.stringify(issues)}`);
    this.name = "TemplateDefinitionError";
  }
}
