import { mkdirSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { scoreEntries } from "../../src/scoring/engine";
import { buildPlan } from "../../src/sheet/buildPlan";
import type { WorkbookPlan } from "../../src/sheet/plan";
import type { Entries } from "../../src/scoring/types";
import { builtinTemplates } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import type { Template } from "../../src/template/schema";
import { scoredEntries } from "../../src/template/walk";
import { filledWorkbook } from "../support/fillWorkbook";
import { systemSuite } from "../support/systemSuite";
import { cleanupLibreOffice, libreOfficeMissingReason, toPdf } from "../support/libreoffice";
import { pdfPageSizes, pdfPageText, pdfPageToPng, popplerMissingReason } from "../support/poppler";

/**
 * A filled workbook printed by LibreOffice: A4 pages in the plan's orientation, the header rows on
 * every page, one page wide (the first and the last printed column on every page), the footer's
 * page numbers, and the results and signature block at the end. The first and last pages are
 * rendered to test-artifacts/system/print/*.png for a person to look at.
 */

const suite = systemSuite("Print tests", libreOfficeMissingReason() ?? popplerMissingReason());

const A4 = { short: 595.28, long: 841.89 };
const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
const words = (s: string) => s.replace(/\s+/g, " ");

/** What an officer typically fills: a score, a document reference, sometimes an explanation. */
function realisticEntries(t: Template): Entries {
  return Object.fromEntries(
    scoredEntries(t).map((e, i) => [
      e.key,
      {
        self: e.method === "self" ? (e.steps ? e.steps[Math.max(0, e.steps.length - 1 - (i % 2))] : e.maxPoints) : null,
        evidence: i % 3 === 0 ? "BC 45/BC-UBND" : "QĐ 12/QĐ-UBND ngày 05/01/2023, tr. 3",
        explanation: i % 7 === 0 ? "Đang bổ sung tài liệu" : null,
        appraised: i % 5 === 0 && e.method !== "survey" ? 0 : null,
      },
    ]),
  );
}

interface PrintCase {
  id: string;
  template: Template;
  plan: WorkbookPlan;
  entries: Entries;
}

suite("printing a filled workbook (LibreOffice to PDF)", () => {
  const dir = resolve(__dirname, "../../test-artifacts/system/print");
  const cases: PrintCase[] = [builtinTemplates[0], miniTemplate].map((template) => ({
    id: template.id,
    template,
    plan: buildPlan(template, { unit: "Phường Xuân An", year: 2024 }),
    entries: realisticEntries(template),
  }));
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "xlsx"), { recursive: true });
    const inputs: string[] = [];
    for (const c of cases) {
      const path = join(dir, "xlsx", `${c.id}.xlsx`);
      writeFileSync(path, await filledWorkbook(c.plan, c.entries));
      inputs.push(path);
    }
    const outs = await toPdf(inputs, dir);
    cases.forEach((c, i) => pdfs.set(c.id, outs[i]));
    for (const c of cases) {
      const pages = pdfPageSizes(pdfs.get(c.id)!).length;
      pdfPageToPng(pdfs.get(c.id)!, 1, join(dir, `${c.id}-page-1`), 100);
      pdfPageToPng(pdfs.get(c.id)!, pages, join(dir, `${c.id}-page-${pages}`), 100);
    }
  }, 300_000);
  afterAll(cleanupLibreOffice);

  describe.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const pdf = () => pdfs.get(c.id)!;
    const pages = () => pdfPageSizes(pdf());
    const text = (p: number) => words(pdfPageText(pdf(), p));

    it("prints on A4 in the plan's orientation", () => {
      const landscape = c.plan.sheets[0].print!.orientation === "landscape";
      expect(pages().length).toBeGreaterThan(0);
      for (const [i, s] of pages().entries()) {
        const ok = landscape ? near(s.width, A4.long) && near(s.height, A4.short) : near(s.width, A4.short) && near(s.height, A4.long);
        expect({ page: i + 1, ok, size: s }).toMatchObject({ page: i + 1, ok: true });
      }
    });

    it("repeats the header rows on every page and prints one page wide", () => {
      const n = pages().length;
      for (let p = 1; p <= n; p++) {
        const t = text(p);
        // Row 7 numbers the printed columns (1)..(10); the first and the last on a page mean nothing
        // was cut at the right and no page holds only the right-hand columns.
        expect({ page: p, first: t.includes("(1)"), last: t.includes("(10)"), stt: t.includes("STT"), lastHeader: t.includes("Không áp") }).toEqual({
          page: p,
          first: true,
          last: true,
          stt: true,
          lastHeader: true,
        });
      }
    });

    it("numbers the pages in the footer", () => {
      const n = pages().length;
      for (let p = 1; p <= n; p++) expect(text(p)).toContain(`Trang ${p}/${n}`);
    });

    it("starts with the title and the provisional note and ends with the results and signatures", () => {
      const first = text(1);
      expect(first).toContain("BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM");
      expect(first).toContain("Đơn vị: Phường Xuân An");
      if (c.template.provisional) expect(first).toContain("(*)");
      // The results may fall on the page before the signatures; both are printed, in that order.
      const n = pages().length;
      const last = text(n);
      const end = n > 1 ? text(n - 1) + last : last;
      const report = scoreEntries(c.template, c.entries);
      for (const s of ["TỔNG ĐIỂM", "XẾP LOẠI", report.self.classification, report.final.classification]) expect(end).toContain(s);
      expect(end).toContain(report.self.total.toFixed(3));
      for (const s of ["NGƯỜI LẬP BIỂU", "CHỦ TỊCH ỦY BAN NHÂN DÂN"]) expect(last).toContain(s);
      // Helper columns K..O are outside the print area.
      for (let p = 1; p <= n; p++) expect(text(p)).not.toContain("Trạng thái tự đánh giá");
    });
  });
});
