import type { TemplateInput } from "../schema";
import { resolveBullets } from "./bullets";
import { toRoman } from "./classify";
import { leafProps } from "./leaf";
import { isBulletLike, type Node } from "./node";
import { fold } from "./normalize";
import { parseDecimal } from "./points";
import type { FactorRow, TotalRow } from "./rows";
import type { ImportFinding, NodeLevel } from "./types";

type PartInput = TemplateInput["parts"][number];
type CriterionInput = NonNullable<PartInput["criteria"]>[number];
type ItemInput = NonNullable<CriterionInput["items"]>[number];
type FieldInput = NonNullable<PartInput["fields"]>[number];
type AdjustmentInput = NonNullable<TemplateInput["adjustments"]>[number];

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
const sum = (ns: number[]): number => Math.round(ns.reduce((s, n) => s + n, 0) * 1e6) / 1e6;

/** Where each assembled node came from, so that later checks can name the row. */
interface Built<T> {
  value: T;
  row: number;
}

export interface Assembled {
  parts: PartInput[];
  adjustments: AdjustmentInput[];
}

/** Codes must be unique among siblings: a repeat is renamed and reported with both rows. */
function dedupe<T extends { code: string }, B extends Built<T>>(built: B[], level: NodeLevel, findings: ImportFinding[], rename?: (b: B) => string): void {
  const seen = new Map<string, number>();
  for (const b of built) {
    const first = seen.get(b.value.code);
    if (first === undefined) {
      seen.set(b.value.code, b.row);
      continue;
    }
    const original = b.value.code;
    let renamed = rename ? rename(b) : `${original}#2`;
    for (let k = 2; seen.has(renamed); k++) renamed = `${original}#${k}`;
    findings.push({ code: "duplicateCode", row: b.row, firstRow: first, level, nodeCode: original, renamed });
    b.value.code = renamed;
    seen.set(renamed, b.row);
  }
}

class Assembler {
  readonly findings: ImportFinding[] = [];
  /** Assembled sums by source node, for totals rows. */
  readonly sums = new Map<Node, number>();

  /** Code of a child: as written, letters qualified below sub-criteria, bullets numbered. */
  private codeOf(node: Node, parentCode: string, ordinal: number, qualifyLetters: boolean): string {
    if (node.code !== null) return node.kind === "letter" && qualifyLetters ? `${parentCode}.${node.code}` : node.code;
    return parentCode === "" ? String(ordinal) : `${parentCode}.${ordinal}`;
  }

  /** The scored leaves under a node, deeper levels flattened; a level that does not add up is reported. */
  private leaves(children: Node[], parentCode: string, qualifyLetters: boolean, inAdjustment: boolean): Array<Built<ItemInput>> {
    let generated = 0;
    return children.flatMap((child) => {
      const code = this.codeOf(child, parentCode, child.code === null ? ++generated : 0, qualifyLetters);
      if (child.children.length > 0) {
        const sub = this.leaves(child.children, code, true, inAdjustment);
        const actual = sum(sub.map((s) => s.value.maxPoints));
        if (child.points !== null && !same(Math.abs(child.points), actual)) {
          this.findings.push({ code: "sumMismatch", row: child.row, level: "item", nodeCode: code, written: child.points, actual });
        }
        return sub;
      }
      const props = leafProps(child, code, inAdjustment ? "adjustment" : "item", inAdjustment, this.findings);
      return [{ value: { code, name: child.name || code, ...props }, row: child.row }];
    });
  }

  private criterion(node: Node, ordinal: number): Built<CriterionInput> {
    const code = node.code ?? String(ordinal);
    const name = node.name || `Tiêu chí ${code}`;
    const items = this.leaves(node.children, code, false, false);
    if (items.length === 0) {
      const props = leafProps(node, code, "criterion", false, this.findings);
      this.sums.set(node, props.maxPoints);
      return { value: { code, name, ...props, items: [] }, row: node.row };
    }
    dedupe(items, "item", this.findings);
    const maxPoints = sum(items.map((i) => i.value.maxPoints));
    if (node.points !== null && !same(node.points, maxPoints)) {
      this.findings.push({ code: "sumMismatch", row: node.row, level: "criterion", nodeCode: code, written: node.points, actual: maxPoints });
    }
    this.sums.set(node, maxPoints);
    return { value: { code, name, maxPoints, items: items.map((i) => i.value) }, row: node.row };
  }

