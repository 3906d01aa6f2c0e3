import type { PrintPlan } from "../sheet/plan";

/**
 * Queue print setup (ExcelApi 1.9): A4, orientation, one page wide with free height, header rows
 * repeated, print area, margins (the plan's are in inches, as in OOXML), centred, page-number footer.
 * Fit-to-width is not always applied by Excel (office-js #1860): insertPlan tells the user so.
 */
export function queuePrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // verticalFitToPages 0: as many pages tall as needed (OOXML fitToHeight="0").
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.setPrintArea(print.area);
  layout.setPrintMargins("Inches", { ...print.margins });
  layout.centerHorizontally = print.horizontalCentered;
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
}
