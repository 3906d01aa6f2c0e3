import type { DefinedName } from "../sheet/plan";
import { XlsxPlanError } from "./errors";
import type { Workbook } from "./exceljs";

/**
 * Workbook-scoped names for the results (TongDiem, XepLoai...). ExcelJS parses the sheet-qualified
 * reference and writes it back quoted; their comments are added by xmlPatch.ts (ExcelJS has none).
 */
export function writeNames(wb: Workbook, names: readonly DefinedName[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.name.toUpperCase();
    // Excel compares names case-insensitively and repairs a file that defines one twice.
    if (seen.has(key)) throw new XlsxPlanError(`Defined name ${n.name} appears twice`);
    seen.add(key);
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n.name) || /^[A-Za-z]{1,3}\d+$/.test(n.name)) {
      throw new XlsxPlanError(`"${n.name}" is not a valid Excel name (letters, digits, _ and ., not a cell address)`);
    }
    wb.definedNames.add(n.ref, n.name);
  }
}
