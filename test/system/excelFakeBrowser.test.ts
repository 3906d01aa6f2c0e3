import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { buildBrowserFake } from "../fakes/buildBrowserFake";
import { systemSuite } from "../support/systemSuite";

/**
 * The browser bundle of the Excel fake (test-artifacts/excel-fake.js), injected before the page's
 * scripts as the e2e tests inject it, keeps working once the real office.js has loaded over it.
 */
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_DIR = path.resolve(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_JS = path.join(OFFICE_DIR, "office.js");
/** office.js loads further files from its own folder (o15apptofilemappingtable.js): all served from node_modules. */
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CDN = `${HOSTED}office.js`;
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function missing(): string | null {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!fs.existsSync(OFFICE_JS)) return "node_modules/@microsoft/office-js is missing (npm install)";
  return null;
}

systemSuite("Excel fake in Chromium", missing())("Excel fake bundle in a browser", () => {
  let context: BrowserContext;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    const bundle = fs.readFileSync(await buildBrowserFake(), "utf8");
    const { chromium } = await import("playwright-core");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-fake-"));
    context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: FLAGS });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === "https://test.invalid/") return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>t</title>" });
      if (url === "https://test.invalid/office") {
        return route.fulfill({ status: 200, contentType: "text/html", body: `<!doctype html><head><script src="${CDN}"></script></head><title>t</title>` });
      }
      if (url.startsWith(HOSTED)) {
        const file = path.resolve(OFFICE_DIR, new URL(url).pathname.slice(new URL(HOSTED).pathname.length));
        if (file.startsWith(OFFICE_DIR + path.sep) && fs.existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
        return route.fulfill({ status: 404, body: "" });
      }
      return route.abort("blockedbyclient");
    });
    await context.addInitScript({ content: "window.__excelFakeOptions = { apiVersion: '1.9' };" });
    await context.addInitScript({ content: bundle });
    page = await context.newPage();
    await page.goto("https://test.invalid/");
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("Excel.run computes, requirement sets answer, before office.js", async () => {
    const result = await page.evaluate(async () => {
      const w = window as unknown as { Excel: typeof Excel; Office: typeof Office };
      await w.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [[2, "=ROUND(A1*0.2225,3)"]];
        await ctx.sync();
      });
      return { v19: w.Office.context.requirements.isSetSupported("ExcelApi", "1.9"), v110: w.Office.context.requirements.isSetSupported("ExcelApi", "1.10") };
    });
    expect(result).toEqual({ v19: true, v110: false });
    expect(await page.evaluate(() => (window as unknown as { __excelFake: { value(s: string, a: string): unknown } }).__excelFake.value("Sheet1", "B1"))).toBe(0.445);
  });

  test("with the real office.js in the page: onReady gives host Excel, the fake still answers", async () => {
    await page.goto("https://test.invalid/office");
    await page.evaluate(async () => {
      await (window as unknown as { Excel: typeof Excel }).Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [[2, "=ROUND(A1*0.2225,3)"]];
      });
    });
    const result = await page.evaluate(async () => {
      const w = window as unknown as { Excel: typeof Excel; Office: typeof Office };
      const info = await w.Office.onReady();
      const values = await w.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B1");
        r.load("values");
        await ctx.sync();
        return r.values;
      });
      return { host: info.host, supported: w.Office.context.requirements.isSetSupported("ExcelApi", "1.8"), values, hasReal: typeof (w.Office as unknown as { Promise?: unknown }).Promise };
    });
    expect(result).toEqual({ host: "Excel", supported: true, values: [[0.445]], hasReal: "function" });
  }, 30_000);
});
