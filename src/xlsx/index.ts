/** The plan written as an .xlsx file with ExcelJS, and filled files read back (values only). */
export { writeWorkbook, composeWorkbook, serializeWorkbook, type ComposedWorkbook } from "./writeWorkbook";
export { readFilledWorkbook, tryReadFilledWorkbook, UnreadableWorkbookError, type FilledMeta, type FilledWorkbook, type ReadFilledResult } from "./readFilled";
export { toCellValue } from "./cellValue";
export { XlsxPlanError } from "./errors";
