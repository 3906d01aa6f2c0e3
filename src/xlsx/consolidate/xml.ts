/**
 * Just enough XML for the parts of a SpreadsheetML package that the bulk reader needs, written
 * for speed over a few hundred KB per file. Elements may carry a namespace prefix (x:c), as some
 * writers produce; attribute values may be quoted either way.
 */

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITY[e] ?? m),
  );
}

/** Attributes of a start tag's inside, by name as written (r:id keeps its prefix). */
export function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

/** An attribute by local name, whatever its prefix. */
export function attr(a: Map<string, string>, local: string): string | undefined {
  const direct = a.get(local);
  if (direct !== undefined) return direct;
  for (const [k, v] of a) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

const P = "(?:[\\w.-]+:)?";
const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;

/** Every element `name` as { attrs, inner } (inner null when self-closing). Not for nested same-name elements. */
export function* elements(xml: string, name: string): Generator<{ attrs: string; inner: string | null }> {
  const re = new RegExp(`<(${P})${name}(?=[\\s/>])${ATTRS}(/?)>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[3] === "/") {
      yield { attrs: m[2], inner: null };
      continue;
    }
    const close = `</${m[1]}${name}>`;
    const end = xml.indexOf(close, re.lastIndex);
    if (end < 0) return;
    yield { attrs: m[2], inner: xml.slice(re.lastIndex, end) };
    re.lastIndex = end + close.length;
  }
}

/** The first element `name`, or null. */
export function firstElement(xml: string, name: string): { attrs: string; inner: string | null } | null {
  for (const e of elements(xml, name)) return e;
  return null;
}

const T = new RegExp(`<${P}t(?:\\s[^>]*)?(?<!/)>([\\s\\S]*?)</${P}t>`, "g");
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, "g");

/**
 * The text of a string item (<si> or <is>): its <t> runs joined, phonetic runs (<rPh>) left out,
 * as Excel shows it.
 */
export function richText(inner: string): string {
  const s = inner.indexOf("rPh") >= 0 ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  T.lastIndex = 0;
  for (let m = T.exec(s); m; m = T.exec(s)) text += m[1];
  return unescapeXml(text);
}

/** One attribute's value from a start tag's inside, by exact name; compiled once per name. */
export function attributeReader(name: string): (attrs: string) => string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  return (attrs) => {
    const m = re.exec(attrs);
    return m ? unescapeXml(m[1] ?? m[2]) : undefined;
  };
}
