import type { Template } from "../template/schema";
import { scoredEntries } from "../template/walk";
import { isBlankText, isNumber } from "../scoring/cellValue";
import type { CellValue, Entries } from "../scoring/types";
import { a1 } from "./address";
import type { PlanCell, PlanLayout, SheetPlan } from "./plan";
import { a4Landscape, staticSheet } from "./staticSheet";

/**
 * "Bảng giải trình": every item scored without evidence, with its explanation, as the
 * self-assessment report needs. Generated on demand from the entries, so it lists values as they
 * stood then (the date is printed).
 */
export const EXPLANATION_SHEET = "Bảng giải trình";

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "object" ? v.error : String(v));

export function explanationRows(template: Template, entries: Entries, layout: PlanLayout) {
  const rowOf = new Map(layout.entries.map((e) => [e.key, e.row]));
  return scoredEntries(template)
    .filter((e) => {
      const en = entries[e.key] ?? {};
      return e.evidenceRequired && isNumber(en.self) && en.self > 0 && isBlankText(en.evidence);
    })
    .map((e) => ({ key: e.key, code: e.code, name: e.name, maxPoints: e.maxPoints, self: entries[e.key].self as number, explanation: text(entries[e.key].explanation), cell: a1(rowOf.get(e.key) ?? 0, 5) }));
}

export function explanationSheet(template: Template, entries: Entries, layout: PlanLayout, opts: { unit: string; date: string }): SheetPlan {
  const rows = explanationRows(template, entries, layout);
  const cells: PlanCell[] = [
    { kind: "text", row: 1, col: 1, text: "BẢNG GIẢI TRÌNH CÁC TIÊU CHÍ KHÔNG CÓ TÀI LIỆU KIỂM CHỨNG", style: "title" },
    { kind: "text", row: 2, col: 1, text: `Đơn vị: ${opts.unit} – lập ngày ${opts.date}`, style: "subtitle" },
    ...["STT", "Mã mục", "Tiêu chí / tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Giải trình", "Ô trên biểu"].map(
      (h, i): PlanCell => ({ kind: "text", row: 4, col: i + 1, text: h, style: "header" }),
    ),
  ];
  rows.forEach((r, i) => {
    const row = 5 + i;
    cells.push(
      { kind: "number", row, col: 1, value: i + 1, style: "itemNumber" },
      { kind: "text", row, col: 2, text: r.code, style: "itemNumber" },
      { kind: "text", row, col: 3, text: r.name, style: "item" },
      { kind: "number", row, col: 4, value: r.maxPoints, style: "itemNumber" },
      { kind: "number", row, col: 5, value: r.self, style: "itemNumber" },
      { kind: "text", row, col: 6, text: r.explanation || "(chưa có giải trình)", style: "item" },
      { kind: "text", row, col: 7, text: r.cell, style: "itemNumber" },
    );
  });
  if (rows.length === 0) cells.push({ kind: "text", row: 5, col: 1, text: "Không có tiêu chí nào có điểm mà thiếu tài liệu kiểm chứng.", style: "note" });
  const last = 5 + Math.max(rows.length, 1) + 4;
  cells.push(
    { kind: "text", row: last - 2, col: 6, text: "CHỦ TỊCH ỦY BAN NHÂN DÂN", style: "signatureTitle" },
    { kind: "text", row: last - 1, col: 6, text: "(Ký tên, đóng dấu)", style: "signature" },
  );
  return staticSheet({
    name: EXPLANATION_SHEET,
    cells,
    merges: ["A1:G1", "A2:G2"],
    columns: [6, 8, 44, 9, 10, 50, 9].map((width, i) => ({ col: i + 1, width })),
    rowHeights: [{ row: 4, height: 34 }],
    print: a4Landscape({ first: 4, last: 4 }, `A1:G${last}`, { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }),
    freeze: { rows: 4, cols: 0 },
  });
}
