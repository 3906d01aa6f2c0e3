import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { Lang } from "../../template/messages";
import type { WorkbookActions } from "../actions";
import { useConsolidation } from "../hooks/useConsolidation";
import { strings } from "../i18n";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  hidden: { display: "none" },
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  file: { fontWeight: tokens.fontWeightSemibold },
});

/** "Tổng hợp các xã": the communes' filled workbooks, read in the browser, one consolidation file out. */
export function ConsolidationPanel(props: { lang: Lang; workbook: WorkbookActions }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const c = useConsolidation(props.workbook);
  const st = c.state;
  return (
    <div className={styles.root} data-testid="consolidation-panel">
      <p className={styles.hint}>{s.consolidateHint}</p>
      <Button disabled={st.kind === "running"} onClick={() => input.current?.click()}>
        {st.kind === "running" ? s.consolidateRunning : s.consolidateChoose}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="consolidation-files"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          void c.run(files);
        }}
      />
      {st.kind === "running" && (
        <Field validationMessage={s.consolidateProgress(st.done, st.total, st.file)} validationState="none">
          <ProgressBar value={st.total > 0 ? st.done / st.total : 0} max={1} thickness="large" aria-label={s.consolidateProgress(st.done, st.total, st.file)} />
        </Field>
      )}
      {st.kind === "failed" && <StatusBar intent="error">{s.consolidateFailed(st.message(props.lang))}</StatusBar>}
      {st.kind === "done" && (
        <MessageBar intent={st.problems.length > 0 ? "warning" : "success"} layout="multiline" data-testid="consolidation-result">
          <MessageBarBody>
            <MessageBarTitle>{s.consolidateDone(st.communes, st.fileName)}</MessageBarTitle>
            {st.problems.length > 0 && (
              <>
                <div>{s.consolidateProblems(st.problems.length)}</div>
                <ul className={styles.problems}>
                  {st.problems.map((p, i) => (
                    <li key={i}>
                      <span className={styles.file}>{p.file}</span>
                      {`: ${p.reason}`}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
