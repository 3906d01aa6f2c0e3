import { useCallback, useRef, useState, useEffect } from "react";
import type { ImportFinding } from "../../template/import/types";
import type { ImportSeverity } from "../../template/import/messages";
import type { Template } from "../../template/schema";
import type { Lang } from "../../template/messages";
import type { LocalText, WorkbookActions } from "../actions";
import { saveBytes } from "../download";
import { strings } from "../i18n";

/** The import parser and its messages: a chunk of their own, fetched on the first import. */
async function importer() {
  return import(/* webpackChunkName: "template-import" */ "../../template/import");
}

export interface ImportRead {
  address: string;
  template: Template | null;
  findings: ImportFinding[];
  /** Bound here so that components need not load the parser's messages themselves. */
  message: (f: ImportFinding, lang: Lang) => string;
  severity: (f: ImportFinding) => ImportSeverity;
}

export type ImportState = { kind: "idle" } | { kind: "reading" } | { kind: "read"; read: ImportRead } | { kind: "failed"; message: LocalText };

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; title: string } | { kind: "failed"; message: LocalText };

const thrown = (e: unknown): LocalText => {
  const m = e instanceof Error ? e.message : String(e);
  return () => m;
};

/**
 * "Nhập bộ tiêu chí": read the selection, parse it, and only on the user's word store the template.
 * Reading never writes to the workbook; a failed import leaves everything as it was.
 */
export function useImport(workbook: WorkbookActions, onSaved: (t: Template) => void, download: (text: string, fileName: string) => void = defaultDownload) {
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [confirmed, setConfirmed] = useState(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const read = useCallback(async () => {
    setState({ kind: "reading" });
    setSave({ kind: "idle" });
    setConfirmed(false);
    try {
      const sel = await workbook.readSelection();
      if (sel.kind === "busy") return setState({ kind: "failed", message: (l) => strings(l).importBusy });
      if (sel.kind === "error") return setState({ kind: "failed", message: sel.message });
      const mod = await importer();
      const r = mod.importTable(sel.rows, { firstRowNumber: sel.firstRow });
      if (!alive.current) return;
      setState({
        kind: "read",
        read: { address: sel.address, template: r.template, findings: r.findings, message: mod.importFindingMessage, severity: mod.importFindingSeverity },
      });
    } catch (e) {
      if (alive.current) setState({ kind: "failed", message: thrown(e) });
    }
  }, [workbook]);

  const hasErrors = state.kind === "read" && state.read.findings.some((f) => state.read.severity(f) === "error");
  const template = state.kind === "read" ? state.read.template : null;
  const canSave = template !== null && (!hasErrors || confirmed) && save.kind !== "saving";

  const store = useCallback(async () => {
    if (!template || (hasErrors && !confirmed)) return;
    setSave({ kind: "saving" });
    try {
      const r = await workbook.storeTemplate(template);
      if (!alive.current) return;
      if (r.ok) {
        setSave({ kind: "saved", title: template.title });
        onSaved(template);
      } else setSave({ kind: "failed", message: r.message });
    } catch (e) {
      if (alive.current) setSave({ kind: "failed", message: thrown(e) });
    }
  }, [confirmed, hasErrors, onSaved, template, workbook]);

  const downloadJson = useCallback(async () => {
    if (!template) return;
    try {
      const { templateToJson } = await import(/* webpackChunkName: "template-json" */ "../../template/json");
      download(templateToJson(template), `${template.id}-${template.version}.json`);
    } catch (e) {
      if (alive.current) setSave({ kind: "failed", message: thrown(e) });
    }
  }, [download, template]);

  return { state, read, hasErrors, confirmed, setConfirmed, canSave, save, store, downloadJson };
}

function defaultDownload(text: string, fileName: string): void {
  saveBytes(new TextEncoder().encode(text), fileName, document, "application/json");
}
