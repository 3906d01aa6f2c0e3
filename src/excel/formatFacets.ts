import type { CellStyle, SheetPlan, StyleId, WorkbookPlan } from "../sheet/plan";
import { cellsToRects, rectAddress } from "./areas";

/**
 * A style broken into facets (bold, fill colour, borders…), each applied once over every cell that
 * has it, whatever its style: the table's borders then cover a few large rectangles instead of one
 * set of six borders per style and block, which matters most where Excel has no RangeAreas (below
 * ExcelApi 1.9) and every rectangle is its own set of operations. Values equal to a new sheet's
 * defaults are not written.
 */
export type Facet =
  | { kind: "bold" }
  | { kind: "italic" }
  | { kind: "fontSize"; size: number }
  | { kind: "fontColor"; color: string }
  | { kind: "fill"; color: string }
  | { kind: "horizontal"; value: "Left" | "Center" | "Right" }
  | { kind: "vertical"; value: "Top" | "Center" }
  | { kind: "wrap" }
  | { kind: "border" }
  | { kind: "unlocked" };

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: null } as const;

export function facetsOf(s: CellStyle, defaultFontSize: number): Facet[] {
  const out: Facet[] = [];
  if (s.font.bold) out.push({ kind: "bold" });
  if (s.font.italic) out.push({ kind: "italic" });
  if (s.font.size !== undefined && s.font.size !== defaultFontSize) out.push({ kind: "fontSize", size: s.font.size });
  if (s.font.color) out.push({ kind: "fontColor", color: s.font.color });
  if (s.fill) out.push({ kind: "fill", color: s.fill });
  if (s.horizontal) out.push({ kind: "horizontal", value: HORIZONTAL[s.horizontal] });
  const vertical = s.vertical ? VERTICAL[s.vertical] : null;
  if (vertical) out.push({ kind: "vertical", value: vertical });
  if (s.wrap) out.push({ kind: "wrap" });
  if (s.border) out.push({ kind: "border" });
  if (!s.locked) out.push({ kind: "unlocked" });
  return out;
}

const facetKey = (f: Facet): string => JSON.stringify(f);

/** Every facet used on the sheet with the rectangles that carry it, in a stable order. */
export function facetAreas(sheet: SheetPlan, plan: Pick<WorkbookPlan, "styles" | "font">): Array<{ facet: Facet; addresses: string[] }> {
  const byStyle = new Map<StyleId, Facet[]>();
  const groups = new Map<string, { facet: Facet; cells: Array<{ row: number; col: number }> }>();
  for (const c of sheet.cells) {
    let facets = byStyle.get(c.style);
    if (!facets) byStyle.set(c.style, (facets = facetsOf(plan.styles[c.style], plan.font.size)));
    for (const facet of facets) {
      const key = facetKey(facet);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { facet, cells: [] }));
      g.cells.push({ row: c.row, col: c.col });
    }
  }
  return [...groups.values()].map((g) => ({ facet: g.facet, addresses: cellsToRects(g.cells).map(rectAddress) }));
}