  private field(node: Node, ordinal: number): Built<FieldInput> & { criteria: Array<Built<CriterionInput>> } {
    const code = node.code ?? toRoman(ordinal);
    const critNodes = node.children.length > 0 ? node.children : [node];
    const criteria = critNodes.map((c, k) => this.criterion(c, k + 1));
    const maxPoints = sum(criteria.map((c) => c.value.maxPoints));
    if (node.children.length > 0 && node.points !== null && !same(node.points, maxPoints)) {
      this.findings.push({ code: "sumMismatch", row: node.row, level: "field", nodeCode: code, written: node.points, actual: maxPoints });
    }
    this.sums.set(node, maxPoints);
    return { value: { code, name: node.name || `Lĩnh vực ${code}`, maxPoints, criteria: criteria.map((c) => c.value) }, row: node.row, criteria };
  }

  /**
   * A part holds fields when its rows have three levels (I → 1 → 1.1, or 1 → 1.1 → 1.1.1) and
   * criteria directly when two (1 → a, or I → a when Roman numerals number the criteria).
   */
  private hasFields(rows: Node[]): boolean {
    const structured = (n: Node): Node[] => n.children.filter((c) => !isBulletLike(c));
    if (rows.some((r) => r.kind === "roman")) {
      return rows.some((r) => r.kind === "roman" && structured(r).some((c) => c.kind === "number" || c.kind === "dotted" || structured(c).length > 0));
    }
    return rows.some((r) => structured(r).some((c) => structured(c).length > 0));
  }

  part(node: Node, index: number, defaultTitle: string, expectedMax: number | null): { part: Built<PartInput>; adjustments: Node[] } | null {
    const adjustments = node.children.filter((c) => c.kind === "adjustment");
    const rows = node.children.filter((c) => c.kind !== "adjustment");
    const code = node.code ?? toRoman(index + 1);
    if (rows.length === 0) {
      if (adjustments.length === 0) this.findings.push({ code: "emptyPart", row: node.row, nodeCode: code });
      return null;
    }
    // "(thang điểm 100)", "(50%)" annotate the title; the points and factor are read elsewhere.
    const title = (node.name || defaultTitle).replace(/\s*\((?:thang điểm [\d.,]+|(?:trọng số |tỷ trọng )?\d{1,3}\s*%)\)$/i, "") || defaultTitle;
    let fields: FieldInput[] = [];
    let criteria: CriterionInput[] = [];
    if (this.hasFields(rows)) {
      const romans = rows.some((r) => r.kind === "roman");
      const fieldRows = rows.filter((r) => {
        if (!romans || r.kind === "roman") return true;
        this.findings.push({ code: "orphanRow", row: r.row, nodeCode: r.code ?? r.name.slice(0, 40) });
        return false;
      });
      const built = fieldRows.map((f, k) => this.field(f, k + 1));
      dedupe(built, "field", this.findings);
      // Criteria numbered from 1 again in each field are told apart by their field.
      const crits = built.flatMap((f) => f.criteria.map((c) => ({ ...c, field: f.value.code })));
      dedupe(crits, "criterion", this.findings, (b) => `${b.field}.${b.value.code}`);
      fields = built.map((b) => b.value);
    } else {
      const built = rows.map((r, k) => this.criterion(r, k + 1));
      dedupe(built, "criterion", this.findings);
      criteria = built.map((b) => b.value);
    }
    const maxPoints = sum((fields.length > 0 ? fields : criteria).map((n) => n.maxPoints));
    const expected = node.points ?? expectedMax ?? expectedFromTitle(fold(title), fields.length > 0);
    if (expected !== null && !same(expected, maxPoints)) {
      this.findings.push({ code: "sumMismatch", row: node.row, level: "part", nodeCode: code, written: expected, actual: maxPoints });
    }
    this.sums.set(node, maxPoints);
    const factor = factorFromText(fold([node.name, ...node.rule.map((l) => l.text)].join(" ")), maxPoints) ?? 0;
    return { part: { value: { code, title, maxPoints, factor, fields, criteria }, row: node.row }, adjustments };
  }

  /** "ĐIỂM THƯỞNG: Điểm thưởng (tối đa 1 điểm)", as the scoring sheet shows it, is "Điểm thưởng". */
  private adjustmentName(name: string): string {
    const bare = name.replace(/\s*\(tối đa [\d.,]+ điểm\)$/i, "");
    const colon = bare.indexOf(":");
    return colon > 0 && /^(diem thuong|diem cong|diem tru)$/.test(fold(bare.slice(0, colon))) ? bare.slice(colon + 1).trim() : bare;
  }

