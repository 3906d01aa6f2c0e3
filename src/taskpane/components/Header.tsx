import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../template/messages";
import { strings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForegroundOnBrand },
  // A transparent button turns brand-blue on hover: invisible on the brand header without these.
  switch: {
    color: tokens.colorNeutralForegroundOnBrand,
    minWidth: "auto",
    ":hover": { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ":hover:active": { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForegroundOnBrand}` },
  },
});

export function Header(props: { lang: Lang; onLang: (lang: Lang) => void }) {
  const s = strings(props.lang);
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Text as="h1" className={styles.title}>
        {s.appTitle}
      </Text>
      <Button
        appearance="transparent"
        size="small"
        className={styles.switch}
        aria-label={s.switchLanguageLabel}
        lang={props.lang === "vi" ? "en" : "vi"}
        onClick={() => props.onLang(props.lang === "vi" ? "en" : "vi")}
      >
        {s.switchLanguage}
      </Button>
    </header>
  );
}
