import { modeAreas, type ProtectionMode } from "../sheet/modes";
import type { WorkbookPlan } from "../sheet/plan";
import type { Template } from "../template/schema";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { failureOf } from "./problems";
import { DEFAULT_PROTECTION, protectionOptions } from "./protect";
import { eachTarget } from "./writeStyles";
import type { WorkbookFailure } from "./workbookProblems";

/**
 * Switch a live scoring sheet between the officer's and the appraiser's columns: only the locked
 * flags of the entry areas change, never a value. Two syncs: read whether the sheet is protected
 * (protect and unprotect both throw when the sheet is already in that state), then unprotect,
 * relock and protect again in one go.
 */
export type ModeOutcome = { kind: "done"; mode: ProtectionMode } | WorkbookFailure;

export async function setProtectionMode(plan: WorkbookPlan, template: Template, mode: ProtectionMode, caps: Capabilities = detectCapabilities()): Promise<ModeOutcome> {
  if (!caps.protection) return { kind: "error", problem: { code: "unsupported", feature: "protection" } };
  if (!caps.unprotect) return { kind: "error", problem: { code: "unsupported", feature: "unprotect" } };
  const areas = modeAreas(template, plan.layout);
  const other: ProtectionMode = mode === "officer" ? "appraiser" : "officer";
  const sheetName = plan.layout.sheetName;
  const options = protectionOptions(plan.sheets.find((s) => s.name === sheetName)?.protection ?? DEFAULT_PROTECTION);
  try {
    return await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.protection.load("protected");
      await context.sync();
      if (ws.protection.protected) ws.protection.unprotect();
      // Lock the other mode's areas first: an area of both modes (none today) ends up open.
      eachTarget(ws, areas[other], caps, (target) => void (target.format.protection.locked = true));
      eachTarget(ws, areas[mode], caps, (target) => void (target.format.protection.locked = false));
      ws.protection.protect(options);
      await context.sync();
      return { kind: "done", mode } as const;
    });
  } catch (e) {
    return failureOf(e, sheetName);
  }
}
