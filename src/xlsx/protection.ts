import type { SheetPlan } from "../sheet/plan";
import type { Worksheet } from "./exceljs";

/**
 * Sheet protection without a password (a guard against accidents, not a secret). In ExcelJS's
 * options `true` means "allowed while protected"; OOXML stores the opposite, which ExcelJS handles.
 */
export async function writeProtection(ws: Worksheet, sheet: SheetPlan): Promise<void> {
  const p = sheet.protection;
  if (!p) return;
  await ws.protect("", {
    selectLockedCells: p.allowSelectLockedCells,
    selectUnlockedCells: p.allowSelectUnlockedCells,
    insertHyperlinks: p.allowInsertHyperlinks,
    formatColumns: p.allowFormatColumns,
    formatRows: p.allowFormatRows,
    formatCells: false,
    insertColumns: false,
    insertRows: false,
    deleteColumns: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
    pivotTables: false,
    // Excel's own defaults: drawings and scenarios stay locked too.
    objects: false,
    scenarios: false,
  });
}
