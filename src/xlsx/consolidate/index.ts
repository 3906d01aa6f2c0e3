/** Consolidation of many filled workbooks (read only) into the "Tổng hợp" and "Lỗi" sheets. */
export { consolidate, majorityTemplate, NoTemplateError, type ConsolidateOptions, type ConsolidationOutcome, type FileReport } from "./consolidate";
export { readScoringFile, type ConsolidationSource, type ScoringFile, type FileRead } from "./readOne";
export { readWorkbookFast } from "./fastRead";
export { entriesFromCells, missingScores, ENTRY_COLUMNS } from "./entries";
export { fileProblemMessage, keepsFile, type FileProblem } from "./problems";
export { TemplateCatalog } from "./templates";
