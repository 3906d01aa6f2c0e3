/**
 * Import of an official appendix table as a template (issue #5). Callers pass a 2D table of cell
 * values, from an Excel range, an .xlsx sheet (xlsxTable.ts) or text pasted from Word (tsv.ts).
 */
export { importTable, DEFAULT_BANDS } from "./importTable";
export { importFindingMessage, importFindingSeverity, type ImportSeverity } from "./messages";
export { templateToTable, TABLE_HEADER } from "./toTable";
export { parseTsv } from "./tsv";
export { HEADERS_LOOKED_FOR } from "./header";
export { LIMITS as IMPORT_LIMITS } from "./limits";
export type { ImportFinding, ImportFindingCode, ImportOptions, ImportResult, TableCell, NodeLevel } from "./types";
// readXlsxTable (./xlsxTable) is left out on purpose: it pulls ExcelJS, which the task pane does not need.
export type { XlsxTableProblem, XlsxTableResult } from "./xlsxTable";
export { xlsxTableProblemMessage } from "./messages";
export { planToTable } from "./planTable";
