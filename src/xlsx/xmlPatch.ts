import JSZip from "jszip";
import type { DefinedName } from "../sheet/plan";
import type { SqrefWidening } from "./validation";

/**
 * What ExcelJS cannot write, patched into its output: multi-area validation sqrefs, row heights that
 * may still grow, and the comments of defined names. Only files that we have just generated are
 * patched, never a user's file.
 */
export interface XlsxPatches {
  /** By worksheet number as ExcelJS names the parts (xl/worksheets/sheet1.xml is 1). */
  widenings: Map<number, SqrefWidening[]>;
  /** Rows, by worksheet number, whose height is an estimate that may grow (see layout.ts). */
  autoHeights: Map<number, number[]>;
  names: readonly DefinedName[];
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r?\n/g, "&#10;");

/** Widen each rule written on its first area to all its areas, inside <dataValidations> only. */
export function widenValidationSqrefs(sheetXml: string, widenings: readonly SqrefWidening[]): string {
  if (widenings.length === 0) return sheetXml;
  const m = /<dataValidations[\s>][\s\S]*?<\/dataValidations>/.exec(sheetXml);
  if (!m) throw new Error("ExcelJS wrote no <dataValidations> where rules were expected");
  let block = m[0];
  for (const w of widenings) {
    const attr = ` sqref="${w.written}"`;
    const at = block.indexOf(attr);
    if (at < 0 || block.indexOf(attr, at + 1) >= 0) throw new Error(`Expected exactly one validation on ${w.written}`);
    block = block.slice(0, at) + ` sqref="${w.full}"` + block.slice(at + attr.length);
  }
  return sheetXml.slice(0, m.index) + block + sheetXml.slice(m.index + m[0].length);
}

/** Drop customHeight="1" (which ExcelJS puts on every row given a height) from these rows. */
export function autoRowHeights(sheetXml: string, rows: readonly number[]): string {
  if (rows.length === 0) return sheetXml;
  const auto = new Set(rows);
  return sheetXml.replace(/<row r="(\d+)"[^>]*>/g, (tag, r: string) => (auto.has(Number(r)) ? tag.replace(' customHeight="1"', "") : tag));
}

/** Add comment="..." to the named <definedName> elements (Excel shows it in the Name Manager). */
export function addNameComments(workbookXml: string, names: readonly DefinedName[]): string {
  let xml = workbookXml;
  for (const n of names) {
    if (!n.comment) continue;
    const open = `<definedName name="${n.name}"`;
    const at = xml.indexOf(open);
    if (at < 0) throw new Error(`ExcelJS wrote no defined name ${n.name}`);
    xml = xml.slice(0, at) + `${open} comment="${escapeAttr(n.comment)}"` + xml.slice(at + open.length);
  }
  return xml;
}

export function needsPatch(p: XlsxPatches): boolean {
  const any = <T>(m: Map<number, T[]>) => [...m.values()].some((list) => list.length > 0);
  return p.names.some((n) => n.comment) || any(p.widenings) || any(p.autoHeights);
}

export async function patchXlsx(data: Uint8Array, p: XlsxPatches): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const edit = async (path: string, f: (xml: string) => string): Promise<void> => {
    const file = zip.file(path);
    if (!file) throw new Error(`ExcelJS wrote no ${path}`);
    zip.file(path, f(await file.async("string")));
  };
  const sheets = new Set([...p.widenings.keys(), ...p.autoHeights.keys()]);
  for (const sheetNo of sheets) {
    const widenings = p.widenings.get(sheetNo) ?? [];
    const rows = p.autoHeights.get(sheetNo) ?? [];
    if (widenings.length > 0 || rows.length > 0) {
      await edit(`xl/worksheets/sheet${sheetNo}.xml`, (xml) => autoRowHeights(widenValidationSqrefs(xml, widenings), rows));
    }
  }
  if (p.names.some((n) => n.comment)) await edit("xl/workbook.xml", (xml) => addNameComments(xml, p.names));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
