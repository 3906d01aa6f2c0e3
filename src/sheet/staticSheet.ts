import type { PrintPlan, SheetPlan } from "./plan";

/**
 * The generated report sheets (explanation list, unmatched entries, consolidation, problems) hold
 * values only: no validation, no conditional format, no protection. This fills those in once.
 */
export function staticSheet(sheet: Pick<SheetPlan, "name" | "cells" | "merges" | "columns" | "freeze"> & Partial<Pick<SheetPlan, "rowHeights" | "print" | "dataBars">>): SheetPlan {
  return {
    visibility: "visible",
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: null,
    ...sheet,
  };
}

/** A4 landscape, one page wide, title rows repeated, pages numbered: how every table here prints. */
export function a4Landscape(titleRows: PrintPlan["titleRows"], area: string, margins: PrintPlan["margins"]): PrintPlan {
  return { paperSize: "A4", orientation: "landscape", fitToWidth: 1, titleRows, area, footer: "Trang &P/&N", margins, horizontalCentered: true };
}
