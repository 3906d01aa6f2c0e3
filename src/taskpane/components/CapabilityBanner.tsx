import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../template/messages";
import type { PaneCapabilities } from "../actions";
import { strings } from "../i18n";

export type DownloadState = { kind: "idle" } | { kind: "running" } | { kind: "done"; fileName: string } | { kind: "failed"; message: string };

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  status: { marginTop: tokens.spacingVerticalXS },
});

/** What this Excel lacks, and the way around it. Nothing is shown when everything is there. */
export function CapabilityBanner(props: {
  caps: PaneCapabilities;
  lang: Lang;
  inExcel: boolean;
  download: DownloadState;
  onDownload: () => void;
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  const { level } = props.caps;
  if (level === "full") return null;
  const missing = props.caps.missing(props.lang);
  const standalone = level === "standalone";
  const title = standalone ? (props.inExcel ? s.capsStandaloneTitle : s.notInExcel) : s.capsNoPrintTitle;
  const status =
    props.download.kind === "done"
      ? s.downloaded(props.download.fileName)
      : props.download.kind === "failed"
        ? s.downloadFailed(props.download.message)
        : null;
  return (
    <MessageBar intent={standalone ? "warning" : "info"} layout="multiline" data-testid="caps-banner">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {standalone ? s.capsStandaloneBody : s.capsNoPrintBody}
        {missing.length > 0 && props.inExcel && (
          <ul className={styles.list} aria-label={s.capsMissing}>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        {status && (
          <div className={styles.status} role="status">
            {status}
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance={standalone ? "primary" : "secondary"} disabled={props.download.kind === "running"} onClick={props.onDownload}>
          {props.download.kind === "running" ? s.downloading : s.download}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
