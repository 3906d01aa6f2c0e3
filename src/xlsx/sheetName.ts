import { XlsxPlanError } from "./errors";

/**
 * Excel's rules for a sheet name, plus one of ours: no apostrophe, because ExcelJS writes the print
 * area and print titles as '<name>'!... without doubling it, which Excel would reject.
 */
export function checkSheetName(name: string): void {
  const problem =
    name.length === 0 || name.length > 31
      ? "must have 1 to 31 characters"
      : /[:\\/?*[\]]/.test(name)
        ? "must not contain : \\ / ? * [ ]"
        : name.includes("'")
          ? "must not contain an apostrophe (print titles could not be written)"
          : null;
  if (problem) throw new XlsxPlanError(`Sheet name "${name}" ${problem}`);
}
