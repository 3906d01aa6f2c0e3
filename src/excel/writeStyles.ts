import type { SheetPlan, WorkbookPlan } from "../sheet/plan";
import { colLetter } from "../sheet/address";
import { chunkAddresses, columnWidthPoints, runsOf } from "./areas";
import { facetAreas, type Facet } from "./formatFacets";
import type { Capabilities } from "./capabilities";

/**
 * Queue formatting: the default font on the whole sheet, then each facet of the styles once over
 * all its cells (formatFacets.ts): as RangeAreas on ExcelApi 1.9, else rectangle by rectangle.
 */
const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Colours in the plan are RRGGBB; Office.js wants #RRGGBB. */
export const officeColor = (rgb: string): string => `#${rgb}`;

export function applyFacet(format: Excel.RangeFormat, facet: Facet): void {
  switch (facet.kind) {
    case "bold":
      format.font.bold = true;
      return;
    case "italic":
      format.font.italic = true;
      return;
    case "fontSize":
      format.font.size = facet.size;
      return;
    case "fontColor":
      format.font.color = officeColor(facet.color);
      return;
    case "fill":
      format.fill.color = officeColor(facet.color);
      return;
    case "horizontal":
      format.horizontalAlignment = facet.value;
      return;
    case "vertical":
      format.verticalAlignment = facet.value;
      return;
    case "wrap":
      format.wrapText = true;
      return;
    case "border":
      for (const side of BORDERS) {
        const b = format.borders.getItem(side);
        b.style = "Continuous";
        b.weight = "Thin";
      }
      return;
    case "unlocked":
      format.protection.locked = false;
      return;
    default: {
      const never: never = facet;
      throw new Error(`Unknown facet ${JSON.stringify(never)}`);
    }
  }
}

/** Each group of addresses as one RangeAreas (1.9), else each address as one Range. */
export function eachTarget(ws: Excel.Worksheet, addresses: string[], caps: Capabilities, fn: (target: Excel.Range | Excel.RangeAreas, first: string) => void): void {
  if (caps.rangeAreas) {
    for (const chunk of chunkAddresses(addresses)) fn(chunk.length === 1 ? ws.getRange(chunk[0]) : ws.getRanges(chunk.join(",")), chunk[0]);
  } else {
    for (const a of addresses) fn(ws.getRange(a), a);
  }
}

export function queueStyles(ws: Excel.Worksheet, sheet: SheetPlan, plan: Pick<WorkbookPlan, "styles" | "font">, caps: Capabilities): void {
  const whole = ws.getRange();
  whole.format.font.name = plan.font.name;
  whole.format.font.size = plan.font.size;
  for (const { facet, addresses } of facetAreas(sheet, plan)) {
    // Locking needs ExcelApi 1.2; cells are locked by default.
    if (facet.kind === "unlocked" && !caps.protection) continue;
    eachTarget(ws, addresses, caps, (target) => applyFacet(target.format, facet));
  }
}

/** Widths, hidden columns, row heights and merges all need ExcelApi 1.2. */
export function queueLayout(ws: Excel.Worksheet, sheet: SheetPlan, caps: Capabilities): void {
  if (!caps.protection) return;
  for (const run of runsOf(sheet.columns.map((c) => ({ index: c.col, value: c.width })))) {
    ws.getRange(`${colLetter(run.from)}:${colLetter(run.to)}`).format.columnWidth = columnWidthPoints(run.value);
  }
  for (const run of runsOf(sheet.columns.filter((c) => c.hidden).map((c) => ({ index: c.col, value: true })))) {
    ws.getRange(`${colLetter(run.from)}:${colLetter(run.to)}`).columnHidden = true;
  }
  const heightRuns = runsOf(sheet.rowHeights.map((r) => ({ index: r.row, value: r.height })));
  const byHeight = new Map<number, string[]>();
  for (const run of heightRuns) byHeight.set(run.value, [...(byHeight.get(run.value) ?? []), `${run.from}:${run.to}`]);
  for (const [height, rows] of byHeight) eachTarget(ws, rows, caps, (target) => void (target.format.rowHeight = height));
  for (const m of sheet.merges) ws.getRange(m).merge(false);
}
