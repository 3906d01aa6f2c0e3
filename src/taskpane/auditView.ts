import { auditMessage, repairOps, type AuditDifference, type AuditResult } from "../sheet/audit";
import type { Lang } from "../template/messages";
import type { FindingGroup } from "./findings";
import { strings, type Strings } from "./i18n";

/** The audit's differences as the pane lists them: grouped by what went wrong, each naming its cell. */
type GroupKey = "rows" | "formulas" | "names" | "locks";

const ORDER: GroupKey[] = ["rows", "formulas", "names", "locks"];

const TITLE: Record<GroupKey, (s: Strings) => string> = {
  rows: (s) => s.auditGroupRows,
  formulas: (s) => s.auditGroupFormulas,
  names: (s) => s.auditGroupNames,
  locks: (s) => s.auditGroupLocks,
};

function place(d: AuditDifference): { group: GroupKey; address: string } {
  switch (d.kind) {
    case "rowsShifted":
      return { group: "rows", address: `A${d.row}` };
    case "formulaReplaced":
    case "formulaEdited":
      return { group: "formulas", address: d.cell };
    case "nameMissing":
    case "nameChanged":
      return { group: "names", address: "" };
    case "formulaUnlocked":
      return { group: "locks", address: d.cell };
    default: {
      const never: never = d;
      return never;
    }
  }
}

export function groupAudit(result: AuditResult, lang: Lang): FindingGroup[] {
  const s = strings(lang);
  const groups = new Map<GroupKey, FindingGroup>();
  result.differences.forEach((d, i) => {
    const { group, address } = place(d);
    const g = groups.get(group) ?? { id: `audit:${group}`, title: TITLE[group](s), lines: [] };
    g.lines.push({ id: `a${i}`, address, text: auditMessage(d, lang) });
    groups.set(group, g);
  });
  return ORDER.flatMap((k) => groups.get(k) ?? []);
}

/** Whether "Khôi phục công thức" has anything to write. */
export function canRepair(result: AuditResult): boolean {
  if (!result.repairable) return false;
  const ops = repairOps(result);
  return ops.formulas.length + ops.names.length + ops.lock.length > 0;
}
