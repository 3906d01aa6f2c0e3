import type { Feature } from "./capabilities";

/**
 * Expected problems of the Office.js layer, as values. Texts live in messages.ts. Office raises
 * errors with a `code` (OfficeExtension.Error); they are mapped here, never swallowed.
 */
export type ExcelProblem =
  /** The user is typing in a cell: Excel refuses every API call until they leave it. */
  | { code: "cellEditMode" }
  | { code: "unsupported"; feature: Feature | "api"; detail?: string }
  | { code: "sheetMissing"; sheetName: string }
  | { code: "sheetProtected"; detail: string }
  | { code: "tooLarge" }
  | { code: "invalidPlan"; detail: string }
  | { code: "officeError"; officeCode: string; detail: string }
  /** Not an Office error: Excel is not there, or a programming error. */
  | { code: "unexpected"; detail: string };

/** Things the user should know after a successful insertion. */
export type ExcelNote =
  /** office-js #1860: fit-to-width is not always applied; the standalone workbook has it. */
  | { code: "fitToWidthMayNotApply" }
  /** These names already existed in the workbook, so they were defined on the new sheet only. */
  | { code: "namesOnSheet"; sheetName: string; names: string[] }
  | { code: "featureSkipped"; feature: Feature };

/** What every action returns when it could not do its job. */
export type ExcelFailure = { kind: "busy"; problem: ExcelProblem } | { kind: "error"; problem: ExcelProblem };

export function officeCode(e: unknown): string | null {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") return (e as { code: string }).code;
  return null;
}

/** sheetName: the one sheet the batch looked up, so that ItemNotFound can name it. */
export function problemOf(e: unknown, sheetName?: string): ExcelProblem {
  const code = officeCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case null:
      return { code: "unexpected", detail };
    case "InvalidOperationInCellEditMode":
      return { code: "cellEditMode" };
    case "AccessDenied":
      return { code: "sheetProtected", detail };
    case "RequestPayloadSizeLimitExceeded":
      return { code: "tooLarge" };
    case "ApiNotFound":
      return { code: "unsupported", feature: "api", detail };
    case "ItemNotFound":
      return sheetName === undefined ? { code: "officeError", officeCode: code, detail } : { code: "sheetMissing", sheetName };
    default:
      return { code: "officeError", officeCode: code, detail };
  }
}

export function failureOf(e: unknown, sheetName?: string): ExcelFailure {
  const problem = problemOf(e, sheetName);
  return problem.code === "cellEditMode" ? { kind: "busy", problem } : { kind: "error", problem };
}
