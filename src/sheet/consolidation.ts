import type { Template } from "../template/schema";
import type { Totals } from "../scoring/types";
import { a1, absA1, colLetter } from "./address";
import type { CellStyle, PlanCell, SheetPlan, StyleId } from "./plan";
import { FONT, STYLES } from "./styles";
import { a4Landscape, staticSheet } from "./staticSheet";

/**
 * The appraising office's consolidation workbook: one row per commune with its points per field,
 * Part I, converted, Part II, adjustments, total and classification (values computed by the engine
 * from each file's entries), the rank as a live RANK formula (ties share a rank), the count per
 * classification as COUNTIF formulas, data bars on the totals, and a "Lỗi" sheet naming every file
 * that could not be taken and why.
 */
export interface ConsolidationRow {
  unit: string;
  file: string;
  self: Totals;
  final: Totals;
  /** Findings left in the file (invalid entries, missing scores), for the reviewer. */
  findings: number;
  /** Entries left blank where a score is expected. */
  blanks: number;
}

export interface ConsolidationProblem {
  file: string;
  reason: string;
}

export const CONSOLIDATION_SHEET = "Tổng hợp";
export const PROBLEMS_SHEET = "Lỗi";

export interface ConsolidationPlan {
  font: { name: string; size: number };
  styles: Record<StyleId, CellStyle>;
  sheets: SheetPlan[];
  names: Array<{ name: string; ref: string; comment: string }>;
  /** Where the totals and ranks are, for tests and readers. */
  layout: { firstRow: number; lastRow: number; totalCol: number; rankCol: number; classCol: number; countsRow: number };
}

export function consolidationPlan(template: Template, rows: ConsolidationRow[], problems: ConsolidationProblem[], opts: { title?: string }): ConsolidationPlan {
  const fields = template.parts.flatMap((p) => p.fields.map((f) => ({ key: `${p.code}/${f.code}`, label: `LV ${f.code}`, max: f.maxPoints })));
  const header = [
    "STT",
    "Đơn vị",
    ...fields.map((f) => `${f.label} (${f.max})`),
    ...template.parts.flatMap((p) => (p.factor !== 1 ? [`Phần ${p.code} (${p.maxPoints})`, `Quy đổi Phần ${p.code}`] : [`Phần ${p.code} (${p.maxPoints})`])),
    ...template.adjustments.map((a) => (a.kind === "bonus" ? `Thưởng: ${a.name}` : `Trừ: ${a.name}`)),
    "Tổng điểm tự đánh giá",
    "Tổng điểm (kết quả)",
    "Xếp loại",
    "Xếp hạng",
    "Số lỗi còn lại",
    "Tệp",
  ];
  const cells: PlanCell[] = [
    { kind: "text", row: 1, col: 1, text: opts.title ?? `TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${template.year}`, style: "title" },
    { kind: "text", row: 2, col: 1, text: `Bộ chỉ số: ${template.title} (phiên bản ${template.version}); ${rows.length} đơn vị`, style: "subtitle" },
    ...header.map((h, i): PlanCell => ({ kind: "text", row: 4, col: i + 1, text: h, style: "header" })),
  ];
  const firstRow = 5;
  const lastRow = firstRow + Math.max(rows.length, 1) - 1;
  const totalCol = header.indexOf("Tổng điểm (kết quả)") + 1;
  const classCol = totalCol + 1;
  const rankCol = totalCol + 2;
  const totals = `${absA1(firstRow, totalCol)}:${absA1(lastRow, totalCol)}`;
  const sorted = [...rows].sort((a, b) => b.final.total - a.final.total || a.unit.localeCompare(b.unit, "vi"));
  sorted.forEach((r, i) => {
    const row = firstRow + i;
    let col = 1;
    const num = (value: number, style: StyleId = "itemNumber") => cells.push({ kind: "number", row, col: col++, value, style });
    num(i + 1);
    cells.push({ kind: "text", row, col: col++, text: r.unit, style: "item" });
    for (const f of fields) num(r.final.fields[f.key] ?? 0);
    template.parts.forEach((p, k) => {
      num(r.final.parts[k].total, "result");
      if (p.factor !== 1) num(r.final.parts[k].converted, "result");
    });
    r.final.adjustments.forEach((a) => num(a.capped));
    num(r.self.total, "result");
    num(r.final.total, "result");
    cells.push({ kind: "text", row, col: col++, text: r.final.classification, style: "classification" });
    cells.push({ kind: "formula", row, col: col++, formula: `=RANK(${a1(row, totalCol)},${totals},0)`, style: "itemNumber" });
    num(r.findings);
    cells.push({ kind: "text", row, col: col++, text: r.file, style: "item" });
  });

  const countsRow = lastRow + 2;
  cells.push({ kind: "text", row: countsRow, col: 2, text: "Số đơn vị theo xếp loại", style: "resultLabel" });
  const classes = `${absA1(firstRow, classCol)}:${absA1(lastRow, classCol)}`;
  [...template.bands].sort((a, b) => b.min - a.min).forEach((b, i) => {
    cells.push({ kind: "text", row: countsRow + 1 + i, col: 2, text: b.label, style: "item" });
    cells.push({ kind: "formula", row: countsRow + 1 + i, col: 3, formula: `=COUNTIF(${classes},"${b.label.replace(/"/g, '""')}")`, style: "itemNumber" });
  });

  const last = colLetter(header.length);
  const summary = staticSheet({
    name: CONSOLIDATION_SHEET,
    cells,
    merges: [`A1:${last}1`, `A2:${last}2`],
    columns: header.map((h, i) => ({ col: i + 1, width: i === 0 ? 5 : i === 1 ? 28 : h === "Tệp" ? 30 : 10 })),
    rowHeights: [{ row: 4, height: 48 }],
    dataBars: rows.length > 0 ? [{ range: `${a1(firstRow, totalCol)}:${a1(lastRow, totalCol)}`, color: "5B9BD5" }] : [],
    print: a4Landscape({ first: 4, last: 4 }, `A1:${last}${countsRow + template.bands.length}`, { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 }),
    freeze: { rows: 4, cols: 2 },
  });

  const problemCells: PlanCell[] = [
    { kind: "text", row: 1, col: 1, text: "CÁC TỆP KHÔNG ĐƯA ĐƯỢC VÀO TỔNG HỢP HOẶC CẦN XEM LẠI", style: "subtitle" },
    { kind: "text", row: 3, col: 1, text: "STT", style: "header" },
    { kind: "text", row: 3, col: 2, text: "Tệp", style: "header" },
    { kind: "text", row: 3, col: 3, text: "Lý do", style: "header" },
  ];
  problems.forEach((p, i) => {
    problemCells.push(
      { kind: "number", row: 4 + i, col: 1, value: i + 1, style: "itemNumber" },
      { kind: "text", row: 4 + i, col: 2, text: p.file, style: "item" },
      { kind: "text", row: 4 + i, col: 3, text: p.reason, style: "item" },
    );
  });
  if (problems.length === 0) problemCells.push({ kind: "text", row: 4, col: 2, text: "Không có lỗi.", style: "note" });
  const problemSheet = staticSheet({
    name: PROBLEMS_SHEET,
    cells: problemCells,
    merges: ["A1:C1"],
    columns: [{ col: 1, width: 5 }, { col: 2, width: 40 }, { col: 3, width: 90 }],
    freeze: { rows: 3, cols: 0 },
  });

  return {
    font: FONT,
    styles: STYLES,
    sheets: [summary, problemSheet],
    names: [],
    layout: { firstRow, lastRow, totalCol, rankCol, classCol, countsRow },
  };
}
