import { fold } from "./normalize";
import { parseDecimal, tidy } from "./points";

/**
 * Wordings that make the points a formula or a per-occurrence deduction ("tỷ lệ × 2", "mỗi báo cáo
 * chậm trừ 0,25 điểm"): any number from 0 to the maximum may then be right, so no step list.
 */
const CONTINUOUS = [/[\u00d7*]/, /\d\s*x\s*\d/, /\bx\s*\d/, /\bmoi\b/, /\btru\b/, /theo ty le/, /cong thuc/, /nhan voi/, /= ?ty le/];

/** "1 điểm", "0,5 điểm", "1,0 đ", "2đ": a number followed by the word for points. */
const POINTS_IN_TEXT = /(\d{1,4}(?:[.,]\d{1,4})?)\s*(?:diem|d)(?![a-z0-9])/g;

export type RuleSteps = { kind: "none" } | { kind: "steps"; steps: number[] } | { kind: "aboveMax"; value: number };

/**
 * Allowed values named by a rule text: "Hoàn thành 100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm;
 * dưới 80%: 0 điểm" gives [0, 0.5, 1]. Zero and the maximum are always allowed values.
 */
export function stepsFromRule(rule: string, max: number): RuleSteps {
  if (rule === "" || max <= 0) return { kind: "none" };
  const f = fold(rule);
  if (CONTINUOUS.some((re) => re.test(f))) return { kind: "none" };
  const values: number[] = [];
  for (const m of f.matchAll(POINTS_IN_TEXT)) {
    const v = parseDecimal(m[1]);
    if (v !== null) values.push(v);
  }
  if (/diem toi da|du diem|toi da cua tieu chi/.test(f)) values.push(max);
  if (values.length === 0) return { kind: "none" };
  const above = values.find((v) => v > max + 1e-9);
  if (above !== undefined) return { kind: "aboveMax", value: above };
  return { kind: "steps", steps: stepList([...values, 0, max]) };
}

export function stepList(values: number[]): number[] {
  return [...new Set(values.map(tidy))].sort((a, b) => a - b);
}

export type StepsCell = { kind: "empty" } | { kind: "any" } | { kind: "steps"; steps: number[] } | { kind: "invalid" };

/** The optional "Mức điểm" column: "0; 0,5; 1", or "Bất kỳ" for any value from 0 to the maximum. */
export function parseStepsCell(text: string, max: number): StepsCell {
  const f = fold(text);
  if (f === "") return { kind: "empty" };
  if (/^(bat ky|tu do|khong co|khong)$/.test(f)) return { kind: "any" };
  const parts = f.split(/[;|/]|\s+-\s+/).map((p) => p.replace(/\s*(diem|d)$/, "").trim()).filter((p) => p !== "");
  const values = parts.map(parseDecimal);
  if (values.some((v) => v === null || v < 0 || v > max + 1e-9)) return { kind: "invalid" };
  const steps = stepList(values as number[]);
  return steps.length >= 2 ? { kind: "steps", steps } : { kind: "invalid" };
}
