import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { excelRound } from "../../src/scoring/round";

/**
 * HyperFormula's ROUND rounds the raw binary double; Excel and LibreOffice round the 15-digit value
 * half away from zero (handsontable/hyperformula#1746). Without this plugin the HyperFormula check of
 * the sheet's ROUNDs would prove nothing at half-way values.
 */
export class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: "round",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };

  round(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("ROUND"), (value: number, places: number) => excelRound(value, Math.trunc(places)));
  }
}

let registered = false;
/** Replace the built-in ROUND once per process. */
export function useExcelRound(): void {
  if (registered) return;
  HyperFormula.unregisterFunction("ROUND");
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, { enGB: { ROUND: "ROUND" }, enUS: { ROUND: "ROUND" } });
  registered = true;
}
