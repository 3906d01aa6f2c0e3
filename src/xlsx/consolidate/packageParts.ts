import { attr, attributes, elements, firstElement, richText, unescapeXml } from "./xml";

/**
 * The workbook-level parts the bulk reader needs: sheets with their part paths and visibility,
 * defined names, shared strings and the locked flag of every cell format.
 */
export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  part: string | null;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  names: Array<{ name: string; ref: string }>;
}

/** A relationship target relative to xl/ (or absolute from the package root). */
function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl", ...target.split("/")];
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export function readWorkbookParts(workbookXml: string, relsXml: string | null): WorkbookParts {
  const targets = new Map<string, string>();
  if (relsXml) {
    for (const r of elements(relsXml, "Relationship")) {
      const a = attributes(r.attrs);
      const id = a.get("Id");
      const target = a.get("Target");
      if (id && target && a.get("TargetMode") !== "External") targets.set(id, resolveTarget(target));
    }
  }
  const sheets: SheetEntry[] = [];
  const sheetsBlock = firstElement(workbookXml, "sheets");
  for (const s of elements(sheetsBlock?.inner ?? "", "sheet")) {
    const a = attributes(s.attrs);
    const state = a.get("state");
    const id = attr(a, "id");
    sheets.push({
      name: a.get("name") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      part: id ? (targets.get(id) ?? null) : null,
    });
  }
  const names: Array<{ name: string; ref: string }> = [];
  const namesBlock = firstElement(workbookXml, "definedNames");
  for (const n of elements(namesBlock?.inner ?? "", "definedName")) {
    const name = attributes(n.attrs).get("name");
    if (name && n.inner !== null) names.push({ name, ref: unescapeXml(n.inner) });
  }
  return { sheets, names };
}

const SI = /<(?:[\w.-]+:)?si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  SI.lastIndex = 0;
  for (let m = SI.exec(xml); m; m = SI.exec(xml)) out.push(m[1] === undefined ? "" : richText(m[1]));
  return out;
}

/** Locked flag by cell format index (cellXfs): locked unless the format says locked="0". */
export function readLockedFormats(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const block = firstElement(stylesXml, "cellXfs");
  const out: boolean[] = [];
  for (const xf of elements(block?.inner ?? "", "xf")) {
    const prot = xf.inner === null ? null : firstElement(xf.inner, "protection");
    const locked = prot ? attributes(prot.attrs).get("locked") : undefined;
    out.push(!(locked === "0" || locked === "false"));
  }
  return out;
}
