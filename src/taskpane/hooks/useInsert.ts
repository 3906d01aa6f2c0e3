import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookPlan } from "../../sheet/plan";
import type { Actions, IfExists, LocalText } from "../actions";

/**
 * The insertion as a small state machine. A sheet that exists is never replaced unless the user
 * confirmed it (ifExists "replace" is only sent from the dialog's confirmed button); Excel busy in
 * cell-edit mode is retried a few times, then the user is asked to retry.
 */
export type InsertState =
  | { kind: "idle" }
  | { kind: "running"; plan: WorkbookPlan }
  | { kind: "exists"; plan: WorkbookPlan; sheetName: string; hasEntries: boolean }
  | { kind: "busy"; plan: WorkbookPlan; ifExists: IfExists; attempt: number; gaveUp: boolean }
  | { kind: "done"; sheetName: string; warnings: LocalText[] }
  | { kind: "failed"; message: LocalText };

export interface InsertOptions {
  /** Delay between automatic retries while Excel is in cell-edit mode. */
  retryMs?: number;
  maxRetries?: number;
}

/** onInserted receives the plan the workbook now holds (renamed when inserted beside an old sheet). */
export function useInsert(actions: Actions, onInserted: (plan: WorkbookPlan) => void, opts: InsertOptions = {}) {
  const retryMs = opts.retryMs ?? 2000;
  const maxRetries = opts.maxRetries ?? 5;
  const [state, setState] = useState<InsertState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const onInsertedRef = useRef(onInserted);
  onInsertedRef.current = onInserted;

  useEffect(
    () => () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const run = useCallback(
    async (plan: WorkbookPlan, ifExists: IfExists, attempt: number): Promise<void> => {
      if (timer.current) clearTimeout(timer.current);
      setState({ kind: "running", plan });
      let result: Awaited<ReturnType<Actions["insertPlan"]>>;
      try {
        result = await actions.insertPlan(plan, ifExists);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        result = { kind: "error", message: () => message };
      }
      if (!alive.current) return;
      switch (result.kind) {
        case "inserted":
          setState({ kind: "done", sheetName: result.plan.layout.sheetName, warnings: result.warnings });
          onInsertedRef.current(result.plan);
          return;
        case "exists":
          setState({ kind: "exists", plan, sheetName: result.sheetName, hasEntries: result.hasEntries });
          return;
        case "busy": {
          const gaveUp = attempt >= maxRetries;
          setState({ kind: "busy", plan, ifExists, attempt, gaveUp });
          if (!gaveUp) timer.current = setTimeout(() => void run(plan, ifExists, attempt + 1), retryMs);
          return;
        }
        case "error":
          setState({ kind: "failed", message: result.message });
          return;
        default: {
          const never: never = result;
          throw new Error(`unknown insert result ${JSON.stringify(never)}`);
        }
      }
    },
    [actions, maxRetries, retryMs],
  );

  const insert = useCallback((plan: WorkbookPlan) => run(plan, "ask", 0), [run]);

  /** The exists-dialog's answers. "replace" must come from an explicit confirmation. */
  const resolveExists = useCallback(
    (choice: "rename" | "replace" | "cancel") => {
      if (state.kind !== "exists") return;
      if (choice === "cancel") setState({ kind: "idle" });
      else void run(state.plan, choice, 0);
    },
    [run, state],
  );

  const retry = useCallback(() => {
    if (state.kind === "busy") void run(state.plan, state.ifExists, 0);
  }, [run, state]);

  return { state, insert, resolveExists, retry };
}
