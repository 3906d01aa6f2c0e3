/** The plan writes formulas with a leading "=", as typed in Excel; OOXML stores them without. */
export function stripEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}
