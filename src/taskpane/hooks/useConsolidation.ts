import { useCallback, useEffect, useRef, useState } from "react";
import type { ConsolidationInput, LocalText, WorkbookActions } from "../actions";
import { readFileBytes } from "../readFile";

export type ConsolidationState =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number; file: string }
  | { kind: "done"; fileName: string; communes: number; problems: Array<{ file: string; reason: string }> }
  | { kind: "failed"; message: LocalText };

/** "Tổng hợp các xã": files chosen on disk, consolidated with progress; unreadable files become problems. */
export function useConsolidation(workbook: WorkbookActions) {
  const [state, setState] = useState<ConsolidationState>({ kind: "idle" });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const run = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setState({ kind: "running", done: 0, total: files.length, file: "" });
      const inputs: ConsolidationInput[] = [];
      const unread: Array<{ file: string; reason: string }> = [];
      for (const f of files) {
        try {
          inputs.push({ name: f.name, bytes: await readFileBytes(f) });
        } catch (e) {
          unread.push({ file: f.name, reason: e instanceof Error ? e.message : String(e) });
        }
      }
      try {
        const r = await workbook.consolidate(inputs, (done, total, file) => {
          if (alive.current) setState({ kind: "running", done, total, file });
        });
        if (!alive.current) return;
        if (r.kind === "consolidated") setState({ kind: "done", fileName: r.fileName, communes: r.communes, problems: [...unread, ...r.problems] });
        else setState({ kind: "failed", message: r.message });
      } catch (e) {
        const m = e instanceof Error ? e.message : String(e);
        if (alive.current) setState({ kind: "failed", message: () => m });
      }
    },
    [workbook],
  );

  return { state, run };
}
