import { ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatPoints, type Lang } from "../../template/messages";
import { strings } from "../i18n";
import type { SummaryView } from "../summary";

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  live: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  classification: { fontWeight: tokens.fontWeightBold, color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase400 },
  bars: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  barLabel: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  barName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  finalDiffers: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Part I, converted, Part II, bonus/penalty, total and classification, then a bar per field. */
export function Summary(props: { lang: Lang; view: SummaryView }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const v = props.view;
  const p = (n: number) => formatPoints(n, props.lang);
  return (
    <section className={styles.root} aria-label={s.summaryTitle} data-testid="summary">
      <div className={styles.head}>
        <h2 className={styles.title}>{s.summaryTitle}</h2>
        <span className={styles.live}>{s.summaryLive}</span>
      </div>
      <table className={styles.table}>
        <tbody>
          {v.parts.map((part) => [
            <tr key={`${part.code}-points`}>
              <td>{s.partPoints(part.code)}</td>
              <td className={styles.num}>{s.points(p(part.total), p(part.max))}</td>
            </tr>,
            part.factor !== 1 ? (
              <tr key={`${part.code}-converted`}>
                <td>{s.convertedPoints(part.code)}</td>
                <td className={styles.num}>{s.points(p(part.converted), p(part.convertedMax))}</td>
              </tr>
            ) : null,
          ])}
          {v.adjustments.map((a) => (
            <tr key={a.code}>
              <td>{s.adjustment(a.name)}</td>
              <td className={styles.num}>{`${a.kind === "bonus" ? "+" : "−"}${p(a.points)}`}</td>
            </tr>
          ))}
          <tr className={styles.total}>
            <td>{s.totalPoints}</td>
            <td className={styles.num} data-testid="summary-total">
              {p(v.total)}
            </td>
          </tr>
          <tr>
            <td>{s.classification}</td>
            <td className={mergeClasses(styles.num, styles.classification)} data-testid="summary-classification">
              {v.classification}
            </td>
          </tr>
          <tr className={v.final.differs ? styles.finalDiffers : undefined}>
            <td>{s.finalResult}</td>
            <td className={styles.num} data-testid="summary-final">{`${p(v.final.total)} – ${v.final.classification}`}</td>
          </tr>
        </tbody>
      </table>
      <h3 className={styles.subtitle}>{s.fieldsTitle}</h3>
      <ul className={styles.bars}>
        {v.bars.map((b) => (
          <li key={b.key}>
            <div className={styles.barLabel}>
              <span className={styles.barName} title={b.label}>
                {b.label}
              </span>
              <span className={styles.num}>{s.points(p(b.got), p(b.max))}</span>
            </div>
            <ProgressBar value={b.max > 0 ? Math.min(1, b.got / b.max) : 0} max={1} thickness="large" aria-label={s.fieldBar(b.label, p(b.got), p(b.max))} />
          </li>
        ))}
      </ul>
    </section>
  );
}