  adjustment(node: Node): Built<AdjustmentInput> {
    const kind = node.adjustmentKind ?? "bonus";
    const code = node.code ?? (kind === "bonus" ? "T" : "Tr");
    let items = this.leaves(node.children, "", false, true);
    if (items.length === 0) {
      const props = leafProps(node, "1", "adjustment", true, this.findings);
      items = [{ value: { code: "1", name: node.name, ...props }, row: node.row }];
    }
    dedupe(items, "adjustment", this.findings);
    const cap = node.points !== null ? Math.abs(node.points) : sum(items.map((i) => i.value.maxPoints));
    const name = this.adjustmentName(node.name) || (kind === "bonus" ? "Điểm thưởng" : "Điểm trừ");
    return { value: { code, name, kind, cap, items: items.map((i) => i.value) }, row: node.row };
  }
}

/** The commune index: Part I (reform index) is out of 100, Part II (grassroots government) of 50. */
function expectedFromTitle(title: string, hasFields: boolean): number | null {
  if (/chinh quyen co so/.test(title) && !/cai cach hanh chinh/.test(title)) return 50;
  if (/cai cach hanh chinh|\bcchc\b/.test(title)) return 100;
  return hasFields ? 100 : null;
}

/** "Hệ số quy đổi 0,5", or a weight "(50%)" / "trọng số 50%" of the 100-point total. Null when not written. */
export function factorFromText(text: string, partMax: number): number | null {
  const coefficient = /he so( quy doi)?\s*:?\s*(\d+(?:[.,]\d+)?)/.exec(text);
  if (coefficient) return parseDecimal(coefficient[2]);
  const weight = /(?:ty trong|trong so)\s*:?\s*(\d{1,3})\s*%|\((\d{1,3})\s*%\)/.exec(text);
  if (weight && partMax > 0) return Number(weight[1] ?? weight[2]) / partMax;
  return null;
}

/**
 * Map the tree of rows onto the template's parts and bonus/penalty blocks, with every sum that
 * does not add up reported. Maxima of parents are the sums of what they hold, so the result is
 * consistent even where the table is not; the findings say where the table differs.
 */
export function assemble(
  partNodes: Node[],
  totals: TotalRow[],
  factorRows: FactorRow[],
  defaultTitle: string,
  opts: { factors?: number[]; partMaxima?: number[] },
): Assembled & { findings: ImportFinding[] } {
  const a = new Assembler();
  partNodes.forEach(resolveBullets);
  const parts: Array<Built<PartInput> & { node: Node }> = [];
  const adjustmentNodes: Node[] = [];
  partNodes.forEach((node) => {
    const r = a.part(node, parts.length, defaultTitle, opts.partMaxima?.[parts.length] ?? null);
    if (r) parts.push({ ...r.part, node });
    adjustmentNodes.push(...(r?.adjustments ?? node.children.filter((c) => c.kind === "adjustment")));
  });
  dedupe(parts, "part", a.findings);
  const maxima = parts.map((p) => p.value.maxPoints);
  parts.forEach((p, i) => {
    const given = opts.factors?.[i];
    const stated = factorRows.find((f) => f.part === p.node)?.factor;
    if (given !== undefined) p.value.factor = given;
    else if (!p.value.factor && stated) p.value.factor = stated;
    else if (!p.value.factor) p.value.factor = maxima.length > 1 && same(maxima[i], 100) && maxima.some((m) => same(m, 50)) ? 0.5 : 1;
  });
  const adjustments = adjustmentNodes.map((n) => a.adjustment(n));
  dedupe(adjustments, "adjustment", a.findings, (b) => `${b.value.code}${adjustments.indexOf(b) + 1}`);
  checkTotals(totals, a.sums, parts, partNodes, a.findings);
  return { parts: parts.map((p) => p.value), adjustments: adjustments.map((x) => x.value), findings: a.findings };
}

/** A totals row must equal the sum of its field, its part, the parts so far, or their converted total. */
function checkTotals(
  totals: TotalRow[],
  sums: Map<Node, number>,
  parts: Array<Built<PartInput> & { node: Node }>,
  partNodes: Node[],
  findings: ImportFinding[],
): void {
  for (const t of totals) {
    const upTo = t.part ? partNodes.indexOf(t.part) : partNodes.length - 1;
    const before = parts.filter((p) => partNodes.indexOf(p.node) <= upTo);
    const candidates = [
      t.field ? sums.get(t.field) : undefined,
      t.part ? sums.get(t.part) : undefined,
      sum(before.map((p) => p.value.maxPoints)),
      sum(before.map((p) => p.value.maxPoints * p.value.factor)),
    ].filter((v): v is number => v !== undefined);
    if (!candidates.some((c) => same(c, t.value))) {
      const actual = (t.part ? sums.get(t.part) : undefined) ?? candidates[candidates.length - 2] ?? 0;
      findings.push({ code: "totalMismatch", row: t.row, written: t.value, actual });
    }
  }
}
