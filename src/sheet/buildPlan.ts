import type { Template } from "../template/schema";
import { adjustmentEntries, criterionEntries, partCriteria, partEntries, type ScoredEntry } from "../template/walk";
import { METHODS } from "../scoring/methods";
import { a1, absA1, quoteSheet } from "./address";
import { COLUMNS, HEADER_ROWS, HELPER_HEADERS, PRINT_LAST_COL } from "./columns";
import * as F from "./formulas";
import { META_SHEET, PLAN_FORMAT, STEP_LIST_FIRST_ROW, metaCells, metaValues, templateJsonCells } from "./meta";
import { COL, type DefinedName, type PlanCell, type PlanLayout, type SheetPlan, type StyleId, type WorkbookPlan } from "./plan";
import { resultNames } from "./names";
import { rowHeightFor, type TextWeight } from "./rowHeight";
import { a4Landscape } from "./staticSheet";
import { FONT, STYLES } from "./styles";
import { stylesFor, type ProtectionMode } from "./modes";
import { conditionalFormats, validations, type RuleRows } from "./rules";

export interface PlanOptions {
  /** The unit scoring itself, e.g. "Phường Xuân An". */
  unit: string;
  /** Defaults to the template's year. */
  year?: number;
  sheetName?: string;
  /** Which entry columns protection leaves open; the officer's by default. */
  mode?: ProtectionMode;
}

export const DEFAULT_SHEET_NAME = "Chấm điểm CCHC";

