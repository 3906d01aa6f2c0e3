import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Lang } from "../../template/messages";
import { strings } from "../i18n";

const useStyles = makeStyles({
  confirm: { marginTop: tokens.spacingVerticalM, display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  box: { width: "16px", height: "16px", margin: "2px 0 0", flexShrink: 0, accentColor: tokens.colorBrandBackground },
  actions: { flexWrap: "wrap" },
});

/**
 * Asked when the sheet exists. The safe answer (a new sheet beside it) is the default. Replacing a
 * sheet that holds entries takes two steps: "Thay thế…" opens a confirmation that must be ticked
 * before the button works; a sheet without entries is replaced by the one click.
 */
export function ExistsDialog(props: {
  lang: Lang;
  sheetName: string | null;
  hasEntries: boolean;
  onRename: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [ticked, setTicked] = useState(false);
  const boxId = useId();
  const open = props.sheetName !== null;
  useEffect(() => {
    setConfirming(false);
    setTicked(false);
  }, [props.sheetName]);
  const sheet = props.sheetName ?? "";
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (!d.open ? props.onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.existsTitle}</DialogTitle>
          <DialogContent>
            {props.hasEntries ? s.existsBody(sheet) : s.existsBodyEmpty(sheet)}
            {confirming && (
              <div className={styles.confirm}>
                <input id={boxId} type="checkbox" className={styles.box} checked={ticked} onChange={(e) => setTicked(e.currentTarget.checked)} />
                <label htmlFor={boxId}>{s.existsConfirm(sheet)}</label>
              </div>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            {!confirming && (
              <Button appearance="primary" onClick={props.onRename}>
                {s.existsRename}
              </Button>
            )}
            {!props.hasEntries ? (
              <Button onClick={props.onReplace}>{s.existsReplaceEmpty}</Button>
            ) : !confirming ? (
              <Button onClick={() => setConfirming(true)}>{s.existsReplace}</Button>
            ) : (
              <Button appearance="primary" disabled={!ticked} onClick={() => ticked && props.onReplace()}>
                {s.existsReplaceConfirmed}
              </Button>
            )}
            <Button onClick={props.onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
