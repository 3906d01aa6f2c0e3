import type { CellStyle, StyleId } from "./plan";

/** Officers' conventions: Times New Roman, field rows upper-case bold, criterion rows bold. */
export const FONT = { name: "Times New Roman", size: 12 };

const RESULT_FORMAT = "0.000";
const FIELD_FILL = "DDEBF7";
const PART_FILL = "BDD7EE";
const INPUT_FILL = "FFFFFF";
const HELPER_FILL = "F2F2F2";

export const STYLES: Record<StyleId, CellStyle> = {
  title: { font: { bold: true, size: 14 }, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  subtitle: { font: { bold: true }, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  provisional: { font: { italic: true, color: "C00000" }, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  header: { font: { bold: true }, fill: PART_FILL, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  headerNumber: { font: { italic: true, size: 10 }, horizontal: "center", vertical: "middle", border: true, locked: true },
  partHeading: { font: { bold: true }, fill: PART_FILL, horizontal: "left", vertical: "middle", wrap: true, border: true, locked: true },
  field: { font: { bold: true }, fill: FIELD_FILL, horizontal: "left", vertical: "top", wrap: true, border: true, locked: true },
  fieldNumber: { font: { bold: true }, fill: FIELD_FILL, horizontal: "center", vertical: "top", wrap: true, border: true, locked: true },
  criterion: { font: { bold: true }, horizontal: "left", vertical: "top", wrap: true, border: true, locked: true },
  criterionNumber: { font: { bold: true }, horizontal: "center", vertical: "top", wrap: true, border: true, locked: true },
  item: { font: {}, horizontal: "left", vertical: "top", wrap: true, border: true, locked: true },
  itemNumber: { font: {}, horizontal: "center", vertical: "top", wrap: true, border: true, locked: true },
  itemRule: { font: { size: 11 }, horizontal: "left", vertical: "top", wrap: true, border: true, locked: true },
  inputScore: { font: { color: "1F3864" }, fill: INPUT_FILL, horizontal: "center", vertical: "top", border: true, locked: false },
  inputText: { font: { size: 11 }, fill: INPUT_FILL, horizontal: "left", vertical: "top", wrap: true, border: true, locked: false },
  appraisalScore: { font: { color: "7030A0" }, fill: INPUT_FILL, horizontal: "center", vertical: "top", border: true, locked: true },
  appraisalText: { font: { size: 11, color: "7030A0" }, fill: INPUT_FILL, horizontal: "left", vertical: "top", wrap: true, border: true, locked: true },
  inputFlag: { font: {}, fill: INPUT_FILL, horizontal: "center", vertical: "top", border: true, locked: false },
  resultLabel: { font: { bold: true }, horizontal: "left", vertical: "middle", wrap: true, border: true, locked: true },
  result: { font: { bold: true }, horizontal: "center", vertical: "middle", border: true, numberFormat: RESULT_FORMAT, locked: true },
  classification: { font: { bold: true, color: "C00000" }, horizontal: "center", vertical: "middle", border: true, locked: true },
  helperHeader: { font: { italic: true, size: 9, color: "595959" }, fill: HELPER_FILL, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  helper: { font: { size: 9, color: "595959" }, fill: HELPER_FILL, horizontal: "center", vertical: "top", locked: true },
  signatureTitle: { font: { bold: true }, horizontal: "center", vertical: "middle", locked: true },
  signature: { font: { italic: true }, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  note: { font: { italic: true, size: 10 }, horizontal: "left", vertical: "top", wrap: true, locked: true },
  meta: { font: { size: 10 }, horizontal: "left", vertical: "top", locked: true },
};
