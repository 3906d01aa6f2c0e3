import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import { excelRound } from "../../../src/scoring/round";
import type { ErrorValue, SheetModel, WorkbookModel } from "./model";

/**
 * Formula values for the fake, computed by HyperFormula. Two differences from Excel are bridged
 * (docs/EXCEL.md): ROUND is replaced by Excel's (15 significant digits, then half away from zero),
 * and a bare TRUE / FALSE, which HyperFormula reads as an unknown name, is passed as TRUE() / FALSE().
 * Functions HyperFormula lacks (LOOKUP, CONCAT, INDIRECT…) come out as #NAME?, which
 * FakeExcelHost.formulaProblems() reports.
 */
export type Computed = number | string | boolean | ErrorValue | null;

class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: "round",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };

  round(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("ROUND"), (x: number, digits: number) => excelRound(x, Math.trunc(digits)));
  }
}

/** Later plugins win, so Excel's ROUND replaces the built-in one for these engines only. */
const PLUGINS = [...HyperFormula.getAllFunctionPlugins(), ExcelRoundPlugin];

/** TRUE / FALSE used as constants become function calls; strings and quoted sheet names are left alone. */
export function toHyperFormula(raw: string): string {
  // A reference into a deleted sheet ("#REF!$E$18") is just #REF! to HyperFormula.
  const formula = raw.replace(/#REF!(\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?)/g, "#REF!");
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i));
    if (m && !/[A-Za-z0-9_.$]/.test(formula[i - 1] ?? "")) {
      const word = m[0];
      const next = formula.slice(i + word.length).trimStart()[0];
      out += /^(TRUE|FALSE)$/i.test(word) && next !== "(" && next !== "!" ? `${word.toUpperCase()}()` : word;
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const ERROR_FORMULA: Record<string, string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#VALUE!": "=#VALUE!",
  "#REF!": "=#REF!",
  "#NAME?": "=#NAME?",
  "#NUM!": "=#NUM!",
};

export class Calculator {
  private hf: HyperFormula | null = null;
  private builtAt = -1;
  private readonly ids = new Map<SheetModel, number>();

  constructor(private readonly wb: WorkbookModel) {}

  value(sheet: SheetModel, row: number, col: number): Computed {
    const input = sheet.get(row, col)?.input;
    if (!input) return null;
    if (input.kind === "value") return input.value;
    const hf = this.engine();
    const id = this.ids.get(sheet);
    if (id === undefined) return { error: "#REF!" };
    const v = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    if (v === null || v === undefined) return 0;
    if (typeof v === "object") return { error: v.value };
    return v;
  }

  /** HyperFormula's reason for an error value, for reports. */
  detail(sheet: SheetModel, row: number, col: number): string | undefined {
    const id = this.ids.get(sheet);
    if (id === undefined) return undefined;
    const v = this.engine().getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    return v && typeof v === "object" ? v.message : undefined;
  }

  dispose(): void {
    this.hf?.destroy();
    this.hf = null;
  }

  private engine(): HyperFormula {
    if (this.hf && this.builtAt === this.wb.revision) return this.hf;
    this.dispose();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", functionPlugins: PLUGINS, evaluateNullToZero: true });
    this.ids.clear();
    for (const sheet of this.wb.sheets) {
      const name = hf.addSheet(sheet.name);
      this.ids.set(sheet, hf.getSheetId(name)!);
    }
    hf.suspendEvaluation();
    for (const n of this.wb.names) {
      const scope = n.scope ? this.ids.get(n.scope) : undefined;
      try {
        hf.addNamedExpression(n.name, toHyperFormula(n.formula), scope);
      } catch {
        // A name HyperFormula cannot take stays undefined: formulas using it show #NAME?.
      }
    }
    for (const sheet of this.wb.sheets) hf.setSheetContent(this.ids.get(sheet)!, this.content(sheet));
    hf.resumeEvaluation();
    this.hf = hf;
    this.builtAt = this.wb.revision;
    return hf;
  }

  private content(sheet: SheetModel): Array<Array<string | number | boolean | null>> {
    const rows: Array<Array<string | number | boolean | null>> = [];
    const used = sheet.usedRect(true);
    if (!used) return rows;
    for (const { row, col, cell } of sheet.cellsIn({ top: 1, left: 1, bottom: used.bottom, right: used.right })) {
      if (!cell.input) continue;
      const line = (rows[row - 1] ??= []);
      const input = cell.input;
      if (input.kind === "formula") line[col - 1] = toHyperFormula(input.formula);
      else if (typeof input.value === "string") line[col - 1] = `'${input.value}`;
      else if (typeof input.value === "object") line[col - 1] = ERROR_FORMULA[input.value.error] ?? "=NA()";
      else line[col - 1] = input.value;
    }
    for (let r = 0; r < rows.length; r++) {
      rows[r] ??= [];
      for (let c = 0; c < rows[r].length; c++) if (rows[r][c] === undefined) rows[r][c] = null;
    }
    return rows;
  }
}
