import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../template/messages";
import type { Template } from "../../template/schema";
import type { WorkbookActions } from "../actions";
import { useImport } from "../hooks/useImport";
import { strings } from "../i18n";
import { sortFindings } from "../importView";
import { ImportPreview } from "./ImportPreview";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  findings: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** "Nhập bộ tiêu chí" (issue #5): the selected appendix table, previewed, then stored on the user's word. */
export function ImportPanel(props: { lang: Lang; workbook: WorkbookActions; onSaved: (t: Template) => void; download?: (text: string, fileName: string) => void }) {
  const { lang } = props;
  const s = strings(lang);
  const styles = useStyles();
  const im = useImport(props.workbook, props.onSaved, props.download);
  const st = im.state;
  const read = st.kind === "read" ? st.read : null;
  const sorted = read ? sortFindings(read.findings, read.severity) : [];
  const errors = sorted.filter((f) => f.severity === "error").length;

  return (
    <div className={styles.root} data-testid="import-panel">
      <p className={styles.hint}>{s.importHint}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={st.kind === "reading"} onClick={() => void im.read()}>
          {st.kind === "reading" ? s.importReading : s.importRead}
        </Button>
      </div>
      {st.kind === "failed" && <StatusBar intent="error">{s.importReadFailed(st.message(lang))}</StatusBar>}
      {read && !read.template && (
        <StatusBar intent="error" testId="import-failed">
          {s.importNoTemplate}
        </StatusBar>
      )}
      {read && sorted.length > 0 && (
        <MessageBar intent={errors > 0 ? "error" : "warning"} layout="multiline" data-testid="import-findings">
          <MessageBarBody>
            <MessageBarTitle>{`${s.importFrom(read.address)} ${s.importFindings(errors, sorted.length - errors)}`}</MessageBarTitle>
            <ul className={styles.findings}>
              {sorted.map(({ finding, severity }, i) => (
                <li key={i} className={styles[severity]} data-severity={severity} data-row={finding.row ?? ""}>
                  {read.message(finding, lang)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {read?.template && (
        <>
          <ImportPreview lang={lang} template={read.template} />
          {im.hasErrors && (
            <>
              <p className={styles.hint}>{s.importErrorsNote}</p>
              <Checkbox checked={im.confirmed} onChange={(_, d) => im.setConfirmed(d.checked === true)} label={s.importUseAnyway} />
            </>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={!im.canSave} onClick={() => void im.store()}>
              {im.save.kind === "saving" ? s.importSaving : s.importSave}
            </Button>
            <Button onClick={() => void im.downloadJson()}>{s.importDownloadJson}</Button>
          </div>
        </>
      )}
      {im.save.kind === "saved" && (
        <StatusBar intent="success" testId="import-saved">
          {s.importSaved(im.save.title)}
        </StatusBar>
      )}
      {im.save.kind === "failed" && <StatusBar intent="error">{s.importSaveFailed(im.save.message(lang))}</StatusBar>}
    </div>
  );
}
