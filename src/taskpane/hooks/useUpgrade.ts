import { useCallback, useEffect, useRef, useState } from "react";
import { buildPlan } from "../../sheet/buildPlan";
import type { WorkbookPlan } from "../../sheet/plan";
import { planUpgrade, unmatchedSheet, type UpgradePlan } from "../../sheet/upgrade";
import type { Template } from "../../template/schema";
import type { Actions, LocalText, WorkbookActions } from "../actions";
import { strings } from "../i18n";
import type { ActiveSheet } from "./useSheetReport";

/** What became of the "Mục không khớp" block after an upgrade. */
export type UnmatchedState = { kind: "none" } | { kind: "written"; sheetName: string } | { kind: "exists"; sheetName: string } | { kind: "failed"; message: LocalText };

export type UpgradeState =
  | { kind: "idle" }
  | { kind: "reading" }
  /** Computed from the entries; nothing written yet. */
  | { kind: "preview"; from: ActiveSheet; to: Template; up: UpgradePlan; newPlan: WorkbookPlan }
  | { kind: "upgrading" }
  | { kind: "done"; oldSheetRenamedTo: string; unmatched: UnmatchedState }
  | { kind: "failed"; message: LocalText };

const thrown = (e: unknown): LocalText => {
  const m = e instanceof Error ? e.message : String(e);
  return () => m;
};

/**
 * "Cập nhật bộ chỉ số" (issue #7): entries carried to another version of the template by item key.
 * The preview is computed from a read only; the workbook changes on confirm(), and the old sheet is
 * kept under a new name by upgradeSheet.
 */
export function useUpgrade(actions: Actions, workbook: WorkbookActions, onUpgraded: (sheet: ActiveSheet) => void) {
  const [state, setState] = useState<UpgradeState>({ kind: "idle" });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const preview = useCallback(
    async (from: ActiveSheet, to: Template) => {
      setState({ kind: "reading" });
      try {
        const r = await actions.readSheet(from.plan);
        if (!alive.current) return;
        if (r.kind !== "read") {
          const message: LocalText =
            r.kind === "missing" ? (l) => strings(l).sheetMissing(r.sheetName) : r.kind === "busy" ? (l) => strings(l).busyShort : r.message;
          return setState({ kind: "failed", message });
        }
        const up = planUpgrade(from.template, to, r.reading.entries);
        const { unit, year } = from.plan.meta;
        const newPlan = buildPlan(to, { unit, year, sheetName: from.plan.layout.sheetName });
        setState({ kind: "preview", from, to, up, newPlan });
      } catch (e) {
        if (alive.current) setState({ kind: "failed", message: thrown(e) });
      }
    },
    [actions],
  );

  const writeUnmatched = useCallback(
    async (sheet: ReturnType<typeof unmatchedSheet>, plan: WorkbookPlan, replace: boolean): Promise<UnmatchedState> => {
      try {
        const r = await workbook.insertExtraSheet(sheet, plan.styles, plan.font, replace);
        if (r.ok) return { kind: "written", sheetName: sheet.name };
        return "exists" in r ? { kind: "exists", sheetName: sheet.name } : { kind: "failed", message: r.message };
      } catch (e) {
        return { kind: "failed", message: thrown(e) };
      }
    },
    [workbook],
  );

  const [pending, setPending] = useState<{ sheet: ReturnType<typeof unmatchedSheet>; plan: WorkbookPlan } | null>(null);

  const confirm = useCallback(async () => {
    if (state.kind !== "preview") return;
    const { from, to, up, newPlan } = state;
    setState({ kind: "upgrading" });
    try {
      const r = await workbook.upgradeSheet(from.plan, newPlan, up.carried);
      if (!alive.current) return;
      if (r.kind === "busy") return setState({ kind: "failed", message: (l) => strings(l).busyShort });
      if (r.kind === "error") return setState({ kind: "failed", message: r.message });
      onUpgraded({ template: to, plan: r.plan });
      let unmatched: UnmatchedState = { kind: "none" };
      if (up.unmatched.length > 0) {
        const sheet = unmatchedSheet(up, from.template.version, to.version);
        unmatched = await writeUnmatched(sheet, r.plan, false);
        setPending(unmatched.kind === "exists" ? { sheet, plan: r.plan } : null);
      }
      if (alive.current) setState({ kind: "done", oldSheetRenamedTo: r.oldSheetRenamedTo, unmatched });
    } catch (e) {
      if (alive.current) setState({ kind: "failed", message: thrown(e) });
    }
  }, [onUpgraded, state, workbook, writeUnmatched]);

  /** The user agreed to replace an older "Mục không khớp" sheet. */
  const replaceUnmatched = useCallback(async () => {
    if (state.kind !== "done" || !pending) return;
    const unmatched = await writeUnmatched(pending.sheet, pending.plan, true);
    setPending(null);
    if (alive.current) setState({ ...state, unmatched });
  }, [pending, state, writeUnmatched]);

  const cancel = useCallback(() => setState({ kind: "idle" }), []);

  return { state, preview, confirm, cancel, replaceUnmatched };
}
