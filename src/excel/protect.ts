import type { ProtectionPlan } from "../sheet/plan";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { failureOf, type ExcelFailure } from "./problems";

/**
 * Sheet protection guards against accidents only: no password (a password in JavaScript is no
 * secret), formulas never hidden (reviewers read them), hyperlinks allowed for evidence links.
 */
export const DEFAULT_PROTECTION: ProtectionPlan = {
  allowInsertHyperlinks: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSelectLockedCells: true,
  allowSelectUnlockedCells: true,
};

export function protectionOptions(p: ProtectionPlan): Excel.WorksheetProtectionOptions {
  return {
    allowInsertHyperlinks: p.allowInsertHyperlinks,
    allowFormatColumns: p.allowFormatColumns,
    allowFormatRows: p.allowFormatRows,
    // "Normal" lets users select locked and unlocked cells alike.
    selectionMode: "Normal",
  };
}

export type ProtectionOutcome = { kind: "done"; protected: boolean; changed: boolean } | ExcelFailure;

/**
 * Turn protection on or off. protect()/unprotect() throw when the sheet is already in that state,
 * so the state is read first (one sync) and only a change is sent (a second sync).
 */
export async function setProtection(
  sheetName: string,
  on: boolean,
  opts: { caps?: Capabilities; plan?: ProtectionPlan } = {},
): Promise<ProtectionOutcome> {
  const caps = opts.caps ?? detectCapabilities();
  if (on && !caps.protection) return { kind: "error", problem: { code: "unsupported", feature: "protection" } };
  if (!on && !caps.unprotect) return { kind: "error", problem: { code: "unsupported", feature: "unprotect" } };
  try {
    return await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem(sheetName).protection;
      protection.load("protected");
      await context.sync();
      if (protection.protected === on) return { kind: "done", protected: on, changed: false } as const;
      if (on) protection.protect(protectionOptions(opts.plan ?? DEFAULT_PROTECTION));
      else protection.unprotect();
      await context.sync();
      return { kind: "done", protected: on, changed: true } as const;
    });
  } catch (e) {
    return failureOf(e, sheetName);
  }
}
