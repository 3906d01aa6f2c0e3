/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";

// Shared with the build: webpack fills the CSP with the same function.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require("../../scripts/csp") as {
  inlineScripts(html: string): string[];
  sha256Source(text: string): string;
  applyCspHashes(html: string): string;
  cspOf(html: string): string | null;
};

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
const DIST_PAGE = path.join(ROOT, "dist", "taskpane.html");
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** Loads the page's body and runs its inline fallback script, as a browser would before any bundle. */
function runPage(html: string, userAgent: string, officeLoaded: boolean) {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1].replace(/<script>[\s\S]*?<\/script>/g, "") ?? "";
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  const w = window as unknown as { Office?: unknown; cchcFallback?: string };
  if (officeLoaded) w.Office = {};
  else delete w.Office;
  delete w.cchcFallback;
  const script = document.createElement("script");
  script.textContent = csp.inlineScripts(html)[0];
  document.body.appendChild(script);
  const box = document.getElementById("cchc-fallback") as HTMLElement;
  const visible = (id: string) => {
    const el = document.getElementById(id) as HTMLElement;
    return !el.hidden && el.style.display !== "none";
  };
  return { shown: !box.hidden && box.style.display === "block", old: visible("cchc-fallback-old"), offline: visible("cchc-fallback-offline"), flag: w.cchcFallback, rootHidden: (document.getElementById("root") as HTMLElement).style.display === "none" };
}

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";
const EDGE_WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

describe("taskpane.html fallback", () => {
  it("has exactly one inline script, and it is ES5 (Internet Explorer 11 must run it)", () => {
    const scripts = csp.inlineScripts(SOURCE);
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0], { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("(() => 1)()", { ecmaVersion: 5 })).toThrow();
  });

  it("shows the message on Internet Explorer 11 even when office.js loaded", () => {
    const r = runPage(SOURCE, IE11, true);
    expect(r).toMatchObject({ shown: true, old: true, offline: false, flag: "oldBrowser", rootHidden: true });
    expect(document.querySelector("#cchc-fallback a")?.getAttribute("href")).toBe("cham-diem-cchc.xlsx");
  });

  it("shows the office.js message when office.js did not load", () => {
    expect(runPage(SOURCE, EDGE_WEBVIEW2, false)).toMatchObject({ shown: true, old: false, offline: true, flag: "noOffice" });
  });

  it("stays hidden in a modern web view with office.js", () => {
    expect(runPage(SOURCE, EDGE_WEBVIEW2, true)).toMatchObject({ shown: false, flag: undefined, rootHidden: false });
  });

  it("the message is Vietnamese first and points to the standalone workbook", () => {
    expect(SOURCE).toMatch(/<div id="cchc-fallback"[^>]*>[\s\S]*Internet Explorer 11[\s\S]*biểu chấm điểm độc lập/);
  });
});

function checkCsp(html: string) {
  const policy = csp.cspOf(html);
  expect(policy).not.toBeNull();
  const directives = new Map(
    (policy as string)
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0], d.slice(1)]),
  );
  const scriptSrc = directives.get("script-src") ?? [];
  expect(policy).not.toContain("unsafe-eval");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(directives.get("default-src")).toEqual(["'self'"]);
  for (const s of csp.inlineScripts(html)) expect(scriptSrc).toContain(csp.sha256Source(s));
  // Only this origin, office.js's origin, and the hashes.
  expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", OFFICE_ORIGIN]);
  for (const [name, sources] of directives) {
    for (const src of sources.filter((x) => /^https?:/.test(x))) expect([name, src]).toEqual(["script-src", OFFICE_ORIGIN]);
  }
}

describe("Content-Security-Policy", () => {
  it("the build's hashing allows exactly the page's inline script", () => {
    const built = csp.applyCspHashes(SOURCE);
    checkCsp(built);
    // An edited script no longer matches the hash computed for the old one.
    const edited = built.replace("var ua", "var  ua");
    expect(csp.cspOf(edited)).not.toContain(csp.sha256Source(csp.inlineScripts(edited)[0]));
  });

  const itDist = fs.existsSync(DIST_PAGE) ? it : it.skip;
  if (!fs.existsSync(DIST_PAGE)) console.log("dist/taskpane.html checks skipped: run npm run build first");
  itDist("dist/taskpane.html carries the hash of its inline script, still ES5", () => {
    const html = fs.readFileSync(DIST_PAGE, "utf8");
    checkCsp(html);
    for (const s of csp.inlineScripts(html)) expect(() => parse(s, { ecmaVersion: 5 })).not.toThrow();
  });

  itDist("dist/commands.html and dist/help.html have a policy too", () => {
    for (const page of ["commands.html", "help.html"]) {
      const html = fs.readFileSync(path.join(ROOT, "dist", page), "utf8");
      expect(csp.cspOf(html)).not.toContain("unsafe-eval");
      expect(csp.cspOf(html)).toContain("default-src 'self'");
    }
  });
});
