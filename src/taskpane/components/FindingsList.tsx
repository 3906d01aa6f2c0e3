import { makeStyles, tokens } from "@fluentui/react-components";
import type { FindingGroup, FindingLine } from "../findings";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0 0` },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em" },
});

/**
 * Findings grouped by field. Each line is a real button: Tab reaches it, Enter or Space (or a click)
 * selects its cell in the sheet.
 */
export function FindingsList(props: { groups: FindingGroup[]; onSelect: (line: FindingLine) => void }) {
  const styles = useStyles();
  return (
    <div data-testid="findings">
      {props.groups.map((g) => (
        <section key={g.id} className={styles.group} aria-label={g.title}>
          <h3 className={styles.title}>{`${g.title} (${g.lines.length})`}</h3>
          <ul className={styles.list}>
            {g.lines.map((line) => (
              <li key={line.id}>
                <button type="button" className={styles.line} onClick={() => props.onSelect(line)} disabled={!line.address} data-address={line.address}>
                  <span className={styles.address}>{line.address}</span>
                  <span>{line.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
