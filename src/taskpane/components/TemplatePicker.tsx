import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import type { Lang } from "../../template/messages";
import type { Template } from "../../template/schema";
import { strings } from "../i18n";

export interface TemplateOption {
  id: string;
  source: "builtin" | "file" | "workbook";
  template: Template;
}

/** A message under the picker: a loaded file, or why a file was refused (each issue names its node). */
export type PickerNotice = { intent: "success" | "error"; title: string; lines: string[] } | null;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  issues: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
  select: { width: "100%", minWidth: 0 },
  selectInner: { textOverflow: "ellipsis" },
});

export function TemplatePicker(props: {
  lang: Lang;
  options: TemplateOption[];
  selectedId: string;
  onSelect: (id: string) => void;
  onFile: (file: File) => void;
  onUseStored?: () => void;
  notice: PickerNotice;
  disabled?: boolean;
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const sourceLabel = (o: TemplateOption) =>
    o.source === "builtin" ? s.templateBuiltin : o.source === "file" ? s.templateFromFile : s.templateFromWorkbook;
  return (
    <section className={styles.root}>
      <Field label={s.templateLabel}>
        <Select className={styles.select} select={{ className: styles.selectInner }} value={props.selectedId} disabled={props.disabled} onChange={(_, d) => props.onSelect(d.value)}>
          {props.options.map((o) => (
            <option key={o.id} value={o.id}>
              {`${o.template.title} (${o.template.year}, ${sourceLabel(o)})`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button size="small" disabled={props.disabled} onClick={() => fileInput.current?.click()}>
          {s.openJson}
        </Button>
        {props.onUseStored && (
          <Button size="small" disabled={props.disabled} onClick={props.onUseStored}>
            {s.useStored}
          </Button>
        )}
        <input
          id={fileInputId}
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          data-testid="template-file"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Clear so that choosing the same (corrected) file again fires again.
            e.currentTarget.value = "";
            if (file) props.onFile(file);
          }}
        />
      </div>
      {props.notice && (
        <MessageBar intent={props.notice.intent} layout="multiline" data-testid="template-notice">
          <MessageBarBody>
            <MessageBarTitle>{props.notice.title}</MessageBarTitle>
            {props.notice.lines.length > 0 && (
              <ul className={styles.issues}>
                {props.notice.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
