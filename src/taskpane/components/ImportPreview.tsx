import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatPoints, type Lang } from "../../template/messages";
import type { Template } from "../../template/schema";
import { strings } from "../i18n";
import { convertedTotal, previewTree, type PreviewNode } from "../importView";

const useStyles = makeStyles({
  root: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, maxHeight: "320px", overflowY: "auto" },
  title: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalM },
  top: { paddingLeft: 0 },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  part: { fontWeight: tokens.fontWeightSemibold },
  num: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  mismatch: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  total: { marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

/** The imported tree, parts to criteria, each with its maximum and what its children add up to. */
export function ImportPreview(props: { lang: Lang; template: Template }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const p = (n: number) => formatPoints(n, props.lang);
  const line = (n: PreviewNode, depth: number) => {
    const off = n.sum !== null && Math.abs(n.sum - n.max) > 1e-9;
    return (
      <li key={n.id}>
        <div className={mergeClasses(styles.line, depth === 0 && styles.part)} data-testid="preview-node">
          <span className={styles.name} title={`${n.code}. ${n.name}`}>{`${depth === 0 ? `Phần ${n.code}` : n.code}. ${n.name}`}</span>
          <span className={mergeClasses(styles.num, off && styles.mismatch)}>
            {s.previewPoints(p(n.max))}
            {n.sum !== null && ` (${s.previewSum(p(n.sum))})`}
          </span>
        </div>
        {n.children.length > 0 && <ul className={styles.list}>{n.children.map((c) => line(c, depth + 1))}</ul>}
      </li>
    );
  };
  const t = props.template;
  return (
    <section className={styles.root} aria-label={s.previewTitle} data-testid="import-preview">
      <h3 className={styles.title}>{`${s.previewTitle}: ${t.title}`}</h3>
      <ul className={mergeClasses(styles.list, styles.top)}>{previewTree(t).map((n) => line(n, 0))}</ul>
      <div className={styles.total}>
        {t.parts.map((part) => `Phần ${part.code}: ${p(part.maxPoints)} × ${s.previewFactor(p(part.factor))}`).join("; ")}
        {" – "}
        {s.previewTotal(p(convertedTotal(t)))}
      </div>
    </section>
  );
}
