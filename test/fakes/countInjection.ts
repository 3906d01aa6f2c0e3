import { detectCapabilities } from "../../src/excel/capabilities";
import { insertPlan, type InsertOutcome } from "../../src/excel/applyPlan";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { installExcelFake } from "./excelFake";

/**
 * What injecting a plan costs in Office.js round trips and operations, measured by running
 * insertPlan on the fake (for `npm run bench` and the sync-count test). The largest request is the
 * one Excel on the web caps at 5 MB.
 */
export interface InjectionCost {
  syncs: number;
  operations: number;
  largestRequestBytes: number;
  outcome: InsertOutcome["kind"];
}

export async function countInjection(plan: WorkbookPlan, apiVersion = "1.17"): Promise<InjectionCost> {
  const host = installExcelFake({ apiVersion });
  try {
    const outcome = await insertPlan(plan, { caps: detectCapabilities(), ifExists: "ask" });
    const run = host.runs[host.runs.length - 1];
    return { syncs: run.syncs, operations: run.operations, largestRequestBytes: Math.max(0, ...run.requestBytes), outcome: outcome.kind };
  } finally {
    host.uninstall();
  }
}
