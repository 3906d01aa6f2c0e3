import type { TemplateIssue } from "./issues";

export type Lang = "vi" | "en";

/** Numbers as Vietnamese officers write them: decimal comma. */
export function formatPoints(n: number, lang: Lang = "vi"): string {
  const s = String(Math.round(n * 1000) / 1000);
  return lang === "vi" ? s.replace(".", ",") : s;
}

export function templateIssueMessage(issue: TemplateIssue, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  switch (issue.code) {
    case "jsonSyntax":
      return vi
        ? `Tệp ${issue.source} không phải JSON hợp lệ (dòng ${issue.line}, cột ${issue.column}): ${issue.detail}`
        : `${issue.source} is not valid JSON (line ${issue.line}, column ${issue.column}): ${issue.detail}`;
    case "unreadable":
      return vi ? `Không đọc được tệp ${issue.source}: ${issue.detail}` : `Cannot read ${issue.source}: ${issue.detail}`;
    case "schema":
      return vi ? `Bộ chỉ số sai cấu trúc tại ${issue.path}: ${issue.detail}` : `Template structure error at ${issue.path}: ${issue.detail}`;
    case "sumMismatch":
      return vi
        ? `${issue.node}: điểm tối đa ghi ${formatPoints(issue.expected)} nhưng các mục con cộng lại được ${formatPoints(issue.actual)} (tại ${issue.path}).`
        : `${issue.node}: max points are ${formatPoints(issue.expected, "en")} but its children add up to ${formatPoints(issue.actual, "en")} (at ${issue.path}).`;
    case "duplicateCode":
      return vi
        ? `${issue.node}: mã "${issue.duplicate}" bị trùng (tại ${issue.path}).`
        : `${issue.node}: code "${issue.duplicate}" is used twice (at ${issue.path}).`;
    case "stepOutOfRange":
      return vi
        ? `${issue.node}: mức điểm ${formatPoints(issue.step)} nằm ngoài khoảng 0 đến ${formatPoints(issue.max)} (tại ${issue.path}).`
        : `${issue.node}: step ${formatPoints(issue.step, "en")} is outside 0 to ${formatPoints(issue.max, "en")} (at ${issue.path}).`;
    case "stepsNotIncreasing":
      return vi
        ? `${issue.node}: các mức điểm phải tăng dần và không trùng nhau (tại ${issue.path}).`
        : `${issue.node}: steps must increase and not repeat (at ${issue.path}).`;
    case "duplicateBand":
      return vi
        ? `Hai mức xếp loại có cùng ngưỡng ${formatPoints(issue.min)} (tại ${issue.path}).`
        : `Two classification bands share the threshold ${formatPoints(issue.min, "en")} (at ${issue.path}).`;
    default: {
      const never: never = issue;
      return String(never);
    }
  }
}
