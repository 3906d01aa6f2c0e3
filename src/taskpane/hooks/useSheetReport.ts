import { useCallback, useEffect, useRef, useState } from "react";
import { scoreEntries } from "../../scoring/engine";
import type { ScoreReport } from "../../scoring/types";
import type { WorkbookPlan } from "../../sheet/plan";
import type { Template } from "../../template/schema";
import type { Actions, LocalText, SheetReading } from "../actions";

/** The scoring sheet the pane works on: the template and the plan the workbook holds. */
export interface ActiveSheet {
  template: Template;
  plan: WorkbookPlan;
}

export type ReportState =
  | { kind: "none" }
  | { kind: "loading" }
  | { kind: "ready"; reading: SheetReading; report: ScoreReport; at: number }
  | { kind: "missing"; sheetName: string }
  | { kind: "failed"; message: LocalText };

/**
 * Reads the active sheet (one read batch), runs the engine, and keeps the result fresh from the
 * sheet's change events while the pane is open: changes are debounced, and reads never overlap
 * (a change during a read schedules exactly one more read).
 */
export function useSheetReport(actions: Actions, active: ActiveSheet | null, debounceMs = 400, busyRetryMs = 1500) {
  const [state, setState] = useState<ReportState>({ kind: "none" });
  const running = useRef(false);
  const again = useRef(false);
  const activeRef = useRef(active);
  activeRef.current = active;
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refreshRef = useRef<() => Promise<void>>(async () => undefined);

  const refresh = useCallback(async (): Promise<void> => {
    const sheet = activeRef.current;
    if (!sheet) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        let next: ReportState | null;
        try {
          const r = await actions.readSheet(sheet.plan);
          switch (r.kind) {
            case "read":
              next = { kind: "ready", reading: r.reading, report: scoreEntries(sheet.template, r.reading.entries), at: Date.now() };
              break;
            case "missing":
              next = { kind: "missing", sheetName: r.sheetName };
              break;
            case "busy":
              // The user is typing in a cell: keep what is shown and read again shortly.
              next = null;
              if (retry.current) clearTimeout(retry.current);
              retry.current = setTimeout(() => void refreshRef.current(), busyRetryMs);
              break;
            case "error":
              next = { kind: "failed", message: r.message };
              break;
            default: {
              const never: never = r;
              throw new Error(`unknown read result ${JSON.stringify(never)}`);
            }
          }
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          next = { kind: "failed", message: () => message };
        }
        if (next && activeRef.current === sheet) setState(next);
      } while (again.current && activeRef.current === sheet);
    } finally {
      running.current = false;
    }
  }, [actions, busyRetryMs]);
  refreshRef.current = refresh;

  useEffect(() => {
    if (!active) {
      setState({ kind: "none" });
      return;
    }
    setState({ kind: "loading" });
    void refresh();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    const onChange = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), debounceMs);
    };
    actions
      .watchSheet(active.plan.layout.sheetName, onChange)
      .then((off) => {
        if (cancelled) off();
        else unsubscribe = off;
      })
      // Without events the summary still refreshes on every Kiểm tra.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (retry.current) clearTimeout(retry.current);
      if (unsubscribe) unsubscribe();
    };
  }, [actions, active, debounceMs, refresh]);

  return { state, refresh };
}
