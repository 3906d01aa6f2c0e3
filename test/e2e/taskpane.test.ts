import * as fs from "fs";
import { scoreEntries } from "../../src/scoring/engine";
import type { Entries } from "../../src/scoring/types";
import { a1 } from "../../src/sheet/address";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL } from "../../src/sheet/plan";
import { strings } from "../../src/taskpane/i18n";
import { builtinTemplates } from "../../src/template/builtin";
import { formatPoints } from "../../src/template/messages";
import { scoredEntries } from "../../src/template/walk";
import { buildBrowserFake } from "../fakes/buildBrowserFake";
import { DIST, e2eSkipReason, openSession, screenshot, type Session } from "./support/browser";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * The production build in real Chromium, with engineer B's Excel fake injected before office.js:
 * insert the template, type scores into the fake's sheet (one over max, one without evidence), run
 * Kiểm tra, and see both findings, the total and the classification. No request leaves localhost.
 */
const skip = e2eSkipReason();
if (skip) console.log(`End-to-end tests skipped: ${skip}`);
const describeE2e = skip ? describe.skip : describe;

const vi = strings("vi");
const template = builtinTemplates[0];
const UNIT = "Phường Xuân An";
const plan = buildPlan(template, { unit: UNIT, year: template.year });
const sheet = plan.layout.sheetName;
const rowOf = (key: string) => plan.layout.entries.find((e) => e.key === key)!.row;
const selfScored = scoredEntries(template).filter((e) => e.method === "self" && e.evidenceRequired && e.scope === "part");
const [overMax, noEvidence, fine, later] = selfScored;

type FakeWindow = { __excelFake: { userEdit(s: string, a: string, v: string | number | null): Promise<void>; value(s: string, a: string): unknown; model: { selection: { sheet: { name: string }; rect: { top: number; left: number } } | null } } };

