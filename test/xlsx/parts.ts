import JSZip from "jszip";
import { JSDOM } from "jsdom";

/**
 * The parts of a written .xlsx as parsed XML, to check what a file really carries (not what
 * ExcelJS reads back). Sheets are found by name through workbook.xml and its relationships.
 */
export interface XlsxParts {
  paths: string[];
  text(path: string): string;
  xml(path: string): Document;
  sheetPath(name: string): string;
  /** All elements with this local name, in document order. */
  all(node: Document | Element, tag: string): Element[];
}

const { DOMParser } = new JSDOM("").window;

export function parseXml(text: string, path = "xml"): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) throw new Error(`${path} is not well-formed XML: ${err.textContent}`);
  return doc;
}

export async function openXlsx(bytes: Uint8Array): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const path of Object.keys(zip.files)) if (!zip.files[path].dir) texts.set(path, await zip.files[path].async("string"));
  const text = (path: string): string => {
    const t = texts.get(path);
    if (t === undefined) throw new Error(`No part ${path}; parts: ${[...texts.keys()].join(", ")}`);
    return t;
  };
  const docs = new Map<string, Document>();
  const xml = (path: string): Document => {
    let d = docs.get(path);
    if (!d) docs.set(path, (d = parseXml(text(path), path)));
    return d;
  };
  const all = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag));
  const sheetPath = (name: string): string => {
    const sheet = all(xml("xl/workbook.xml"), "sheet").find((s) => s.getAttribute("name") === name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    const rid = sheet.getAttribute("r:id");
    const rel = all(xml("xl/_rels/workbook.xml.rels"), "Relationship").find((r) => r.getAttribute("Id") === rid);
    const target = rel?.getAttribute("Target") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  };
  return { paths: [...texts.keys()], text, xml, sheetPath, all };
}

/** Attributes of an element as a plain object, for table-driven comparisons. */
export function attrs(el: Element | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!el) return out;
  for (const a of Array.from(el.attributes)) out[a.name] = a.value;
  return out;
}

export function childText(el: Element, tag: string): string | null {
  const c = el.getElementsByTagName(tag)[0];
  return c ? c.textContent : null;
}

export interface XmlCell {
  /** The t attribute: "s" shared string, "str" formula text, "b", "e", "n" (default), "inlineStr". */
  t: string;
  /** The value as text (shared strings resolved), null when the cell has none. */
  value: string | null;
  formula: string | null;
  styleIndex: number;
}

/** The cells of a worksheet part by A1 address, shared strings resolved. */
export function sheetCells(parts: XlsxParts, sheetName: string): Map<string, XmlCell> {
  const shared = parts.paths.includes("xl/sharedStrings.xml")
    ? parts.all(parts.xml("xl/sharedStrings.xml"), "si").map((si) => parts.all(si, "t").map((t) => t.textContent).join(""))
    : [];
  const out = new Map<string, XmlCell>();
  for (const c of parts.all(parts.xml(parts.sheetPath(sheetName)), "c")) {
    const t = c.getAttribute("t") ?? "n";
    const v = childText(c, "v");
    out.set(c.getAttribute("r")!, {
      t,
      value: t === "s" && v !== null ? shared[Number(v)] : t === "inlineStr" ? childText(c, "t") : v,
      formula: childText(c, "f"),
      styleIndex: Number(c.getAttribute("s") ?? 0),
    });
  }
  return out;
}

/** The cellXfs entry of a style index: its protection child decides locked/hidden. */
const xfCache = new WeakMap<XlsxParts, Element[]>();

export function cellXf(parts: XlsxParts, index: number): { locked: boolean; hidden: boolean; applyProtection: boolean } {
  let xfs = xfCache.get(parts);
  if (!xfs) xfCache.set(parts, (xfs = parts.all(parts.all(parts.xml("xl/styles.xml"), "cellXfs")[0], "xf")));
  const xf = xfs[index];
  const p = xf.getElementsByTagName("protection")[0];
  return {
    // OOXML defaults: locked true, hidden false.
    locked: p?.getAttribute("locked") !== "0",
    hidden: p?.getAttribute("hidden") === "1",
    applyProtection: xf.getAttribute("applyProtection") === "1",
  };
}
