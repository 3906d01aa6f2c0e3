import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Where the pages load office.js from; answered from the npm copy, there is no network. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Flags from docs/EXCEL.md: nothing in the background reaches out. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the end-to-end tests cannot run here, or null. */
export function e2eSkipReason(): string | null {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) return "dist/ is missing (run npm run build first)";
  return null;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for that is neither the served origin nor the routed office.js. */
  external: string[];
  /** office.js files answered from node_modules. */
  officeFiles: string[];
  /** Console errors, page errors and CSP reports, apart from those in cspBlockedExternal. */
  problems: string[];
  /**
   * Loads of other origins that the page's CSP stopped before any request was made (office.js
   * outside Office tries to frame Microsoft's telemetry service): proof the policy holds.
   */
  cspBlockedExternal: string[];
  close(): Promise<void>;
}

export async function openSession(origin: string, opts: { userAgent?: string; initScripts?: string[] } = {}): Promise<Session> {
  const { chromium } = await import("playwright-core");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    userAgent: opts.userAgent,
    viewport: { width: 380, height: 900 },
    acceptDownloads: true,
  });
  const external: string[] = [];
  const officeFiles: string[] = [];
  const problems: string[] = [];
  const cspBlockedExternal: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      const file = path.resolve(OFFICE_JS_DIR, rel);
      officeFiles.push(rel);
      if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
    }
    external.push(url);
    return route.abort("blockedbyclient");
  });
  for (const script of opts.initScripts ?? []) await context.addInitScript({ content: script });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    const text = m.text();
    const blocked = /^(?:Framing|Loading|Connecting to|Refused to (?:frame|load|connect to)) '(https?:\/\/[^']+)'.*Content Security Policy/s.exec(text);
    if (blocked && !blocked[1].startsWith(origin)) cspBlockedExternal.push(blocked[1]);
    else if (m.type() === "error" || /Content Security Policy/i.test(text)) problems.push(`${m.type()}: ${text}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return {
    context,
    page,
    external,
    officeFiles,
    problems,
    cspBlockedExternal,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
