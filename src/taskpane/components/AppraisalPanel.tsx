import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ProtectionMode } from "../../sheet/modes";
import type { Lang } from "../../template/messages";
import type { Actions, LocalText, WorkbookActions } from "../actions";
import { canRepair, groupAudit } from "../auditView";
import type { FindingLine } from "../findings";
import { useAppraisal } from "../hooks/useAppraisal";
import type { ActiveSheet } from "../hooks/useSheetReport";
import { strings } from "../i18n";
import { FindingsList } from "./FindingsList";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  modeHint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: "32px", marginTop: `-${tokens.spacingVerticalXS}` },
});

/**
 * "Thẩm định": who may type where (protection mode), the formula audit with its repair, and the
 * explanation list. Works on the active scoring sheet; without one only a hint is shown.
 */
export function AppraisalPanel(props: { lang: Lang; actions: Actions; workbook: WorkbookActions; active: ActiveSheet | null; now?: () => Date }) {
  const { lang, active } = props;
  const s = strings(lang);
  const styles = useStyles();
  const a = useAppraisal(props.actions, props.workbook, active, props.now);
  const [selectError, setSelectError] = useState<LocalText | null>(null);
  const groups = useMemo(() => (a.audit.kind === "audited" ? groupAudit(a.audit.result, lang) : []), [a.audit, lang]);
  const count = groups.reduce((n, g) => n + g.lines.length, 0);

  if (!active) return <p className={styles.hint}>{s.noSheet}</p>;

  const onSelect = async (line: FindingLine) => {
    if (!line.address) return;
    setSelectError(null);
    try {
      const r = await props.actions.selectCell(active.plan.layout.sheetName, line.address);
      if (!r.ok) setSelectError(() => (l: Lang) => strings(l).selectFailed(line.address, r.message(l)));
    } catch (e) {
      const m = e instanceof Error ? e.message : String(e);
      setSelectError(() => (l: Lang) => strings(l).selectFailed(line.address, m));
    }
  };

  const modeName = (m: ProtectionMode) => (m === "officer" ? s.modeOfficer : s.modeAppraiser);
  const audited = a.audit.kind === "audited" ? a.audit.result : null;
  const repairable = audited !== null && canRepair(audited);
  const busyStep = a.audit.kind === "running" || a.repair.kind === "running";

  return (
    <div className={styles.root} data-testid="appraisal-panel">
      <Field label={s.modeLabel}>
        <RadioGroup value={a.mode} disabled={a.modeState.kind === "running"} onChange={(_, d) => void a.switchMode(d.value as ProtectionMode)}>
          <Radio value="officer" label={s.modeOfficer} />
          <span className={styles.modeHint}>{s.modeOfficerHint}</span>
          <Radio value="appraiser" label={s.modeAppraiser} />
          <span className={styles.modeHint}>{s.modeAppraiserHint}</span>
        </RadioGroup>
      </Field>
      {a.modeState.kind === "running" && <p className={styles.hint}>{s.modeSwitching}</p>}
      {a.modeState.kind === "done" && <StatusBar intent="success">{s.modeSet(modeName(a.modeState.mode))}</StatusBar>}
      {a.modeState.kind === "failed" && <StatusBar intent="error">{s.modeFailed(a.modeState.message(lang))}</StatusBar>}

      <div className={styles.buttons}>
        <Button disabled={busyStep} onClick={() => void a.runAudit()}>
          {a.audit.kind === "running" ? s.auditing : s.audit}
        </Button>
        <Button disabled={!repairable || busyStep} onClick={() => void a.runRepair()}>
          {a.repair.kind === "running" ? s.repairing : s.repair}
        </Button>
      </div>
      {a.audit.kind === "failed" && <StatusBar intent="error">{s.auditFailed(a.audit.message(lang))}</StatusBar>}
      {a.repair.kind === "failed" && <StatusBar intent="error">{s.repairFailed(a.repair.message(lang))}</StatusBar>}
      {a.repair.kind === "done" && <StatusBar intent="success" testId="repair-status">{s.repaired}</StatusBar>}
      {audited && (
        <StatusBar intent={count === 0 ? "success" : "warning"} testId="audit-status">
          {count === 0 ? s.auditNone : s.auditCount(count)}
        </StatusBar>
      )}
      {audited && !audited.repairable && (
        <StatusBar intent="error" testId="not-repairable">
          {s.notRepairable}
        </StatusBar>
      )}
      {selectError && <StatusBar intent="error">{selectError(lang)}</StatusBar>}
      {audited && count > 0 && (
        <div data-testid="audit-list">
          <FindingsList groups={groups} onSelect={(l) => void onSelect(l)} />
        </div>
      )}

      <div className={styles.buttons}>
        <Button disabled={a.explanation.kind === "running"} onClick={() => void a.runExplanation()}>
          {a.explanation.kind === "running" ? s.explaining : s.explanation}
        </Button>
      </div>
      {a.explanation.kind === "done" && (
        <StatusBar intent="success" testId="explanation-status">
          {s.explanationDone(a.explanation.sheetName, a.explanation.count)}
        </StatusBar>
      )}
      {a.explanation.kind === "failed" && <StatusBar intent="error">{s.explanationFailed(a.explanation.message(lang))}</StatusBar>}
      <ReplaceDialog
        lang={lang}
        sheetName={a.explanation.kind === "exists" ? a.explanation.sheetName : null}
        onReplace={() => (a.explanation.kind === "exists" ? void a.explanation.build() : undefined)}
        onCancel={a.cancelExplanation}
      />
    </div>
  );
}

function ReplaceDialog(props: { lang: Lang; sheetName: string | null; onReplace: () => void; onCancel: () => void }) {
  const s = strings(props.lang);
  return (
    <Dialog open={props.sheetName !== null} modalType="alert" onOpenChange={(_, d) => (!d.open ? props.onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.explanationExistsTitle}</DialogTitle>
          <DialogContent>{s.explanationExistsBody(props.sheetName ?? "")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onCancel}>
              {s.cancel}
            </Button>
            <Button onClick={props.onReplace}>{s.replaceSheet}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
