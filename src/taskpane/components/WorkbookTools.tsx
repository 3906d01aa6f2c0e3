import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../template/messages";
import type { Template } from "../../template/schema";
import type { Actions, WorkbookActions } from "../actions";
import type { ActiveSheet } from "../hooks/useSheetReport";
import { strings } from "../i18n";
import { AppraisalPanel } from "./AppraisalPanel";
import { ConsolidationPanel } from "./ConsolidationPanel";
import { ImportPanel } from "./ImportPanel";

const useStyles = makeStyles({
  panel: { padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}` },
});

/**
 * The less frequent work, folded so that the insert-and-check flow stays on top: import of an
 * appendix table, appraisal (modes, formula audit, explanation list), consolidation of communes.
 */
export function WorkbookTools(props: {
  lang: Lang;
  actions: Actions;
  workbook: WorkbookActions;
  active: ActiveSheet | null;
  onTemplateSaved: (t: Template) => void;
  /** Test hook: the date printed on the explanation list. */
  now?: () => Date;
  defaultOpen?: string[];
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  return (
    <Accordion collapsible multiple defaultOpenItems={props.defaultOpen ?? []}>
      <AccordionItem value="appraisal">
        <AccordionHeader as="h2">{s.appraisalTitle}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <AppraisalPanel lang={props.lang} actions={props.actions} workbook={props.workbook} active={props.active} now={props.now} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="import">
        <AccordionHeader as="h2">{s.importTitle}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <ImportPanel lang={props.lang} workbook={props.workbook} onSaved={props.onTemplateSaved} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="consolidation">
        <AccordionHeader as="h2">{s.consolidateTitle}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <ConsolidationPanel lang={props.lang} workbook={props.workbook} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
