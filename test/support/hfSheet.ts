import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue, Entries, Entry } from "../../src/scoring/types";
import { COL, type PlanCell, type SheetPlan, type WorkbookPlan } from "../../src/sheet/plan";
import { useExcelRound } from "./excelRoundPlugin";

/** Error values as an officer can produce them, typed as formulas because HyperFormula has no error literals. */
const ERROR_FORMULAS: Record<string, string> = { "#N/A": "=NA()", "#DIV/0!": "=1/0", "#VALUE!": '="a"+1', "#REF!": "=#REF!" };

/** A value as HyperFormula takes it: text always behind an apostrophe so "1,5" or "=1" stays text. */
export function toRaw(v: CellValue | undefined): RawCellContent {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return ERROR_FORMULAS[v.error] ?? "=NA()";
  if (typeof v === "string") return `'${v}`;
  return v;
}

function cellRaw(c: PlanCell): RawCellContent {
  switch (c.kind) {
    case "text":
      return `'${c.text}`;
    case "number":
      return c.value;
    case "formula":
      return c.formula;
    case "blank":
      return null;
    default: {
      const never: never = c;
      return never;
    }
  }
}

function grid(sheet: SheetPlan): RawCellContent[][] {
  const rows = Math.max(...sheet.cells.map((c) => c.row));
  const cols = Math.max(...sheet.cells.map((c) => c.col));
  const g: RawCellContent[][] = Array.from({ length: rows }, () => Array<RawCellContent>(cols).fill(null));
  for (const c of sheet.cells) g[c.row - 1][c.col - 1] = cellRaw(c);
  return g;
}

/** The plan's sheets in HyperFormula, with Excel's ROUND, and a way to type entries into them. */
export function loadPlan(plan: WorkbookPlan) {
  useExcelRound();
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of plan.sheets) sheets[s.name] = grid(s);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: false });
  const sheet = hf.getSheetId(plan.layout.sheetName)!;
  const inputs: Array<keyof Entry> = ["self", "evidence", "explanation", "appraised", "appraisalNote", "notApplicable"];
  return {
    hf,
    fill(entries: Entries): void {
      hf.batch(() => {
        for (const { key, row } of plan.layout.entries) {
          const e = entries[key] ?? {};
          hf.setCellContents({ sheet, row: row - 1, col: COL.self - 1 }, [inputs.map((k) => toRaw(e[k]))]);
        }
      });
    },
    read(row: number, col: number): unknown {
      const v = hf.getCellValue({ sheet, row: row - 1, col: col - 1 });
      return typeof v === "object" && v !== null ? `#ERROR ${String((v as { value?: unknown }).value)}` : v;
    },
    formula(row: number, col: number): string | undefined {
      return hf.getCellFormula({ sheet, row: row - 1, col: col - 1 });
    },
  };
}
