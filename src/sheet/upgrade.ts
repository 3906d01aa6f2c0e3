import type { Template } from "../template/schema";
import { scoredEntries } from "../template/walk";
import { isEmpty, isNumber } from "../scoring/cellValue";
import type { CellValue, Entries, Entry } from "../scoring/types";
import type { PlanCell, SheetPlan } from "./plan";
import { staticSheet } from "./staticSheet";
import { COLUMNS } from "./columns";

/**
 * Carrying a filled sheet's entries to a new version of its template, by item key. Nothing is
 * dropped: an entry whose item is gone, or whose score is now above the new maximum, is listed (the
 * second kind is also carried, so the sheet shows it in red and counts 0).
 */
export type UnmatchedReason = "itemRemoved" | "overNewMax";

export interface UpgradePlan {
  carried: Entries;
  unmatched: Array<{ key: string; code: string; name: string; reason: UnmatchedReason; entry: Entry; oldMax: number; newMax: number | null }>;
  /** Keys carried whose maximum or steps changed, for the preview. */
  changed: string[];
  /** New items that start blank. */
  added: string[];
}

const hasContent = (e: Entry) => (Object.values(e) as CellValue[]).some((v) => v !== undefined && !isEmpty(v));

export function planUpgrade(from: Template, to: Template, entries: Entries): UpgradePlan {
  const oldByKey = new Map(scoredEntries(from).map((e) => [e.key, e]));
  const newByKey = new Map(scoredEntries(to).map((e) => [e.key, e]));
  const out: UpgradePlan = { carried: {}, unmatched: [], changed: [], added: [] };
  for (const [key, entry] of Object.entries(entries)) {
    if (!hasContent(entry)) continue;
    const old = oldByKey.get(key);
    const next = newByKey.get(key);
    if (!next) {
      out.unmatched.push({ key, code: old?.code ?? key, name: old?.name ?? "", reason: "itemRemoved", entry, oldMax: old?.maxPoints ?? 0, newMax: null });
      continue;
    }
    out.carried[key] = entry;
    const over = [entry.self, entry.appraised].some((v) => isNumber(v) && v > next.maxPoints);
    if (over) out.unmatched.push({ key, code: next.code, name: next.name, reason: "overNewMax", entry, oldMax: old?.maxPoints ?? next.maxPoints, newMax: next.maxPoints });
    if (old && (old.maxPoints !== next.maxPoints || String(old.steps) !== String(next.steps))) out.changed.push(key);
  }
  for (const key of newByKey.keys()) if (!oldByKey.has(key)) out.added.push(key);
  return out;
}

export const UNMATCHED_SHEET = "Mục không khớp";

const valueCell = (row: number, col: number, v: CellValue | undefined): PlanCell =>
  v === undefined || v === null
    ? { kind: "blank", row, col, style: "item" }
    : typeof v === "number"
      ? { kind: "number", row, col, value: v, style: "item" }
      : { kind: "text", row, col, text: typeof v === "object" ? v.error : String(v), style: "item" };

/** The "Mục không khớp" block: every unmatched entry with all it held, as plain values. */
export function unmatchedSheet(up: UpgradePlan, fromVersion: string, toVersion: string): SheetPlan {
  const header = ["Mã mục", "Tên mục", "Lý do", "Điểm tối đa cũ", "Điểm tối đa mới", "Điểm tự đánh giá", "Tài liệu kiểm chứng", "Giải trình", "Điểm thẩm định", "Ghi chú thẩm định", "Không áp dụng"];
  const cells: PlanCell[] = [
    { kind: "text", row: 1, col: 1, text: `MỤC KHÔNG KHỚP khi chuyển từ phiên bản ${fromVersion} sang ${toVersion}: dữ liệu được giữ nguyên để đối chiếu`, style: "subtitle" },
    ...header.map((h, i): PlanCell => ({ kind: "text", row: 3, col: i + 1, text: h, style: "header" })),
  ];
  up.unmatched.forEach((u, i) => {
    const r = 4 + i;
    cells.push(
      { kind: "text", row: r, col: 1, text: u.code, style: "itemNumber" },
      { kind: "text", row: r, col: 2, text: u.name, style: "item" },
      { kind: "text", row: r, col: 3, text: u.reason === "itemRemoved" ? "Mục không còn trong bộ chỉ số mới" : "Điểm vượt điểm tối đa mới", style: "item" },
      { kind: "number", row: r, col: 4, value: u.oldMax, style: "itemNumber" },
      u.newMax === null ? { kind: "text", row: r, col: 5, text: "", style: "itemNumber" } : { kind: "number", row: r, col: 5, value: u.newMax, style: "itemNumber" },
      valueCell(r, 6, u.entry.self),
      valueCell(r, 7, u.entry.evidence),
      valueCell(r, 8, u.entry.explanation),
      valueCell(r, 9, u.entry.appraised),
      valueCell(r, 10, u.entry.appraisalNote),
      valueCell(r, 11, u.entry.notApplicable),
    );
  });
  const widths = [8, 40, 24, 9, 9, 10, 26, 22, 10, 18, 9];
  return staticSheet({
    name: UNMATCHED_SHEET,
    cells,
    merges: ["A1:K1"],
    columns: widths.map((width, i) => ({ col: i + 1, width: width ?? COLUMNS[i].width })),
    freeze: { rows: 3, cols: 0 },
  });
}
