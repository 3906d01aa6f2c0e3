import { formatPoints } from "../messages";
import type { Criterion, Item, ScoringMethod, Template } from "../schema";
import type { TableCell } from "./types";

/** Column headings of the table templateToTable() writes, the familiar ones first. */
export const TABLE_HEADER = ["STT", "Lĩnh vực / Tiêu chí / Tiêu chí thành phần", "Điểm tối đa", "Hướng dẫn chấm điểm", "Phương pháp chấm", "Tài liệu kiểm chứng", "Mức điểm"];

const METHOD_TEXT: Record<ScoringMethod, string> = {
  self: "Tự chấm",
  survey: "Điều tra xã hội học",
  appraisal: "Cấp thẩm định chấm",
};

function scoredRow(code: string, node: Item | Criterion): TableCell[] {
  const method = METHOD_TEXT[node.method] + (node.mayBeNotApplicable ? "; có thể không áp dụng" : "");
  const steps = node.steps ? node.steps.map((s) => formatPoints(s)).join("; ") : "Bất kỳ";
  return [code, node.name, node.maxPoints, node.rule || null, method, node.evidenceRequired ? "Có" : "Không", steps];
}

function criterionRows(c: Criterion): TableCell[][] {
  if (c.items.length === 0) return [scoredRow(c.code, c)];
  return [[c.code, c.name, c.maxPoints, null, null, null, null], ...c.items.map((i) => scoredRow(i.code, i))];
}

/**
 * A template as the appendix table an officer would receive: title, header, then one row per part,
 * field, criterion and sub-criterion with its max points and rule, and the bonus/penalty blocks.
 * The method, evidence and allowed-values columns carry what the rule text may not say, so that
 * importTable() reads the same template back.
 */
export function templateToTable(t: Template): TableCell[][] {
  const rows: TableCell[][] = [[t.title], [], TABLE_HEADER];
  for (const part of t.parts) {
    rows.push([`Phần ${part.code}`, part.title, part.maxPoints, `Hệ số quy đổi: ${formatPoints(part.factor)}`, null, null, null]);
    if (part.fields.length > 0) {
      for (const f of part.fields) {
        rows.push([f.code, f.name, f.maxPoints, null, null, null, null]);
        f.criteria.forEach((c) => rows.push(...criterionRows(c)));
      }
    } else {
      part.criteria.forEach((c) => rows.push(...criterionRows(c)));
    }
    rows.push([null, `Cộng Phần ${part.code}`, part.maxPoints, null, null, null, null]);
  }
  for (const adj of t.adjustments) {
    rows.push([adj.code, adj.name, adj.kind === "penalty" ? -adj.cap : adj.cap, null, null, null, null]);
    adj.items.forEach((i) => rows.push(scoredRow(i.code, i)));
  }
  rows.push([], [null, "Ghi chú: bảng dựng từ bộ chỉ số " + t.id + " phiên bản " + t.version]);
  return rows;
}
