import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { builtinTemplates } from "./builtins";
import type { Lang } from "../template/messages";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { createActions } from "./wireActions";
import { createWorkbookActions } from "./wireWorkbookActions";

/**
 * Entry of the task pane. taskpane.html's inline script has already shown the static message on
 * Internet Explorer 11 or when office.js is missing; then nothing here runs. Otherwise the first
 * render waits for Office.onReady, once.
 */

declare global {
  interface Window {
    /** Set by taskpane.html's fallback script: "oldBrowser" or "noOffice". */
    cchcFallback?: string;
  }
}

const LANG_KEY = "cchc-scorecard.lang";
/** Office.onReady that never answers (a broken host) must not leave the pane blank. */
const READY_TIMEOUT_MS = 20000;

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be off in the host's web view; the switch still works for this session.
  }
}

function showStaticFallback(): void {
  const box = document.getElementById("cchc-fallback");
  const old = document.getElementById("cchc-fallback-old");
  const offline = document.getElementById("cchc-fallback-offline");
  const root = document.getElementById("root");
  if (box) box.hidden = false;
  if (old) old.hidden = true;
  if (offline) offline.hidden = false;
  if (root) root.hidden = true;
}

function start(host: Office.HostType | null): void {
  const container = document.getElementById("root");
  if (!container) return;
  const inExcel = host === Office.HostType.Excel;
  const actions = createActions(inExcel, builtinTemplates[0]);
  const workbook = createWorkbookActions(inExcel);
  const lang = storedLang();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary lang={lang}>
        <App actions={actions} workbook={workbook} builtins={builtinTemplates} inExcel={inExcel} initialLang={lang} onLangChange={storeLang} />
      </ErrorBoundary>
    </FluentProvider>,
  );
}

if (!window.cchcFallback && typeof Office !== "undefined") {
  let started = false;
  const timer = window.setTimeout(() => {
    if (!started) showStaticFallback();
  }, READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    if (started) return;
    started = true;
    window.clearTimeout(timer);
    document.getElementById("cchc-fallback")?.setAttribute("hidden", "");
    const root = document.getElementById("root");
    if (root) root.hidden = false;
    start(info.host);
  });
}
