import type { CellStyle, StyleId, WorkbookPlan } from "../sheet/plan";
import type { ExcelJS } from "./exceljs";
import { XlsxPlanError } from "./errors";

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** One plan style as an ExcelJS style. Formulas stay visible (hidden: false): reviewers read them. */
export function excelStyle(style: CellStyle, font: WorkbookPlan["font"]): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: style.font.size ?? font.size,
      bold: style.font.bold ?? false,
      italic: style.font.italic ?? false,
      ...(style.font.color ? { color: { argb: argb(style.font.color) } } : {}),
    },
    protection: { locked: style.locked, hidden: false },
  };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontal || style.vertical || style.wrap) {
    out.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.border) out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/**
 * Every plan style converted once. Cells get a fresh shallow copy each so that ExcelJS, which
 * edits style objects in place when a single property is set later, cannot leak one cell's
 * change into another's.
 */
export function excelStyles(plan: Pick<WorkbookPlan, "styles" | "font">): (id: StyleId) => Partial<ExcelJS.Style> {
  const cache = new Map<StyleId, Partial<ExcelJS.Style>>();
  return (id) => {
    let s = cache.get(id);
    if (!s) {
      const style = plan.styles[id];
      if (!style) throw new XlsxPlanError(`Plan style "${id}" is not defined`);
      s = excelStyle(style, plan.font);
      cache.set(id, s);
    }
    return { ...s };
  };
}
