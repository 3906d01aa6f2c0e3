import * as fs from "fs";
import { ARTIFACTS, DIST, e2eSkipReason, openSession, screenshot } from "./support/browser";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * The production build in real Chromium, without Excel: the IE11 fallback, and the pane opened in a
 * plain browser (office.js loaded, no Excel host), which offers the standalone workbook and builds it.
 */
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";

const skip = e2eSkipReason();
if (skip) console.log(`End-to-end tests skipped: ${skip}`);
const describeE2e = skip ? describe.skip : describe;

describeE2e("task pane without Excel (Chromium)", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("shows the static Vietnamese message to an Internet Explorer 11 user agent", async () => {
    const s = await openSession(server.origin, { userAgent: IE11 });
    try {
      await s.page.goto(`${server.origin}/taskpane.html`);
      const box = s.page.locator("#cchc-fallback");
      await box.waitFor({ state: "visible" });
      await s.page.waitForLoadState("load");
      expect(await box.textContent()).toContain("Internet Explorer 11");
      expect(await s.page.locator("#cchc-fallback a").getAttribute("href")).toBe("cham-diem-cchc.xlsx");
      expect(await s.page.locator("#root").isVisible()).toBe(false);
      // The bundle ran too and left the message alone.
      expect(await s.page.evaluate(() => (window as unknown as { cchcFallback?: string }).cchcFallback)).toBe("oldBrowser");
      await screenshot(s.page, "e2e-trident-fallback");
      expect(s.external).toEqual([]);
      expect(s.problems.filter((p) => /Content Security Policy/i.test(p))).toEqual([]);
      // The workbook it points to is served by the build.
      const res = await s.page.request.get(`${server.origin}/cham-diem-cchc.xlsx`);
      expect(res.status()).toBe(200);
      expect((await res.body()).subarray(0, 2).toString("latin1")).toBe("PK");
    } finally {
      await s.close();
    }
  });

  it("outside Excel offers the standalone workbook and builds it in the browser", async () => {
    const s = await openSession(server.origin);
    try {
      await s.page.goto(`${server.origin}/taskpane.html`);
      const banner = s.page.getByTestId("caps-banner");
      await banner.waitFor({ state: "visible", timeout: 30000 });
      expect(await s.page.getByRole("button", { name: "Chèn biểu mẫu" }).count()).toBe(0);
      await s.page.getByPlaceholder("Ví dụ: UBND phường Xuân An").fill("Phường Xuân An");
      const [download] = await Promise.all([s.page.waitForEvent("download", { timeout: 60000 }), s.page.getByRole("button", { name: "Tải biểu chấm điểm (.xlsx)" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^cham-diem-cchc-phuong-xuan-an-\d{4}\.xlsx$/);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const saved = `${ARTIFACTS}/${download.suggestedFilename()}`;
      await download.saveAs(saved);
      expect(fs.readFileSync(saved).subarray(0, 2).toString("latin1")).toBe("PK");
      await s.page.getByText(/Đã tạo tệp/).waitFor();
      await screenshot(s.page, "e2e-outside-excel-download");
      expect(s.external).toEqual([]);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