/** Template → sheet plan. Pure: the same template and options give the same plan. */
export function buildPlan(template: Template, opts: PlanOptions): WorkbookPlan {
  const year = opts.year ?? template.year;
  const sheetName = opts.sheetName ?? DEFAULT_SHEET_NAME;
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const rowHeights: Array<{ row: number; height: number }> = [];
  const text = (row: number, col: number, t: string, style: StyleId) => cells.push({ kind: "text", row, col, text: t, style });
  const number = (row: number, col: number, value: number, style: StyleId) => cells.push({ kind: "number", row, col, value, style });
  const formula = (row: number, col: number, f: string, style: StyleId) => cells.push({ kind: "formula", row, col, formula: f, style });
  const blank = (row: number, col: number, style: StyleId) => cells.push({ kind: "blank", row, col, style });
  const widthOf = (col: number) => COLUMNS[col - 1].width;
  const fitRow = (row: number, parts: Array<{ col: number; text: string; fontSize?: number; span?: number; weight?: TextWeight }>, minLines = 1) =>
    rowHeights.push({
      row,
      height: rowHeightFor(
        parts.map((p) => ({ text: p.text, widthChars: widthOf(p.col) + (p.span ? COLUMNS.slice(p.col, p.col + p.span).reduce((s, c) => s + c.width, 0) : 0), fontSize: p.fontSize, weight: p.weight })),
        minLines,
      ),
    });
  const mergedLine = (row: number, t: string, style: StyleId) => {
    text(row, 1, t, style);
    merges.push(`A${row}:${a1(row, PRINT_LAST_COL)}`);
    const width = COLUMNS.slice(0, PRINT_LAST_COL).reduce((s, c) => s + c.width, 0);
    rowHeights.push({ row, height: rowHeightFor([{ text: t, widthChars: width, fontSize: STYLES[style].font.size }]) });
  };

  // Title block: rows 1–5, fixed so that the header is always at HEADER_ROWS.
  mergedLine(1, `BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ CHÍNH QUYỀN CƠ SỞ NĂM ${year}`, "title");
  mergedLine(2, `Đơn vị: ${opts.unit || "……………………………"}`, "subtitle");
  const body = [template.province, `cơ quan thẩm định: ${template.appraisingBody}`].filter(Boolean).join("; ");
  mergedLine(3, `Bộ chỉ số: ${template.title} (phiên bản ${template.version})${body ? "; " + body : ""}`, "subtitle");
  const basis = template.legalBasis
    .map((b) => [b.number, b.date && `ngày ${b.date}`, b.issuer && `của ${b.issuer}`, b.title].filter(Boolean).join(" "))
    .join("; ");
  mergedLine(4, basis ? `Căn cứ: ${basis}.` : "", "note");
  mergedLine(5, template.provisional ? `(*) ${template.provisionalNote || "Bộ chỉ số tạm dựng, không phải văn bản chính thức."}` : "", "provisional");

  // Header rows.
  COLUMNS.forEach((c, i) => {
    const helper = i >= PRINT_LAST_COL;
    text(HEADER_ROWS.first, i + 1, helper ? HELPER_HEADERS[i - PRINT_LAST_COL] : c.header, helper ? "helperHeader" : "header");
    text(HEADER_ROWS.last, i + 1, helper ? colLetterNote(i + 1) : `(${i + 1})`, helper ? "helperHeader" : "headerNumber");
  });
  rowHeights.push({ row: HEADER_ROWS.first, height: 48 });

  let row = HEADER_ROWS.last + 1;
  const firstDataRow = row;
  const layout: PlanLayout = {
    sheetName,
    metaSheetName: META_SHEET,
    headerRows: HEADER_ROWS,
    firstDataRow,
    lastDataRow: 0,
    entries: [],
    criteria: [],
    fields: [],
    results: { parts: [], adjustments: [], totalRow: 0, classificationRow: 0 },
  };
  const ruleRows: RuleRows = { entries: [] };

  const entryRow = (e: ScoredEntry, r: number, emphasis: "criterion" | "item") => {
    const selfScored = METHODS[e.method].selfScored;
    text(r, COL.stt, e.code, emphasis === "criterion" ? "criterionNumber" : "itemNumber");
    text(r, COL.name, e.name, emphasis);
    number(r, COL.max, e.maxPoints, "itemNumber");
    const ruleText = selfScored ? e.rule : [e.rule, `(${METHODS[e.method].label.vi}: đơn vị không tự chấm)`].filter(Boolean).join("\n");
    text(r, COL.rule, ruleText, "itemRule");
    blank(r, COL.self, selfScored ? "inputScore" : "helper");
    blank(r, COL.evidence, "inputText");
    blank(r, COL.explanation, "inputText");
    blank(r, COL.appraised, "appraisalScore");
    blank(r, COL.appraisalNote, "appraisalText");
    if (e.mayBeNotApplicable) blank(r, COL.notApplicable, "inputFlag");
    else text(r, COL.notApplicable, "", "itemNumber");
    formula(r, COL.selfCounted, F.selfCountedFormula(r), "helper");
    formula(r, COL.finalCounted, F.finalCountedFormula(r), "helper");
    if (e.mayBeNotApplicable) formula(r, COL.excludedMax, F.excludedMaxFormula(r), "helper");
    formula(r, COL.selfStatus, F.selfStatusFormula(r, e), "helper");
    formula(r, COL.appraisedStatus, F.appraisedStatusFormula(r, e), "helper");
    fitRow(
      r,
      [
        { col: COL.name, text: e.name, weight: emphasis === "criterion" ? "bold" : "normal" },
        { col: COL.rule, text: ruleText, fontSize: 11 },
      ],
      2,
    );
    layout.entries.push({ key: e.key, row: r });
    ruleRows.entries.push({ row: r, entry: e });
  };

  const subtotalRow = (r: number, first: number, last: number, style: "field" | "criterion") => {
    formula(r, COL.self, `=${F.sumColumn(COL.selfCounted, first, last)}`, style === "field" ? "fieldNumber" : "criterionNumber");
    formula(r, COL.appraised, `=${F.sumColumn(COL.finalCounted, first, last)}`, style === "field" ? "fieldNumber" : "criterionNumber");
    for (const col of [COL.rule, COL.evidence, COL.explanation, COL.appraisalNote, COL.notApplicable]) text(r, col, "", style);
  };

  const resultRow = (r: number, label: string, max: number | null, self: string, final: string, style: StyleId = "result") => {
    text(r, COL.stt, "", "resultLabel");
    text(r, COL.name, label, "resultLabel");
    if (max === null) text(r, COL.max, "", "result");
    else number(r, COL.max, max, "result");
    text(r, COL.rule, "", "resultLabel");
    formula(r, COL.self, self, style);
    merges.push(`${a1(r, COL.evidence)}:${a1(r, COL.explanation)}`);
    text(r, COL.evidence, "", "resultLabel");
    formula(r, COL.appraised, final, style);
    merges.push(`${a1(r, COL.appraisalNote)}:${a1(r, COL.notApplicable)}`);
    text(r, COL.appraisalNote, "", "resultLabel");
    rowHeights.push({ row: r, height: Math.max(24, rowHeightFor([{ text: label, widthChars: widthOf(COL.name), weight: "boldUpper" }])) });
  };

  const convertedCells: Array<{ self: string; final: string }> = [];
  template.parts.forEach((part, p) => {
    const headingRow = row++;
    text(headingRow, COL.stt, `PHẦN ${part.code}. ${part.title} (thang điểm ${part.maxPoints})`, "partHeading");
    merges.push(`${a1(headingRow, COL.stt)}:${a1(headingRow, COL.name)}`);
    number(headingRow, COL.max, part.maxPoints, "header");
    for (let c = COL.rule; c <= PRINT_LAST_COL; c++) text(headingRow, c, "", "partHeading");
    fitRow(headingRow, [{ col: COL.stt, span: 1, text: `PHẦN ${part.code}. ${part.title} (thang điểm ${part.maxPoints})`, weight: "boldUpper" }]);
    const firstPartRow = row;
    let fieldStart = -1;
    let currentField: string | null = null;
    let fieldRow = -1;
    const closeField = (last: number) => {
      if (fieldRow > 0) subtotalRow(fieldRow, fieldStart, last, "field");
    };
    for (const { crit, critIndex, field, fieldIndex } of partCriteria(part)) {
      if (field && field.code !== currentField) {
        closeField(row - 1);
        currentField = field.code;
        fieldRow = row++;
        fieldStart = fieldRow + 1;
        text(fieldRow, COL.stt, field.code, "fieldNumber");
        text(fieldRow, COL.name, field.name.toLocaleUpperCase("vi"), "field");
        number(fieldRow, COL.max, field.maxPoints, "fieldNumber");
        fitRow(fieldRow, [{ col: COL.name, text: field.name, weight: "boldUpper" }]);
        layout.fields.push({ key: `${part.code}/${field.code}`, row: fieldRow });
      }
      const entries = criterionEntries(part, p, crit, critIndex, field, fieldIndex);
      const critKey = field ? `${part.code}/${field.code}/${crit.code}` : `${part.code}/${crit.code}`;
      if (crit.items.length === 0) {
        layout.criteria.push({ key: critKey, row });
        entryRow(entries[0], row++, "criterion");
        continue;
      }
      const critRow = row++;
      text(critRow, COL.stt, crit.code, "criterionNumber");
      text(critRow, COL.name, crit.name, "criterion");
      number(critRow, COL.max, crit.maxPoints, "criterionNumber");
      fitRow(critRow, [{ col: COL.name, text: crit.name, weight: "bold" }]);
      for (const e of entries) entryRow(e, row++, "item");
      subtotalRow(critRow, critRow + 1, row - 1, "criterion");
      layout.criteria.push({ key: critKey, row: critRow });
    }
    closeField(row - 1);
    const lastPartRow = row - 1;
    const totalRow = row++;
    const rescale = partEntries(part, p).some((e) => e.mayBeNotApplicable);
    const maxCell = absA1(totalRow, COL.max);
    resultRow(
      totalRow,
      `TỔNG ĐIỂM PHẦN ${part.code} (thang điểm ${part.maxPoints})${rescale ? " – quy về điểm tối đa áp dụng khi có mục không áp dụng" : ""}`,
      part.maxPoints,
      F.partTotalFormula(COL.selfCounted, firstPartRow, lastPartRow, maxCell, rescale),
      F.partTotalFormula(COL.finalCounted, firstPartRow, lastPartRow, maxCell, rescale),
    );
    let convertedRow = totalRow;
    if (part.factor !== 1) {
      convertedRow = row++;
      const pct = `${Math.round(part.factor * 10000) / 100}%`;
      resultRow(
        convertedRow,
        `ĐIỂM QUY ĐỔI PHẦN ${part.code} (× ${pct})`,
        part.maxPoints * part.factor,
        F.convertedFormula(a1(totalRow, COL.self), part.factor),
        F.convertedFormula(a1(totalRow, COL.appraised), part.factor),
      );
    }
    convertedCells.push({ self: a1(convertedRow, COL.self), final: a1(convertedRow, COL.appraised) });
    layout.results.parts.push({ code: part.code, headingRow, totalRow, convertedRow });
  });

  const adjustmentCells: Array<{ self: string; final: string; sign: 1 | -1 }> = [];
  template.adjustments.forEach((adj, a) => {
    const headingRow = row++;
    const label = `${adj.kind === "bonus" ? "ĐIỂM THƯỞNG" : "ĐIỂM TRỪ"}: ${adj.name} (tối đa ${adj.cap} điểm)`;
    const entries = adjustmentEntries(adj, a);
    const first = headingRow + 1;
    for (const e of entries) entryRow(e, row++, "item");
    const last = row - 1;
    const capCell = absA1(headingRow, COL.max);
    resultRow(
      headingRow,
      label,
      adj.cap,
      F.adjustmentFormula(COL.selfCounted, first, last, capCell),
      F.adjustmentFormula(COL.finalCounted, first, last, capCell),
    );
    adjustmentCells.push({ self: a1(headingRow, COL.self), final: a1(headingRow, COL.appraised), sign: adj.kind === "bonus" ? 1 : -1 });
    layout.results.adjustments.push({ code: adj.code, headingRow, totalRow: headingRow });
  });
  layout.lastDataRow = row - 1;

  const totalRow = row++;
  const maxTotal = template.parts.reduce((s, p) => s + p.maxPoints * p.factor, 0);
  const terms = (pick: "self" | "final") => [
    ...convertedCells.map((c) => ({ cell: c[pick], sign: 1 as const })),
    ...adjustmentCells.map((c) => ({ cell: c[pick], sign: c.sign })),
  ];
  resultRow(totalRow, "TỔNG ĐIỂM", maxTotal, F.grandTotalFormula(terms("self")), F.grandTotalFormula(terms("final")));
  const classificationRow = row++;
  resultRow(
    classificationRow,
    "XẾP LOẠI",
    null,
    F.classificationFormula(a1(totalRow, COL.self), template.bands),
    F.classificationFormula(a1(totalRow, COL.appraised), template.bands),
    "classification",
  );
  layout.results.totalRow = totalRow;
  layout.results.classificationRow = classificationRow;

  const noteRow = row++;
  mergedLine(
    noteRow,
    "Ghi chú: cột (5) là kết quả tự đánh giá; cột (8) ở các dòng tổng là kết quả sau thẩm định (điểm thẩm định nếu có, nếu không lấy điểm tự đánh giá). " +
      "Điểm sai (không phải số, vượt điểm tối đa, không đúng mức điểm) tô đỏ và không được tính; điểm chưa có tài liệu kiểm chứng hoặc giải trình tô vàng.",
    "note",
  );

  // Signature block.
  row++;
  const sigRow = row;
  merges.push(`${a1(sigRow, COL.evidence)}:${a1(sigRow, PRINT_LAST_COL)}`);
  text(sigRow, COL.evidence, `${opts.unit || "……………"}, ngày …… tháng …… năm ${year}`, "signature");
  text(sigRow + 1, COL.name, "NGƯỜI LẬP BIỂU", "signatureTitle");
  text(sigRow + 1, COL.evidence, "CHỦ TỊCH ỦY BAN NHÂN DÂN", "signatureTitle");
  merges.push(`${a1(sigRow + 1, COL.evidence)}:${a1(sigRow + 1, PRINT_LAST_COL)}`);
  text(sigRow + 2, COL.name, "(Ký, ghi rõ họ tên)", "signature");
  text(sigRow + 2, COL.evidence, "(Ký tên, đóng dấu)", "signature");
  merges.push(`${a1(sigRow + 2, COL.evidence)}:${a1(sigRow + 2, PRINT_LAST_COL)}`);
  const lastRow = sigRow + 6;
  text(lastRow, COL.name, "", "signature");

  const stepSets = distinctStepSets(ruleRows.entries.map((r) => r.entry));
  const scoring: SheetPlan = {
    name: sheetName,
    visibility: "visible",
    cells,
    merges,
    columns: COLUMNS.map((c, i) => ({ col: i + 1, width: c.width })),
    rowHeights,
    validations: validations(ruleRows, stepSets, META_SHEET),
    conditionalFormats: conditionalFormats(ruleRows, firstDataRow, layout.lastDataRow),
    protection: { allowInsertHyperlinks: true, allowFormatColumns: true, allowFormatRows: true, allowSelectLockedCells: true, allowSelectUnlockedCells: true },
    print: a4Landscape(HEADER_ROWS, `A1:${a1(lastRow, PRINT_LAST_COL)}`, { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 }),
    freeze: { rows: HEADER_ROWS.last, cols: 2 },
  };

  const mode = opts.mode ?? "officer";
  const meta = { templateId: template.id, templateVersion: template.version, planFormat: PLAN_FORMAT, unit: opts.unit, year, mode };
  const metaSheetCells: PlanCell[] = [...metaCells(metaValues(meta, template))];
  stepSets.forEach((steps, i) => {
    const r = STEP_LIST_FIRST_ROW + i;
    metaSheetCells.push({ kind: "text", row: r, col: 1, text: `steps${i + 1}`, style: "meta" });
    steps.forEach((s, k) => metaSheetCells.push({ kind: "number", row: r, col: 2 + k, value: s, style: "meta" }));
  });
  metaSheetCells.push(...templateJsonCells(template, STEP_LIST_FIRST_ROW + stepSets.length + 2));
  const metaSheet: SheetPlan = {
    name: META_SHEET,
    visibility: "hidden",
    cells: metaSheetCells,
    merges: [],
    columns: [{ col: 1, width: 20 }, { col: 2, width: 40 }],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: null,
    freeze: null,
  };

  const names: DefinedName[] = resultNames(layout, template).map((n) => ({
    name: n.name,
    ref: `${quoteSheet(sheetName)}!${absA1(n.row, n.col)}`,
    comment: n.comment,
  }));

  return { meta, font: FONT, styles: stylesFor(STYLES, mode), sheets: [scoring, metaSheet], names, layout };
}

function colLetterNote(col: number): string {
  return `(${String.fromCharCode(64 + col)})`;
}

/** Distinct step sets in first-seen order; their lists live on the meta sheet as numbers. */
function distinctStepSets(entries: ScoredEntry[]): number[][] {
  const seen = new Map<string, number[]>();
  for (const e of entries) if (e.steps) seen.set(e.steps.join("|"), e.steps);
  return [...seen.values()];
}
