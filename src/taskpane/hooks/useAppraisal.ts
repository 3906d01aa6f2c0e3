import { useCallback, useEffect, useRef, useState } from "react";
import type { AuditResult } from "../../sheet/audit";
import { EXPLANATION_SHEET, explanationRows, explanationSheet } from "../../sheet/explanations";
import type { ProtectionMode } from "../../sheet/modes";
import type { Lang } from "../../template/messages";
import type { Actions, LocalText, WorkbookActions } from "../actions";
import { strings } from "../i18n";
import type { ActiveSheet } from "./useSheetReport";

export type AuditState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "audited"; result: AuditResult }
  | { kind: "failed"; message: LocalText };

export type RepairState = { kind: "idle" } | { kind: "running" } | { kind: "done" } | { kind: "failed"; message: LocalText };

export type ModeState = { kind: "idle" } | { kind: "running" } | { kind: "done"; mode: ProtectionMode } | { kind: "failed"; message: LocalText };

export type ExplanationState =
  | { kind: "idle" }
  | { kind: "running" }
  /** The sheet exists: nothing written until the user says replace. */
  | { kind: "exists"; sheetName: string; build: () => Promise<void> }
  | { kind: "done"; sheetName: string; count: number }
  | { kind: "failed"; message: LocalText };

const thrown = (e: unknown): LocalText => {
  const m = e instanceof Error ? e.message : String(e);
  return () => m;
};

const busy: LocalText = (lang: Lang) => strings(lang).busyShort;

/** dd/mm/yyyy, as Vietnamese documents date themselves. */
export function documentDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/**
 * The "Thẩm định" panel's work on the active sheet: protection mode, formula audit and repair, the
 * explanation list. Every step reports back as a value; none throws into the pane.
 */
export function useAppraisal(actions: Actions, workbook: WorkbookActions, active: ActiveSheet | null, now: () => Date = () => new Date()) {
  const [mode, setMode] = useState<ProtectionMode>(active?.plan.meta.mode ?? "officer");
  const [modeState, setModeState] = useState<ModeState>({ kind: "idle" });
  const [audit, setAudit] = useState<AuditState>({ kind: "idle" });
  const [repair, setRepair] = useState<RepairState>({ kind: "idle" });
  const [explanation, setExplanation] = useState<ExplanationState>({ kind: "idle" });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  // A different sheet: what was shown belongs to the old one.
  useEffect(() => {
    setMode(active?.plan.meta.mode ?? "officer");
    setModeState({ kind: "idle" });
    setAudit({ kind: "idle" });
    setRepair({ kind: "idle" });
    setExplanation({ kind: "idle" });
  }, [active]);

  const switchMode = useCallback(
    async (next: ProtectionMode) => {
      if (!active) return;
      const before = mode;
      setMode(next);
      setModeState({ kind: "running" });
      try {
        const r = await workbook.setProtectionMode(active.plan, active.template, next);
        if (!alive.current) return;
        if (r.ok) setModeState({ kind: "done", mode: next });
        else {
          setMode(before);
          setModeState({ kind: "failed", message: r.message });
        }
      } catch (e) {
        if (!alive.current) return;
        setMode(before);
        setModeState({ kind: "failed", message: thrown(e) });
      }
    },
    [active, mode, workbook],
  );

  const runAudit = useCallback(async () => {
    if (!active) return;
    setAudit({ kind: "running" });
    let next: AuditState;
    try {
      const r = await workbook.auditFormulas(active.plan);
      switch (r.kind) {
        case "audited":
          next = { kind: "audited", result: r.result };
          break;
        case "missing":
          next = { kind: "failed", message: (l) => strings(l).sheetMissing(r.sheetName) };
          break;
        case "busy":
          next = { kind: "failed", message: busy };
          break;
        case "error":
          next = { kind: "failed", message: r.message };
          break;
        default: {
          const never: never = r;
          throw new Error(`unknown audit outcome ${JSON.stringify(never)}`);
        }
      }
    } catch (e) {
      next = { kind: "failed", message: thrown(e) };
    }
    if (alive.current) setAudit(next);
  }, [active, workbook]);

  const runRepair = useCallback(async () => {
    if (!active || audit.kind !== "audited" || !audit.result.repairable) return;
    setRepair({ kind: "running" });
    try {
      const r = await workbook.repairFormulas(active.plan, audit.result);
      if (!alive.current) return;
      setRepair(r.ok ? { kind: "done" } : { kind: "failed", message: r.message });
      // The list shown must be the sheet's, not what it was before the repair.
      if (r.ok) await runAudit();
    } catch (e) {
      if (alive.current) setRepair({ kind: "failed", message: thrown(e) });
    }
  }, [active, audit, runAudit, workbook]);

  const runExplanation = useCallback(async () => {
    if (!active) return;
    const { plan, template } = active;
    setExplanation({ kind: "running" });
    try {
      const read = await actions.readSheet(plan);
      if (read.kind !== "read") {
        const message: LocalText =
          read.kind === "missing" ? (l) => strings(l).sheetMissing(read.sheetName) : read.kind === "busy" ? busy : read.message;
        setExplanation({ kind: "failed", message });
        return;
      }
      const entries = read.reading.entries;
      const sheet = explanationSheet(template, entries, plan.layout, { unit: plan.meta.unit, date: documentDate(now()) });
      const count = explanationRows(template, entries, plan.layout).length;
      const write = async (replace: boolean) => {
        setExplanation({ kind: "running" });
        try {
          const r = await workbook.insertExtraSheet(sheet, plan.styles, plan.font, replace);
          if (!alive.current) return;
          if (r.ok) setExplanation({ kind: "done", sheetName: sheet.name, count });
          else if ("exists" in r) setExplanation({ kind: "exists", sheetName: sheet.name, build: () => write(true) });
          else setExplanation({ kind: "failed", message: r.message });
        } catch (e) {
          if (alive.current) setExplanation({ kind: "failed", message: thrown(e) });
        }
      };
      await write(false);
    } catch (e) {
      if (alive.current) setExplanation({ kind: "failed", message: thrown(e) });
    }
  }, [actions, active, now, workbook]);

  const cancelExplanation = useCallback(() => setExplanation({ kind: "idle" }), []);

  return { mode, modeState, switchMode, audit, runAudit, repair, runRepair, explanation, runExplanation, cancelExplanation, explanationSheetName: EXPLANATION_SHEET };
}
