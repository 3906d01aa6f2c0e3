/**
 * A plan that the writer cannot express is a programming error in buildPlan(), not a user problem:
 * it throws, naming the sheet and the offending range or name.
 */
export class XlsxPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxPlanError";
  }
}
