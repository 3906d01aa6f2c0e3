import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { UNMATCHED_SHEET, type UpgradePlan } from "../../sheet/upgrade";
import { formatPoints, type Lang } from "../../template/messages";
import type { Template } from "../../template/schema";
import { scoredEntries } from "../../template/walk";
import type { Actions, WorkbookActions } from "../actions";
import type { ActiveSheet } from "../hooks/useSheetReport";
import { useUpgrade } from "../hooks/useUpgrade";
import { strings } from "../i18n";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  preview: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  list: { margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalL, maxHeight: "160px", overflowY: "auto" },
  subtitle: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Whether the chosen template is another version (or another template) than the active sheet's. */
export function upgradeKind(active: ActiveSheet | null, chosen: Template | undefined): "version" | "other" | null {
  if (!active || !chosen) return null;
  if (chosen.id === active.template.id) return chosen.version === active.template.version ? null : "version";
  return "other";
}

/** "Cập nhật bộ chỉ số" (issue #7): a preview of what moves where, written only when confirmed. */
export function UpgradePanel(props: {
  lang: Lang;
  actions: Actions;
  workbook: WorkbookActions;
  active: ActiveSheet;
  chosen: Template;
  onUpgraded: (sheet: ActiveSheet) => void;
}) {
  const { lang, active, chosen } = props;
  const s = strings(lang);
  const styles = useStyles();
  const u = useUpgrade(props.actions, props.workbook, props.onUpgraded);
  const st = u.state;
  const kind = upgradeKind(active, chosen);
  const sheet = active.plan.layout.sheetName;

  return (
    <section className={styles.root} aria-label={s.upgradeTitle} data-testid="upgrade-panel">
      {(st.kind === "idle" || st.kind === "reading") && kind && (
        <MessageBar intent={kind === "version" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.upgradeTitle}</MessageBarTitle>
            {kind === "version" ? s.upgradeOffer(sheet, active.template.version, chosen.version) : s.upgradeOfferOther(sheet, chosen.title)}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={st.kind === "reading"} onClick={() => void u.preview(active, chosen)}>
              {st.kind === "reading" ? s.upgradeReading : s.upgradePreview}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {st.kind === "preview" && <UpgradePreview lang={lang} up={st.up} from={st.from.template} to={st.to} />}
      {(st.kind === "preview" || st.kind === "upgrading") && (
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={st.kind === "upgrading"} onClick={() => void u.confirm()}>
            {st.kind === "upgrading" ? s.upgrading : s.upgradeConfirm}
          </Button>
          <Button disabled={st.kind === "upgrading"} onClick={u.cancel}>
            {s.cancel}
          </Button>
        </div>
      )}
      {st.kind === "done" && (
        <StatusBar intent={st.unmatched.kind === "exists" || st.unmatched.kind === "failed" ? "warning" : "success"} testId="upgrade-done">
          {s.upgradeDone(st.oldSheetRenamedTo)}
          {st.unmatched.kind === "written" && ` ${s.upgradeUnmatchedWritten(st.unmatched.sheetName)}`}
          {st.unmatched.kind === "exists" && ` ${s.upgradeUnmatchedExists(st.unmatched.sheetName)}`}
          {st.unmatched.kind === "failed" && ` ${st.unmatched.message(lang)}`}
        </StatusBar>
      )}
      {st.kind === "done" && st.unmatched.kind === "exists" && (
        <div className={styles.buttons}>
          <Button onClick={() => void u.replaceUnmatched()}>{s.upgradeUnmatchedReplace(st.unmatched.sheetName)}</Button>
        </div>
      )}
      {st.kind === "failed" && <StatusBar intent="error">{s.upgradeFailed(st.message(lang))}</StatusBar>}
    </section>
  );
}

function UpgradePreview(props: { lang: Lang; up: UpgradePlan; from: Template; to: Template }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const p = (n: number) => formatPoints(n, props.lang);
  const codes = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of scoredEntries(props.from)) m.set(e.key, `${e.code}. ${e.name}`);
    for (const e of scoredEntries(props.to)) m.set(e.key, `${e.code}. ${e.name}`);
    return m;
  }, [props.from, props.to]);
  const { up } = props;
  const label = (key: string) => codes.get(key) ?? key;
  return (
    <div className={styles.preview} data-testid="upgrade-preview">
      <p className={styles.note}>{s.upgradeNothingYet}</p>
      <p className={styles.subtitle} data-testid="upgrade-carried">
        {s.upgradeCarried(Object.keys(up.carried).length)}
      </p>
      {up.changed.length > 0 && (
        <>
          <p className={styles.subtitle}>{s.upgradeChanged(up.changed.length)}</p>
          <ul className={styles.list}>
            {up.changed.map((k) => (
              <li key={k}>{label(k)}</li>
            ))}
          </ul>
        </>
      )}
      {up.added.length > 0 && (
        <>
          <p className={styles.subtitle}>{s.upgradeAdded(up.added.length)}</p>
          <ul className={styles.list}>
            {up.added.map((k) => (
              <li key={k}>{label(k)}</li>
            ))}
          </ul>
        </>
      )}
      {up.unmatched.length > 0 && (
        <>
          <p className={styles.subtitle}>{s.upgradeUnmatched(up.unmatched.length, UNMATCHED_SHEET)}</p>
          <ul className={styles.list} data-testid="upgrade-unmatched">
            {up.unmatched.map((m) => (
              <li key={`${m.key}:${m.reason}`}>
                {`${m.code}${m.name ? `. ${m.name}` : ""}: `}
                {m.reason === "itemRemoved" ? s.reasonItemRemoved : s.reasonOverNewMax(p(m.oldMax), p(m.newMax ?? 0))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
