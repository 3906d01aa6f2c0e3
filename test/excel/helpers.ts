import { detectCapabilities } from "../../src/excel/capabilities";
import { insertPlan, type IfExists, type InsertOutcome } from "../../src/excel/applyPlan";
import { parseRange, a1 } from "../../src/sheet/address";
import { buildPlan } from "../../src/sheet/buildPlan";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { miniTemplate } from "../../src/template/builtin/mini";
import { installExcelFake, type FakeHostOptions, type InstalledExcelFake } from "../fakes/excelFake";

export const UNIT = "Phường Thử";
export const miniPlan = (): WorkbookPlan => buildPlan(miniTemplate, { unit: UNIT });

/** Every cell address of "E12:F13" (or "E12"). */
export function cellsOf(range: string): string[] {
  const r = parseRange(range);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

export async function withHost(options: FakeHostOptions = {}): Promise<InstalledExcelFake> {
  return installExcelFake(options);
}

export async function insert(plan: WorkbookPlan, ifExists: IfExists = "ask"): Promise<InsertOutcome> {
  return insertPlan(plan, { caps: detectCapabilities(), ifExists });
}

export function expectInserted(o: InsertOutcome): asserts o is Extract<InsertOutcome, { kind: "inserted" }> {
  if (o.kind !== "inserted") throw new Error(`expected an insertion, got ${JSON.stringify(o)}`);
}
