import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { buildPlan } from "../../src/sheet/buildPlan";
import { miniTemplate } from "../../src/template/builtin/mini";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { openXlsx } from "../xlsx/parts";
import { systemSuite } from "../support/systemSuite";

/**
 * The .xlsx writer and reader bundled by webpack for the browser (target web: ExcelJS's browser
 * build, no node built-ins) and run in Chromium under a CSP without 'unsafe-eval', as in the task
 * pane. The workbook it writes must be part for part the one node writes.
 */

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const suite = systemSuite("Browser .xlsx tests", existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM} (set CHROMIUM): apt-get install chromium`);

const ORIGIN = "https://cchc.test";
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";

/** webpack, programmatically, with the settings that matter to the task pane's bundle. */
async function bundle(outDir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  const config: import("webpack").Configuration = {
    mode: "production",
    target: ["web", "es2020"],
    entry: resolve(__dirname, "browser/entry.ts"),
    output: { path: outDir, filename: "xlsx.js" },
    devtool: false,
    optimization: { minimize: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }],
    },
    performance: { hints: false },
  };
  const stats = await new Promise<import("webpack").Stats>((ok, fail) => webpack(config, (err, s) => (err || !s ? fail(err) : ok(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return join(outDir, "xlsx.js");
}

suite("the .xlsx writer in the browser", () => {
  let result: { base64: string; isUint8Array: boolean; meta: unknown; sheetName: string; title: unknown };
  const problems: string[] = [];

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "cchc-xlsx-browser-"));
    const script = readFileSync(await bundle(out));
    rmSync(out, { recursive: true, force: true });
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const context = await browser.newContext();
      // Nothing leaves the machine: the page and its script come from these routes.
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url === `${ORIGIN}/`) {
          return route.fulfill({
            status: 200,
            headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP },
            body: '<!doctype html><meta charset="utf-8"><title>xlsx</title><script src="/xlsx.js"></script>',
          });
        }
        if (url === `${ORIGIN}/xlsx.js`) return route.fulfill({ status: 200, headers: { "content-type": "text/javascript" }, body: script });
        return route.abort();
      });
      const page = await context.newPage();
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      await page.goto(`${ORIGIN}/`);
      await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`)));
      result = await page.evaluate(() => (window as unknown as { runXlsx: () => Promise<typeof result> }).runXlsx());
    } finally {
      await browser.close();
    }
  }, 180_000);

  it("runs without errors or CSP violations and returns a plain Uint8Array", () => {
    expect(problems).toEqual([]);
    expect(result.isUint8Array).toBe(true);
  });

  it("reads its own file back in the browser", () => {
    expect(result.sheetName).toBe("Chấm điểm CCHC");
    expect(result.meta).toMatchObject({ templateId: miniTemplate.id, unit: "Phường Thử", year: 2024 });
    expect(String(result.title)).toMatch(/^BIỂU TỰ ĐÁNH GIÁ/);
  });

  it("writes the same workbook as node, part for part (document dates aside)", async () => {
    const browserParts = await openXlsx(new Uint8Array(Buffer.from(result.base64, "base64")));
    const nodeParts = await openXlsx(await writeWorkbook(buildPlan(miniTemplate, { unit: "Phường Thử", year: 2024 })));
    expect(browserParts.paths.sort()).toEqual(nodeParts.paths.sort());
    for (const p of nodeParts.paths.filter((p) => p !== "docProps/core.xml")) expect({ part: p, xml: browserParts.text(p) }).toEqual({ part: p, xml: nodeParts.text(p) });
  });
});
