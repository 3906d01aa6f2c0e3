import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../template/messages";
import type { InsertState } from "../hooks/useInsert";
import { strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  unit: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  year: { flexShrink: 0, width: "76px", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  invalid: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export function parseYear(text: string): number | null {
  if (!/^\s*\d{4}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 2000 && n <= 2100 ? n : null;
}

/** Unit name and year: used by the insertion and by the standalone download alike. */
export function UnitYearFields(props: { lang: Lang; unit: string; year: string; onUnit: (unit: string) => void; onYear: (year: string) => void }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const yearOk = parseYear(props.year) !== null;
  return (
    <>
      <div className={styles.row}>
        <Field label={s.unitLabel} className={styles.unit}>
          <Input className={styles.input} value={props.unit} placeholder={s.unitPlaceholder} onChange={(_, d) => props.onUnit(d.value)} />
        </Field>
        <Field label={s.yearLabel} className={styles.year} validationState={yearOk ? "none" : "error"}>
          <Input className={styles.input} value={props.year} inputMode="numeric" maxLength={4} onChange={(_, d) => props.onYear(d.value)} />
        </Field>
      </div>
      {!yearOk && (
        <div role="alert" className={styles.invalid}>
          {s.yearInvalid}
        </div>
      )}
    </>
  );
}

export function InsertPanel(props: {
  lang: Lang;
  unit: string;
  year: string;
  onUnit: (unit: string) => void;
  onYear: (year: string) => void;
  /** Null where this Excel cannot insert: only the fields are shown (for the standalone download). */
  insertion: { state: InsertState; canInsert: boolean; onInsert: () => void; onRetry: () => void } | null;
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  const yearOk = parseYear(props.year) !== null;
  const ins = props.insertion;
  const running = ins?.state.kind === "running";
  return (
    <section className={styles.root}>
      <UnitYearFields lang={props.lang} unit={props.unit} year={props.year} onUnit={props.onUnit} onYear={props.onYear} />
      {ins && (
        <>
          <Button appearance="primary" disabled={!ins.canInsert || !yearOk || running} onClick={ins.onInsert}>
            {running ? s.inserting : s.insert}
          </Button>
          <InsertStatus lang={props.lang} state={ins.state} onRetry={ins.onRetry} />
        </>
      )}
    </section>
  );
}

function InsertStatus(props: { lang: Lang; state: InsertState; onRetry: () => void }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const st = props.state;
  switch (st.kind) {
    case "idle":
    case "running":
    case "exists":
      return null;
    case "done":
      return (
        <MessageBar intent={st.warnings.length ? "warning" : "success"} layout="multiline" data-testid="insert-status">
          <MessageBarBody>
            {s.inserted(st.sheetName)}
            {st.warnings.length > 0 && (
              <ul className={styles.warnings}>
                {st.warnings.map((w, i) => (
                  <li key={i}>{w(props.lang)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      );
    case "busy":
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="insert-status">
          <MessageBarBody>{st.gaveUp ? s.busyGaveUp : s.busy}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onRetry}>{s.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline" data-testid="insert-status">
          <MessageBarBody>{s.insertFailed(st.message(props.lang))}</MessageBarBody>
        </MessageBar>
      );
    default: {
      const never: never = st;
      return never;
    }
  }
}
