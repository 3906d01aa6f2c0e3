import { colLetter, parseRange } from "../sheet/address";
import type { PrintPlan, SheetPlan, WorkbookPlan } from "../sheet/plan";
import type { ExcelJS, Worksheet } from "./exceljs";

/**
 * ExcelJS prefixes "$" to each end of a print area as given: "A1:J90" would come out as
 * "$A1:$J90", which LibreOffice ignores. Giving "A$1:J$90" yields the absolute "$A$1:$J$90".
 */
export function printAreaForExcelJs(area: string): string {
  const r = parseRange(area);
  return `${colLetter(r.left)}$${r.top}:${colLetter(r.right)}$${r.bottom}`;
}

/** The plan's footer centred, in the workbook font, unless it already places its own sections. */
export function footerText(footer: string, font: WorkbookPlan["font"]): string {
  if (footer === "") return "";
  if (/&[LCR]/.test(footer)) return footer;
  return `&C&"${font.name},Regular"${footer}`;
}

const PAPER: Record<PrintPlan["paperSize"], ExcelJS.PaperSize> = { A4: 9 as ExcelJS.PaperSize };

/** Paper, orientation, one page wide (height free), print titles and area, margins, footer. */
export function writePrint(ws: Worksheet, sheet: SheetPlan, font: WorkbookPlan["font"]): void {
  const p = sheet.print;
  if (!p) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[p.paperSize],
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    // 0: as many pages down as needed.
    fitToHeight: 0,
    printArea: printAreaForExcelJs(p.area),
    printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}`,
    margins: { ...p.margins },
    horizontalCentered: p.horizontalCentered,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footerText(p.footer, font) };
}
