import * as fs from "fs";
import * as path from "path";
import { pngSize } from "./png";

/**
 * What the XSD cannot say about an add-in manifest, and what would silently hide or break the add-in
 * on perpetual Office. Each check returns problems as sentences naming the element; none means good.
 * Needs a DOMParser (the jsdom test environment).
 */

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

const SHORT_MAX = 125;
const LONG_MAX = 250;
/** Sizes the ribbon, the add-in dialog and high-DPI screens ask for. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) throw new Error(`manifest is not well-formed XML: ${err.textContent}`);
  return doc;
}

function all(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

function versionOverrides(doc: Document): Element[] {
  return all(doc, NS.ov, "VersionOverrides");
}

/** Every string a user sees with its limit: DefaultValue and each Override. */
function stringsWithLimits(doc: Document): Array<{ where: string; text: string; max: number }> {
  const out: Array<{ where: string; text: string; max: number }> = [];
  const add = (el: Element, max: number, where: string) => {
    out.push({ where, text: el.getAttribute("DefaultValue") ?? "", max });
    for (const o of Array.from(el.children).filter((c) => c.localName === "Override")) {
      out.push({ where: `${where} (${o.getAttribute("Locale")})`, text: o.getAttribute("Value") ?? "", max });
    }
  };
  for (const el of all(doc, NS.app, "DisplayName")) add(el, SHORT_MAX, "DisplayName");
  for (const el of all(doc, NS.app, "Description")) add(el, LONG_MAX, "Description");
  for (const group of all(doc, NS.bt, "ShortStrings")) {
    for (const el of all(group, NS.bt, "String")) add(el, SHORT_MAX, `ShortStrings/${el.getAttribute("id")}`);
  }
  for (const group of all(doc, NS.bt, "LongStrings")) {
    for (const el of all(group, NS.bt, "String")) add(el, LONG_MAX, `LongStrings/${el.getAttribute("id")}`);
  }
  return out;
}

export function checkStringLengths(doc: Document): string[] {
  return stringsWithLimits(doc)
    .filter((s) => s.text.length === 0 || s.text.length > s.max)
    .map((s) => `${s.where}: ${s.text.length} characters (allowed 1..${s.max})`);
}

/** Which resource group a resid must name, by the referring element. */
function resourceGroupOf(el: Element): string {
  switch (el.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Script":
    case "Page":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return "any";
  }
}

export function checkResids(doc: Document): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const holder of all(doc, NS.bt, group)) {
      for (const child of Array.from(holder.children)) {
        const id = child.getAttribute("id") ?? "";
        if (id.length > 32) problems.push(`${group}/${id}: id longer than 32 characters`);
        if (ids.has(id)) problems.push(`resource id ${id} is declared twice`);
        ids.set(id, group);
      }
    }
  }
  const referrers = Array.from(doc.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
  for (const el of referrers) {
    const resid = el.getAttribute("resid") ?? "";
    const group = ids.get(resid);
    const wanted = resourceGroupOf(el);
    if (!group) problems.push(`<${el.localName} resid="${resid}">: no resource with that id`);
    else if (wanted !== "any" && group !== wanted) problems.push(`<${el.localName} resid="${resid}">: names a ${group} entry, needs ${wanted}`);
  }
  return problems;
}

/** Every URL in the manifest, from attributes and from AppDomain text. */
export function manifestUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (el.localName === "AppDomain" && el.textContent) urls.push(el.textContent.trim());
  }
  return urls;
}

export function checkUrls(doc: Document): string[] {
  const urls = manifestUrls(doc);
  const problems = urls.filter((u) => !u.startsWith("https://")).map((u) => `${u}: not https`);
  const origins = new Set(urls.map((u) => new URL(u).origin));
  if (origins.size > 1) problems.push(`URLs span several origins: ${[...origins].join(", ")}`);
  if (urls.length === 0) problems.push("no URL at all");
  return problems;
}

