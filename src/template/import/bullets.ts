import { formatPoints } from "../messages";
import { isBulletLike, type Node, type RuleLine } from "./node";

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const sum = (ns: number[]): number => Math.round(ns.reduce((s, n) => s + n, 0) * 1e6) / 1e6;

/**
 * Bullet rows ("-", "+", or unnumbered rows with points) under a row are either levels of its
 * rule ("- Hoàn thành 100%: 1 điểm", "- Dưới 80%: 0 điểm", the points being alternatives) or unnamed
 * parts that add up to it. They are parts only when there are two or more, none is worth 0, and
 * they add up to the row's points (or the row has none); otherwise they are levels.
 */
function bulletsAreParts(parent: Node, bullets: Node[], hasStructured: boolean): boolean {
  if (hasStructured) return true;
  const pts = bullets.map((b) => b.points as number);
  if (pts.length < 2 || pts.some((p) => p <= 0)) return false;
  if (parent.points === null) return true;
  if (same(sum(pts), parent.points)) return true;
  return pts.some((p) => p > parent.points! + 1e-9);
}

function lineOf(b: Node): RuleLine {
  const text = [b.name, ...b.rule.map((l) => l.text)].filter((t) => t !== "").join(" ");
  return { text: b.kind === "bullet" ? `${b.mark ?? "-"} ${text}`.trim() : text, points: b.points };
}

/** Turn bullet rows into rule lines where they are levels; leave them as children where they are parts. */
export function resolveBullets(node: Node): void {
  node.children.forEach(resolveBullets);
  const leaves = node.children.filter((c) => isBulletLike(c) && c.children.length === 0);
  if (leaves.length === 0) return;
  const scored = leaves.filter((b) => b.points !== null);
  const structured = node.children.filter((c) => !leaves.includes(c));
  const asParts = scored.length > 0 && bulletsAreParts(node, scored, structured.length > 0);
  const asLines = leaves.filter((b) => !(asParts && b.points !== null));
  node.rule.push(...asLines.map(lineOf));
  if (!asParts && scored.length > 0 && node.points === null) node.points = Math.max(...scored.map((b) => b.points as number));
  node.children = node.children.filter((c) => !asLines.includes(c));
}

const NAMES_POINTS = /\d(?:[.,]\d+)?\s*(điểm|đ)(?![\p{L}\d])/iu;

/**
 * The rule text of a node: its lines, each level followed by its points ("Chậm: 0,5 điểm"). When
 * the lines are levels, the first line without points is the level worth the maximum.
 */
export function renderRule(node: Node): string {
  const levels = node.rule.some((l) => l.points !== null);
  return node.rule
    .map((l, i) => {
      const points = l.points ?? (levels && i === 0 && node.points !== null && !NAMES_POINTS.test(l.text) ? node.points : null);
      if (points === null || NAMES_POINTS.test(l.text)) return l.text;
      const p = `${formatPoints(points)} điểm`;
      if (l.text === "") return p;
      return /[:：]$/.test(l.text) ? `${l.text} ${p}` : `${l.text}: ${p}`;
    })
    .filter((t) => t !== "")
    .join("\n");
}
