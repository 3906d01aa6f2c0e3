import type { Item } from "../schema";
import { renderRule } from "./bullets";
import { evidenceRequiredOf, mayBeNotApplicableOf, methodOf } from "./method";
import type { Node } from "./node";
import { parseStepsCell, stepsFromRule } from "./steps";
import type { ImportFinding, NodeLevel } from "./types";

/** The properties of a scored entry (a sub-criterion, or a criterion without sub-criteria). */
export type LeafProps = Omit<Item, "code" | "name" | "maxPoints"> & { maxPoints: number };

export function leafProps(node: Node, code: string, level: NodeLevel, inAdjustment: boolean, findings: ImportFinding[]): LeafProps {
  let maxPoints = node.points;
  if (maxPoints === null) {
    findings.push({ code: "missingMax", row: node.row, level, nodeCode: code });
    maxPoints = 0;
  } else if (maxPoints < 0) {
    // A penalty written "-1" or "trừ 1 điểm" is a positive maximum of a penalty item.
    if (!inAdjustment) findings.push({ code: "badPoints", row: node.row, text: String(maxPoints) });
    maxPoints = -maxPoints;
  }
  const rule = renderRule(node);
  const method = methodOf(node.methodText, [node.name, rule]);
  const evidenceRequired = evidenceRequiredOf(node.evidenceText.join(" "), method);
  const mayBeNotApplicable = mayBeNotApplicableOf([rule, ...node.methodText, ...node.evidenceText]);
  const props: LeafProps = { maxPoints, rule, method, evidenceRequired, mayBeNotApplicable };

  const cell = parseStepsCell(node.stepsText, maxPoints);
  if (cell.kind === "steps") return { ...props, steps: cell.steps };
  if (cell.kind === "any") return props;
  if (cell.kind === "invalid") findings.push({ code: "badSteps", row: node.row, nodeCode: code, text: node.stepsText });
  const fromRule = stepsFromRule(rule, maxPoints);
  if (fromRule.kind === "steps") return { ...props, steps: fromRule.steps };
  if (fromRule.kind === "aboveMax") findings.push({ code: "ruleAboveMax", row: node.row, nodeCode: code, value: fromRule.value, max: maxPoints });
  return props;
}
