import { FONT, STYLES } from "../../src/sheet/styles";
import type { PlanCell, WorkbookPlan } from "../../src/sheet/plan";

/**
 * A small plan written by hand, for what buildPlan() may not produce today: text that looks like a
 * formula, a column 9 wide, a hidden column, two look-alike single-cell validation rules next to
 * each other, a multi-area rule whose areas are in different columns, a name comment with XML
 * special characters, a non-ASCII sheet name.
 */
export const HAND_SHEET = "Bảng thử";

const cells: PlanCell[] = [
  { kind: "text", row: 1, col: 1, text: "Tiêu đề thử", style: "title" },
  { kind: "text", row: 3, col: 1, text: "=1+1", style: "item" },
  { kind: "text", row: 3, col: 2, text: "+84 912 345 678", style: "item" },
  { kind: "text", row: 3, col: 3, text: "-5 điểm", style: "item" },
  { kind: "text", row: 3, col: 4, text: "@home", style: "item" },
  { kind: "text", row: 5, col: 1, text: "STT", style: "header" },
  { kind: "text", row: 5, col: 2, text: "Tiêu chí", style: "header" },
  { kind: "text", row: 6, col: 1, text: "(1)", style: "headerNumber" },
  ...[7, 8, 10, 11].flatMap((r): PlanCell[] => [
    { kind: "text", row: r, col: 1, text: `1.${r}`, style: "itemNumber" },
    { kind: "number", row: r, col: 3, value: r === 8 ? 0.5 : 2, style: "itemNumber" },
    { kind: "blank", row: r, col: 5, style: "inputScore" },
    { kind: "blank", row: r, col: 6, style: "inputText" },
    { kind: "formula", row: r, col: 11, formula: `=IF(ISNUMBER(E${r}),E${r},0)`, style: "helper" },
  ]),
  { kind: "text", row: 9, col: 2, text: "Tiêu chí giữa", style: "criterion" },
  { kind: "formula", row: 12, col: 5, formula: "=SUM(K7:K11)", style: "result" },
  { kind: "formula", row: 13, col: 5, formula: '=IF(E12>=3,"Tốt","Yếu")', style: "classification" },
];

export const handPlan: WorkbookPlan = {
  meta: { templateId: "hand-made", templateVersion: "0.0.1", planFormat: 1, unit: "Xã Thử", year: 2024, mode: "officer" },
  font: FONT,
  styles: STYLES,
  sheets: [
    {
      name: HAND_SHEET,
      visibility: "visible",
      cells,
      merges: ["A1:E1"],
      columns: [
        { col: 1, width: 6 },
        { col: 2, width: 40 },
        { col: 3, width: 9 },
        { col: 11, width: 10, hidden: true },
      ],
      rowHeights: [{ row: 7, height: 33 }],
      validations: [
        {
          kind: "decimal",
          ranges: ["E7:E8", "E10:E11", "H7"],
          formula1: "0",
          formula2: "=$C7",
          errorTitle: "Điểm không hợp lệ",
          errorMessage: "Điểm từ 0 đến điểm tối đa.",
          promptTitle: "Điểm",
          prompt: "Nhập số.",
        },
        { kind: "list", ranges: ["F7"], source: '"x"', errorTitle: "Sai", errorMessage: "Chỉ x.", promptTitle: "X", prompt: "x" },
        { kind: "list", ranges: ["F8"], source: '"x"', errorTitle: "Sai", errorMessage: "Chỉ x.", promptTitle: "X", prompt: "x" },
      ],
      conditionalFormats: [
        { purpose: "invalid", ranges: ["E7:E8", "E10:E11"], formula: "=$K7>$C7", fill: "FFC7CE", fontColor: "9C0006" },
        { purpose: "survey", ranges: ["F7:F11"], formula: "=$A7=\"x\"", fill: "D9D9D9" },
      ],
      protection: { allowInsertHyperlinks: true, allowFormatColumns: false, allowFormatRows: true, allowSelectLockedCells: true, allowSelectUnlockedCells: true },
      print: {
        paperSize: "A4",
        orientation: "portrait",
        fitToWidth: 1,
        titleRows: { first: 5, last: 6 },
        area: "A1:J20",
        footer: "Trang &P/&N",
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.25, footer: 0.3 },
        horizontalCentered: false,
      },
      freeze: { rows: 6, cols: 2 },
    },
    {
      name: "CCHC_Meta",
      visibility: "hidden",
      cells: [
        { kind: "text", row: 1, col: 1, text: "templateId", style: "meta" },
        { kind: "text", row: 1, col: 2, text: "hand-made", style: "meta" },
        { kind: "text", row: 2, col: 1, text: "templateVersion", style: "meta" },
        { kind: "text", row: 2, col: 2, text: "0.0.1", style: "meta" },
      ],
      merges: [],
      columns: [],
      rowHeights: [],
      validations: [],
      conditionalFormats: [],
      protection: null,
      print: null,
      freeze: null,
    },
  ],
  names: [{ name: "TongDiem", ref: `'${HAND_SHEET}'!$E$12`, comment: 'Tổng "điểm" & <kết quả>' }],
  layout: {
    sheetName: HAND_SHEET,
    metaSheetName: "CCHC_Meta",
    headerRows: { first: 5, last: 6 },
    firstDataRow: 7,
    lastDataRow: 11,
    entries: [7, 8, 10, 11].map((row) => ({ key: `k${row}`, row })),
    criteria: [],
    fields: [],
    results: { parts: [], adjustments: [], totalRow: 12, classificationRow: 13 },
  },
};
