/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { checkManifest, parseManifest } from "./manifestChecks";
import { xsdAvailable, xsdErrors, XSD_DIR } from "./xsd";

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DIST = path.join(ROOT, "dist");
const DIST_MANIFEST = path.join(DIST, "manifest.xml");

/** Each mutation must make the checks (or the schema) complain: proof that they can fail. */
const broken: Array<{ title: string; edit: (xml: string) => string; expect: RegExp }> = [
  { title: "an unresolved resid", edit: (x) => x.replace('resid="OpenPane.Tooltip"', 'resid="OpenPane.Missing"'), expect: /no resource with that id/ },
  { title: "a resid of the wrong kind", edit: (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'), expect: /needs ShortStrings/ },
  { title: "a short string over 125", edit: (x) => x.replace('DefaultValue="Đến bảng chấm điểm"', `DefaultValue="${"x".repeat(126)}"`), expect: /126 characters/ },
  { title: "a long string over 250", edit: (x) => x.replace(/(<bt:String id="OpenPane.Tooltip" DefaultValue=")[^"]*/, `$1${"y".repeat(251)}`), expect: /251 characters/ },
  { title: "an http URL", edit: (x) => x.replace('"https://localhost:3000/help.html"', '"http://localhost:3000/help.html"'), expect: /not https/ },
  { title: "a second origin", edit: (x) => x.replace('"https://localhost:3000/help.html"', '"https://example.org/help.html"'), expect: /several origins/ },
  { title: "an Id that is no GUID", edit: (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"), expect: /not a GUID/ },
  { title: "a three-part Version", edit: (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0</Version>"), expect: /not n\.n\.n\.n/ },
  { title: "a base requirement of 1.9", edit: (x) => x.replace('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'), expect: /above 1\.1/ },
  {
    title: "Requirements inside VersionOverrides",
    edit: (x) => x.replace("<Hosts>\n      <Host xsi:type", '<Requirements><bt:Sets><bt:Set Name="ExcelApi" MinVersion="1.1"/></bt:Sets></Requirements>\n    <Hosts>\n      <Host xsi:type'),
    expect: /VersionOverrides contains Requirements/,
  },
  { title: "an icon of the wrong size", edit: (x) => x.replace('size="80" resid="Icon.80x80"', 'size="80" resid="Icon.32x32"'), expect: /32×32, declared 80×80/ },
  { title: "a missing icon file", edit: (x) => x.replace("assets/icon-16.png", "assets/icon-17.png"), expect: /no file/ },
];

describe("manifest.xml", () => {
  it("passes every project check", () => {
    expect(checkManifest(SOURCE, ROOT)).toEqual([]);
  });

  it("declares the Workbook task pane, vi-VN with en-US overrides and a Home-tab button that opens the pane", () => {
    const doc = parseManifest(SOURCE);
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(doc.getElementsByTagName("DefaultLocale")[0].textContent).toBe("vi-VN");
    const tab = Array.from(doc.getElementsByTagName("OfficeTab"))[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const actions = Array.from(tab.getElementsByTagName("Action")).map((a) => a.getAttribute("xsi:type"));
    expect(actions).toContain("ShowTaskpane");
    const shortStrings = Array.from(doc.getElementsByTagName("bt:ShortStrings")[0].getElementsByTagName("bt:String"));
    for (const s of shortStrings) {
      expect(Array.from(s.getElementsByTagName("bt:Override")).map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    }
    const groupLabel = shortStrings.find((s) => s.getAttribute("id") === "Group.Label");
    expect(groupLabel?.getAttribute("DefaultValue")).toBe("Chấm điểm CCHC");
  });

  it.each(broken)("the checks catch $title", ({ edit, expect: pattern }) => {
    const xml = edit(SOURCE);
    expect(xml).not.toBe(SOURCE);
    const problems = checkManifest(xml, ROOT);
    expect(problems.join("\n")).toMatch(pattern);
  });
});

const describeXsd = xsdAvailable() ? describe : describe.skip;
if (!xsdAvailable()) console.log(`Manifest XSD checks skipped: no schemas at ${XSD_DIR}`);

describeXsd("manifest.xml against Microsoft's XSD", () => {
  it("validates", async () => {
    expect(await xsdErrors(SOURCE)).toEqual([]);
  });

  it("rejects a manifest without Id (the schema can fail)", async () => {
    const errors = await xsdErrors(SOURCE.replace(/<Id>[^<]*<\/Id>/, ""));
    expect(errors.join("\n")).toMatch(/Version|Id/);
  });
});

const describeDist = fs.existsSync(DIST_MANIFEST) ? describe : describe.skip;
if (!fs.existsSync(DIST_MANIFEST)) console.log("Production manifest checks skipped: no dist/manifest.xml (run npm run build)");

describeDist("dist/manifest.xml (production build)", () => {
  const built = fs.existsSync(DIST_MANIFEST) ? fs.readFileSync(DIST_MANIFEST, "utf8") : "";

  it("passes every project check against the files in dist/", () => {
    expect(checkManifest(built, DIST)).toEqual([]);
  });

  it("validates against the XSD", async () => {
    if (!xsdAvailable()) return;
    expect(await xsdErrors(built)).toEqual([]);
  });

  it("keeps the source manifest apart from its origin", () => {
    const strip = (x: string) => x.replace(/https:\/\/[^/"<]+/g, "ORIGIN");
    expect(strip(built)).toBe(strip(SOURCE));
  });
});