describeE2e("task pane in Chromium with the Excel fake", () => {
  let server: StaticServer;
  let fakeScript: string;
  let s: Session;

  beforeAll(async () => {
    server = await serveFolder(DIST);
    fakeScript = fs.readFileSync(await buildBrowserFake(), "utf8");
  });
  afterAll(async () => {
    if (s?.cspBlockedExternal.length) console.log(`Stopped by the page's CSP before any request: ${[...new Set(s.cspBlockedExternal)].join(", ")}`);
    await s?.close();
    await server?.close();
  });

  const edit = (address: string, value: string | number | null) =>
    s.page.evaluate(([sh, a, v]) => (window as unknown as FakeWindow).__excelFake.userEdit(sh as string, a as string, v), [sheet, address, value] as const);

  it("inserts the template, finds an over-max score and a score without evidence, shows total and classification", async () => {
    s = await openSession(server.origin, { initScripts: [fakeScript] });
    const { page } = s;
    await page.goto(`${server.origin}/taskpane.html`);
    const insert = page.getByRole("button", { name: vi.insert });
    await insert.waitFor({ timeout: 30000 });
    expect(await page.getByTestId("provisional-note").isVisible()).toBe(template.provisional);

    await page.getByPlaceholder(vi.unitPlaceholder).fill(UNIT);
    await insert.click();
    await page.getByText(vi.inserted(sheet)).waitFor({ timeout: 60000 });
    await screenshot(page, "e2e-inserted");

    const entries: Entries = {
      [overMax.key]: { self: overMax.maxPoints + 1, evidence: "QĐ 12/QĐ-UBND ngày 05/01/2023" },
      [noEvidence.key]: { self: noEvidence.maxPoints },
      [fine.key]: { self: fine.maxPoints, evidence: "Báo cáo số 3" },
    };
    for (const [key, e] of Object.entries(entries)) {
      await edit(a1(rowOf(key), COL.self), e.self as number);
      if (e.evidence) await edit(a1(rowOf(key), COL.evidence), e.evidence as string);
    }

    await page.getByRole("button", { name: vi.check, exact: true }).click();
    const findings = page.getByTestId("findings");
    await findings.waitFor();
    const lines = findings.getByRole("button");
    await waitUntil(async () => (await lines.count()) > 0);
    const addresses = await lines.evaluateAll((els) => els.map((e) => e.getAttribute("data-address")));
    expect(addresses).toEqual([a1(rowOf(overMax.key), COL.self), a1(rowOf(noEvidence.key), COL.self)]);
    const texts = await lines.allTextContents();
    expect(texts[0]).toContain("vượt điểm tối đa");
    expect(texts[1]).toContain("chưa có tài liệu kiểm chứng");

    const expected = scoreEntries(template, entries).self;
    const total = page.getByTestId("summary-total");
    expect(await total.textContent()).toBe(formatPoints(expected.total));
    expect(await page.getByTestId("summary-classification").textContent()).toBe(expected.classification);
    // The sheet's own formulas (computed by the fake with HyperFormula) agree with the pane.
    const sheetTotal = await page.evaluate(([sh, a]) => (window as unknown as FakeWindow).__excelFake.value(sh, a), [sheet, a1(plan.layout.results.totalRow, COL.self)] as const);
    expect(sheetTotal).toBeCloseTo(expected.total, 9);
    await screenshot(page, "e2e-checked");

    // A click on a finding selects its cell in the sheet; so does Enter on a focused one.
    await lines.nth(1).click();
    const selection = () => page.evaluate(() => {
      const sel = (window as unknown as FakeWindow).__excelFake.model.selection;
      return sel ? `${sel.sheet.name}!${sel.rect.top}:${sel.rect.left}` : null;
    });
    await waitUntil(async () => (await selection()) === `${sheet}!${rowOf(noEvidence.key)}:${COL.self}`);
    await lines.nth(0).focus();
    await page.keyboard.press("Enter");
    await waitUntil(async () => (await selection()) === `${sheet}!${rowOf(overMax.key)}:${COL.self}`);

    expect(s.external).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it("refreshes the summary from the sheet's change events, without Kiểm tra", async () => {
    const { page } = s;
    const before = await page.getByTestId("summary-total").textContent();
    const entries: Entries = {
      [overMax.key]: { self: overMax.maxPoints + 1, evidence: "QĐ 12/QĐ-UBND ngày 05/01/2023" },
      [noEvidence.key]: { self: noEvidence.maxPoints },
      [fine.key]: { self: fine.maxPoints, evidence: "Báo cáo số 3" },
      [later.key]: { self: later.maxPoints, evidence: "Kế hoạch 7" },
    };
    await edit(a1(rowOf(later.key), COL.self), later.maxPoints);
    await edit(a1(rowOf(later.key), COL.evidence), "Kế hoạch 7");
    const expected = scoreEntries(template, entries).self;
    expect(formatPoints(expected.total)).not.toBe(before);
    await waitUntil(async () => (await page.getByTestId("summary-total").textContent()) === formatPoints(expected.total));
    expect(await page.getByTestId("summary-classification").textContent()).toBe(expected.classification);
    await screenshot(page, "e2e-live-summary");
    expect(s.external).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it("Thẩm định: a formula typed over is found by Kiểm tra công thức and put back by Khôi phục công thức", async () => {
    const { page } = s;
    const target = plan.sheets[0].cells.find((c) => c.kind === "formula" && c.col === COL.self && c.row === rowOf(fine.key) - 1) ?? plan.sheets[0].cells.find((c) => c.kind === "formula" && c.col === COL.self)!;
    const address = a1(target.row, target.col);
    // Formula cells are locked: the officer first unprotects the sheet (Review > Unprotect Sheet).
    await page.evaluate((sh) => {
      (window as unknown as { __excelFake: { sheet(n: string): { protection: { protected: boolean; options: object } } } }).__excelFake.sheet(sh).protection = { protected: false, options: {} };
    }, sheet);
    await edit(address, 7);
    await page.getByRole("button", { name: vi.appraisalTitle }).click();
    const audit = page.getByRole("button", { name: vi.audit, exact: true });
    await audit.waitFor({ timeout: 30000 });
    await audit.click();
    const list = page.getByTestId("audit-list");
    await list.waitFor({ timeout: 30000 });
    const lines = list.getByRole("button");
    const addresses = await lines.evaluateAll((els) => els.map((e) => e.getAttribute("data-address")));
    expect(addresses).toContain(address);
    expect(await list.textContent()).toContain(`Ô ${address}: công thức đã bị thay bằng giá trị 7`);
    await screenshot(page, "e2e-audit-found");

    const repair = page.getByRole("button", { name: vi.repair, exact: true });
    expect(await repair.isEnabled()).toBe(true);
    await repair.click();
    await page.getByTestId("repair-status").waitFor({ timeout: 30000 });
    await page.getByText(vi.auditNone).waitFor({ timeout: 30000 });
    expect(await page.getByTestId("audit-list").count()).toBe(0);
    expect(await repair.isEnabled()).toBe(false);
    const restored = await page.evaluate(([sh, a]) => (window as unknown as FakeWindow).__excelFake.value(sh, a), [sheet, address] as const);
    expect(restored).not.toBe(7);
    await screenshot(page, "e2e-audit-repaired");
    expect(s.external).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it("switches to English", async () => {
    const { page } = s;
    await page.getByRole("button", { name: vi.switchLanguageLabel }).click();
    await page.getByRole("button", { name: strings("en").check, exact: true }).waitFor();
    await screenshot(page, "e2e-english");
  });
});

describeE2e("task pane on older Excel (fake requirement sets)", () => {
  let server: StaticServer;
  let fakeScript: string;
  beforeAll(async () => {
    server = await serveFolder(DIST);
    fakeScript = fs.readFileSync(await buildBrowserFake(), "utf8");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("ExcelApi 1.8: inserts, and says how to set A4 and fit-to-width by hand", async () => {
    const s = await openSession(server.origin, { initScripts: [fakeScript] });
    try {
      await s.page.goto(`${server.origin}/taskpane.html?fakeExcelApi=1.8`);
      const banner = s.page.getByTestId("caps-banner");
      await banner.waitFor({ timeout: 30000 });
      expect(await banner.textContent()).toContain(vi.capsNoPrintTitle);
      await s.page.getByRole("button", { name: vi.insert }).click();
      await s.page.getByText(vi.inserted(sheet)).waitFor({ timeout: 60000 });
      await screenshot(s.page, "e2e-excel-1.8");
      expect(s.external).toEqual([]);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("ExcelApi 1.7: offers only the standalone workbook, naming what is missing", async () => {
    const s = await openSession(server.origin, { initScripts: [fakeScript] });
    try {
      await s.page.goto(`${server.origin}/taskpane.html?fakeExcelApi=1.7`);
      const banner = s.page.getByTestId("caps-banner");
      await banner.waitFor({ timeout: 30000 });
      expect(await banner.textContent()).toContain(vi.capsStandaloneTitle);
      expect(await banner.textContent()).toContain("ExcelApi 1.8");
      expect(await s.page.getByRole("button", { name: vi.insert }).count()).toBe(0);
      await screenshot(s.page, "e2e-excel-1.7");
      expect(s.external).toEqual([]);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}