export function checkIdentity(doc: Document): string[] {
  const problems: string[] = [];
  const id = all(doc, NS.app, "Id")[0]?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = all(doc, NS.app, "Version")[0]?.textContent?.trim() ?? "";
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) problems.push(`Version "${version}" is not n.n.n.n`);
  const hosts = all(doc, NS.app, "Host").map((h) => h.getAttribute("Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts does not name Workbook");
  return problems;
}

function versionNumber(v: string): number[] {
  return v.split(".").map(Number);
}

function above(v: string, limit: string): boolean {
  const a = versionNumber(v);
  const b = versionNumber(limit);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** Old Excel hides an add-in whose requirements it lacks, without a word: keep them at 1.1. */
export function checkRequirements(doc: Document): string[] {
  const problems: string[] = [];
  for (const vo of versionOverrides(doc)) {
    if (vo.getElementsByTagNameNS(NS.ov, "Requirements").length > 0) problems.push("VersionOverrides contains Requirements");
  }
  for (const req of all(doc, NS.app, "Requirements")) {
    if (versionOverrides(doc).some((vo) => vo.contains(req))) continue;
    for (const sets of all(req, NS.app, "Sets")) {
      const def = sets.getAttribute("DefaultMinVersion");
      if (def && above(def, "1.1")) problems.push(`Sets DefaultMinVersion ${def} is above 1.1`);
    }
    for (const set of all(req, NS.app, "Set")) {
      const min = set.getAttribute("MinVersion") ?? "1.1";
      if (above(min, "1.1")) problems.push(`requirement ${set.getAttribute("Name")} ${min} is above 1.1`);
    }
    if (all(req, NS.app, "Method").length > 0) problems.push("Requirements names Methods");
  }
  return problems;
}

/** Icon URLs of the manifest resolved to files under `root` (the URL path taken from the origin). */
export function checkIcons(doc: Document, root: string): string[] {
  const problems: string[] = [];
  const declared = new Map<string, number[]>();
  const note = (url: string | null, size: number) => {
    if (!url) return;
    declared.set(url, [...(declared.get(url) ?? []), size]);
  };
  note(all(doc, NS.app, "IconUrl")[0]?.getAttribute("DefaultValue") ?? null, 32);
  note(all(doc, NS.app, "HighResolutionIconUrl")[0]?.getAttribute("DefaultValue") ?? null, 64);
  const images = new Map(all(doc, NS.bt, "Image").filter((e) => e.hasAttribute("id")).map((e) => [e.getAttribute("id") ?? "", e.getAttribute("DefaultValue")]));
  for (const ref of all(doc, NS.bt, "Image").filter((e) => e.hasAttribute("resid"))) {
    note(images.get(ref.getAttribute("resid") ?? "") ?? null, Number(ref.getAttribute("size")));
  }
  for (const [url, sizes] of declared) {
    const file = path.join(root, decodeURIComponent(new URL(url).pathname));
    if (!fs.existsSync(file)) {
      problems.push(`${url}: no file ${file}`);
      continue;
    }
    const size = pngSize(fs.readFileSync(file));
    if (!size) problems.push(`${url}: not a PNG`);
    else {
      for (const s of new Set(sizes)) {
        if (size.width !== s || size.height !== s) problems.push(`${url}: ${size.width}×${size.height}, declared ${s}×${s}`);
      }
    }
  }
  for (const s of ICON_SIZES) {
    const file = path.join(root, "assets", `icon-${s}.png`);
    const size = fs.existsSync(file) ? pngSize(fs.readFileSync(file)) : null;
    if (!size || size.width !== s || size.height !== s) problems.push(`assets/icon-${s}.png: missing or not ${s}×${s}`);
  }
  return problems;
}

/** Every check at once, for a manifest whose URL paths map onto `root`. */
export function checkManifest(xml: string, root: string): string[] {
  const doc = parseManifest(xml);
  return [
    ...checkIdentity(doc),
    ...checkResids(doc),
    ...checkStringLengths(doc),
    ...checkUrls(doc),
    ...checkRequirements(doc),
    ...checkIcons(doc, root),
  ];
}
