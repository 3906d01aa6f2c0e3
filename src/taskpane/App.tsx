import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { buildPlan } from "../sheet/buildPlan";
import type { WorkbookPlan } from "../sheet/plan";
import { templateIssueMessage, type Lang } from "../template/messages";
import type { Template } from "../template/schema";
import type { TemplateIssue } from "../template/issues";
import type { Actions, LocalText, WorkbookActions } from "./actions";
import { CapabilityBanner, type DownloadState } from "./components/CapabilityBanner";
import { ExistsDialog } from "./components/ExistsDialog";
import { FindingsList } from "./components/FindingsList";
import { Header } from "./components/Header";
import { InsertPanel, parseYear } from "./components/InsertPanel";
import { Summary } from "./components/Summary";
import { TemplatePicker, type PickerNotice, type TemplateOption } from "./components/TemplatePicker";
import { groupFindings, type FindingLine } from "./findings";
import { useInsert } from "./hooks/useInsert";
import { useSheetReport, type ActiveSheet } from "./hooks/useSheetReport";
import { strings } from "./i18n";
import { readFileText } from "./readFile";
import { templateFromJsonText } from "./templateJson";
import { summarize } from "./summary";

// The import, appraisal, upgrade and consolidation panels are chunks of their own: the pane starts
// (insert, check, summary) without waiting for them.
const WorkbookTools = lazy(() => import(/* webpackChunkName: "workbook-tools" */ "./components/WorkbookTools").then((m) => ({ default: m.WorkbookTools })));
const UpgradePanel = lazy(() => import(/* webpackChunkName: "upgrade" */ "./components/UpgradePanel").then((m) => ({ default: m.UpgradePanel })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", maxWidth: "100%", overflowX: "hidden", backgroundColor: tokens.colorNeutralBackground1 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  checkRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  rule: { width: "100%", height: 0, margin: 0, border: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export interface AppProps {
  actions: Actions;
  builtins: Template[];
  /** False when the page runs outside Excel: only the standalone workbook is offered. */
  inExcel: boolean;
  initialLang?: Lang;
  onLangChange?: (lang: Lang) => void;
  /** Import, appraisal, upgrade and consolidation; absent, those panels are not offered. */
  workbook?: WorkbookActions;
  /** Test hooks: shorter timers, a fixed date. */
  timing?: { debounceMs?: number; retryMs?: number };
  now?: () => Date;
}

type Notice = ((lang: Lang) => PickerNotice) | null;

function plain(intent: "success" | "error", title: (lang: Lang) => string): Notice {
  return (lang) => ({ intent, title: title(lang), lines: [] });
}

function rejected(title: (lang: Lang) => string, issues: TemplateIssue[]): Notice {
  return (lang) => ({ intent: "error", title: title(lang), lines: issues.map((i) => templateIssueMessage(i, lang)) });
}

function fileName(unit: string, year: number): string {
  const slug = unit
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `cham-diem-cchc-${slug ? slug + "-" : ""}${year}.xlsx`;
}

export function App(props: AppProps) {
  const { actions } = props;
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(props.initialLang ?? "vi");
  const s = strings(lang);
  const setLang = (l: Lang) => {
    setLangState(l);
    props.onLangChange?.(l);
  };

  const [options, setOptions] = useState<TemplateOption[]>(() => props.builtins.map((t) => ({ id: `builtin:${t.id}`, source: "builtin", template: t })));
  const [selectedId, setSelectedId] = useState(options[0]?.id ?? "");
  const selected = options.find((o) => o.id === selectedId) ?? options[0];
  const [notice, setNotice] = useState<Notice>(null);
  const [unit, setUnit] = useState("");
  const [year, setYear] = useState(String(selected?.template.year ?? new Date().getFullYear()));
  const [active, setActive] = useState<ActiveSheet | null>(null);
  const [showFindings, setShowFindings] = useState(false);
  const [selectError, setSelectError] = useState<LocalText | null>(null);
  const [download, setDownload] = useState<DownloadState>({ kind: "idle" });

  const addOption = useCallback((option: TemplateOption) => {
    setOptions((prev) => [...prev.filter((o) => o.id !== option.id), option]);
    setSelectedId(option.id);
    setYear(String(option.template.year));
  }, []);

  /** Templates kept in the workbook join the list without taking the selection. */
  const mergeOptions = useCallback((more: TemplateOption[]) => {
    setOptions((prev) => [...prev.filter((o) => !more.some((m) => m.id === o.id)), ...more]);
  }, []);
  const workbookOption = (t: Template): TemplateOption => ({ id: `workbook:${t.id}@${t.version}`, source: "workbook", template: t });

  // The template of the plan being inserted, which the sheet will be checked against.
  const inserting = useRef<Template | null>(null);
  const onInserted = useCallback((plan: WorkbookPlan) => {
    if (inserting.current) setActive({ template: inserting.current, plan });
    setShowFindings(false);
  }, []);
  const insertion = useInsert(actions, onInserted, { retryMs: props.timing?.retryMs });
  const { state: report, refresh } = useSheetReport(actions, active, props.timing?.debounceMs);

  // A scoring sheet already in the workbook (inserted in an earlier session) is picked up silently.
  const adoptStored = useCallback(
    async (explicit: boolean) => {
      if (!actions.findStoredSheet) return;
      let stored;
      try {
        stored = await actions.findStoredSheet();
      } catch {
        stored = null;
      }
      if (!stored) {
        if (explicit) setNotice(() => plain("error", (l) => strings(l).noStoredTemplate));
        return;
      }
      const parsed = await templateFromJsonText(stored.templateJson, stored.sheetName);
      if (!parsed.ok) {
        if (explicit) setNotice(() => rejected((l) => strings(l).storedRejected, parsed.issues));
        return;
      }
      const t = parsed.value;
      addOption(workbookOption(t));
      setUnit(stored.unit);
      setYear(String(stored.year));
      setActive({ template: t, plan: buildPlan(t, { unit: stored.unit, year: stored.year, sheetName: stored.sheetName }) });
      if (explicit) setNotice(() => plain("success", (l) => strings(l).fileLoaded(t.title)));
    },
    [actions, addOption],
  );

  useEffect(() => {
    if (props.inExcel && actions.capabilities.level !== "standalone") void adoptStored(false);
  }, [actions, adoptStored, props.inExcel]);

  const { workbook } = props;
  useEffect(() => {
    if (!workbook || !props.inExcel || actions.capabilities.level === "standalone") return;
    workbook
      .listStoredTemplates()
      .then((list) => mergeOptions(list.map(workbookOption)))
      // The list is a convenience: without it the built-in and file templates still work.
      .catch(() => undefined);
  }, [actions, mergeOptions, props.inExcel, workbook]);

  const onFile = useCallback(
    async (file: File) => {
      let text: string;
      try {
        text = await readFileText(file);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        setNotice(() => rejected((l) => strings(l).fileRejected(file.name), [{ code: "unreadable", source: file.name, detail }]));
        return;
      }
      const parsed = await templateFromJsonText(text, file.name);
      if (!parsed.ok) {
        // Everything else stays as it was: the selection, the options, the active sheet.
        setNotice(() => rejected((l) => strings(l).fileRejected(file.name), parsed.issues));
        return;
      }
      const t = parsed.value;
      addOption({ id: `file:${t.id}@${t.version}`, source: "file", template: t });
      setNotice(() => plain("success", (l) => strings(l).fileLoaded(t.title)));
    },
    [addOption],
  );

  const yearNumber = parseYear(year);
  const makePlan = () => (selected && yearNumber !== null ? buildPlan(selected.template, { unit: unit.trim(), year: yearNumber }) : null);

  const onInsert = () => {
    const plan = makePlan();
    if (!plan || !selected) return;
    inserting.current = selected.template;
    void insertion.insert(plan);
  };

  const onDownload = async () => {
    const plan = makePlan();
    if (!plan || yearNumber === null) return;
    setDownload({ kind: "running" });
    const name = fileName(unit.trim(), yearNumber);
    try {
      const r = await actions.downloadWorkbook(plan, name);
      setDownload(r.ok ? { kind: "done", fileName: name } : { kind: "failed", message: r.message(lang) });
    } catch (e) {
      setDownload({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onCheck = () => {
    setShowFindings(true);
    setSelectError(null);
    void refresh();
  };

  const onSelectFinding = async (line: FindingLine) => {
    if (!active || !line.address) return;
    setSelectError(null);
    try {
      const r = await actions.selectCell(active.plan.layout.sheetName, line.address);
      if (!r.ok) setSelectError(() => (l: Lang) => strings(l).selectFailed(line.address, r.message(l)));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setSelectError(() => (l: Lang) => strings(l).selectFailed(line.address, detail));
    }
  };

  const groups = useMemo(
    () => (active && report.kind === "ready" ? groupFindings(active.template, active.plan.layout, report.report.findings, report.reading.overwritten, lang) : []),
    [active, report, lang],
  );
  const lineCount = groups.reduce((n, g) => n + g.lines.length, 0);
  const view = useMemo(() => (active && report.kind === "ready" ? summarize(active.template, report.report, lang) : null), [active, report, lang]);

  const level = props.inExcel ? actions.capabilities.level : "standalone";
  const canInsert = level !== "standalone" && !!selected;
  const exists = insertion.state.kind === "exists" ? insertion.state.sheetName : null;
  const pickerNotice = notice ? notice(lang) : null;

  return (
    <div className={styles.root} lang={lang}>
      <Header lang={lang} onLang={setLang} />
      <main className={styles.main}>
        <CapabilityBanner caps={actions.capabilities} lang={lang} inExcel={props.inExcel} download={download} onDownload={() => void onDownload()} />
        {selected?.template.provisional && (
          <MessageBar intent="info" layout="multiline" data-testid="provisional-note">
            <MessageBarBody>
              <MessageBarTitle>{s.provisionalTitle}</MessageBarTitle>
              {selected.template.provisionalNote}
            </MessageBarBody>
          </MessageBar>
        )}
        <TemplatePicker
          lang={lang}
          options={options}
          selectedId={selected?.id ?? ""}
          onSelect={(id) => {
            setSelectedId(id);
            const t = options.find((o) => o.id === id)?.template;
            if (t) setYear(String(t.year));
          }}
          onFile={(f) => void onFile(f)}
          onUseStored={actions.findStoredSheet && level !== "standalone" ? () => void adoptStored(true) : undefined}
          notice={pickerNotice}
          disabled={insertion.state.kind === "running"}
        />
        {workbook && active && selected && level !== "standalone" && (
          <Suspense fallback={null}>
            <UpgradePanel lang={lang} actions={actions} workbook={workbook} active={active} chosen={selected.template} onUpgraded={setActive} />
          </Suspense>
        )}
        <InsertPanel
          lang={lang}
          unit={unit}
          year={year}
          onUnit={setUnit}
          onYear={setYear}
          insertion={level === "standalone" ? null : { state: insertion.state, canInsert, onInsert, onRetry: insertion.retry }}
        />
        {level !== "standalone" && (
          <>
            <hr className={styles.rule} />
            <section aria-label={s.findingsTitle}>
              <div className={styles.checkRow}>
                <Button appearance="primary" disabled={!active} onClick={onCheck}>
                  {report.kind === "loading" && showFindings ? s.checking : s.check}
                </Button>
              </div>
              {!active && <p className={styles.hint}>{s.noSheet}</p>}
              <CheckStatus lang={lang} report={report} showFindings={showFindings} count={lineCount} />
              {selectError && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{selectError(lang)}</MessageBarBody>
                </MessageBar>
              )}
              {showFindings && report.kind === "ready" && <FindingsList groups={groups} onSelect={(l) => void onSelectFinding(l)} />}
            </section>
            {view && <Summary lang={lang} view={view} />}
            {workbook && (
              <Suspense fallback={null}>
                <WorkbookTools lang={lang} actions={actions} workbook={workbook} active={active} onTemplateSaved={(t) => addOption(workbookOption(t))} now={props.now} />
              </Suspense>
            )}
          </>
        )}
      </main>
      <ExistsDialog
        lang={lang}
        sheetName={exists}
        hasEntries={insertion.state.kind === "exists" && insertion.state.hasEntries}
        onRename={() => insertion.resolveExists("rename")}
        onReplace={() => insertion.resolveExists("replace")}
        onCancel={() => insertion.resolveExists("cancel")}
      />
    </div>
  );
}

function CheckStatus(props: { lang: Lang; report: ReturnType<typeof useSheetReport>["state"]; showFindings: boolean; count: number }) {
  const s = strings(props.lang);
  const r = props.report;
  if (r.kind === "missing") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{s.sheetMissing(r.sheetName)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (r.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{s.readFailed(r.message(props.lang))}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!props.showFindings || r.kind !== "ready") return null;
  return (
    <MessageBar intent={props.count === 0 ? "success" : "warning"} layout="multiline" data-testid="check-status">
      <MessageBarBody>{props.count === 0 ? s.findingsNone : s.findingsCount(props.count)}</MessageBarBody>
    </MessageBar>
  );
}
