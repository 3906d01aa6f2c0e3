import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL, type WorkbookPlan } from "../../src/sheet/plan";
import type { CellValue, Entries, Entry } from "../../src/scoring/types";
import { builtinTemplates } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import type { Template } from "../../src/template/schema";
import { scoredEntries, type ScoredEntry } from "../../src/template/walk";
import { readFilledWorkbook } from "../../src/xlsx/readFilled";
import { composeWorkbook, serializeWorkbook } from "../../src/xlsx/writeWorkbook";
import { compareWithEngine } from "../support/compare";
import { entrySets } from "../support/entrySets";
import { excelInput, filledWorkbook } from "../support/fillWorkbook";
import { systemSuite } from "../support/systemSuite";
import { cleanupLibreOffice, libreOfficeMissingReason, recalcToXlsx } from "../support/libreoffice";

/**
 * The written .xlsx, filled with entry sets and recalculated by LibreOffice (fresh profile that
 * forces recalculation on load), gives exactly what the pure engine gives: per-entry statuses (N,
 * O) and counted points (K, L), criterion and field subtotals, part totals, converted points,
 * bonus/penalty, total and classification, self (column E) and final (column H).
 */

const suite = systemSuite("LibreOffice recalculation tests", libreOfficeMissingReason());

const top = (e: ScoredEntry) => (e.steps ? e.steps[e.steps.length - 1] : e.maxPoints);
const each = (t: Template, f: (e: ScoredEntry, i: number) => Entry): Entries => Object.fromEntries(scoredEntries(t).map((e, i) => [e.key, f(e, i)]));

/** Hand-made sets for the cases the random ones may miss. */
function craftedSets(t: Template): Array<{ mode: string; entries: Entries }> {
  return [
    { mode: "all at max with evidence", entries: each(t, (e) => ({ self: top(e), evidence: "QĐ 12/QĐ-UBND ngày 05/01/2023" })) },
    { mode: "all zero", entries: each(t, () => ({ self: 0, evidence: "BC 1" })) },
    { mode: "all empty", entries: each(t, () => ({})) },
    { mode: "text that looks like a number", entries: each(t, (e, i) => ({ self: ["1,5", " 2 ", "abc", "0,5", `${e.maxPoints}`][i % 5], evidence: "x" })) },
    { mode: "over max and negative", entries: each(t, (e, i) => ({ self: i % 2 ? e.maxPoints + 0.25 : -0.5, evidence: "x" })) },
    { mode: "not applicable x, X and other marks", entries: each(t, (e, i) => ({ self: top(e), notApplicable: ["x", "X", "có", " x"][i % 4], evidence: "TL" })) },
    { mode: "survey and appraisal items self-scored", entries: each(t, (e) => ({ self: e.method === "self" ? 0 : top(e), evidence: "TL" })) },
    {
      mode: "appraised scores everywhere",
      entries: each(t, (e, i) => ({ self: top(e), evidence: "TL", appraised: e.steps ? e.steps[i % e.steps.length] : Math.round(e.maxPoints * 0.37 * 1000) / 1000 })),
    },
    { mode: "scores without evidence, some explained", entries: each(t, (e, i) => ({ self: top(e), explanation: i % 3 ? null : "Đang bổ sung tài liệu" })) },
    {
      mode: "three-decimal scores near rounding half-way",
      entries: each(t, (e, i) => ({ self: e.steps ? top(e) : Math.min(e.maxPoints, Math.round((e.maxPoints * 0.5 + 0.0005 * (i % 7)) * 1000) / 1000), evidence: "TL" })),
    },
    { mode: "error values typed in", entries: each(t, (e, i) => ({ self: i % 2 ? { error: "#N/A" } : top(e), evidence: i % 3 ? "TL" : { error: "#REF!" } })) },
  ];
}

interface Case {
  id: string;
  template: Template;
  plan: WorkbookPlan;
  mode: string;
  entries: Entries;
  /** The file carries wrong cached results: proves LibreOffice recomputed instead of reading them. */
  stale?: boolean;
}

/**
 * LibreOffice has no boolean type: TRUE typed into a cell is the number 1 there (ISNUMBER(TRUE) is
 * TRUE), while Excel keeps booleans apart from numbers and the engine follows Excel. So the sets
 * sent to LibreOffice carry the text "TRUE" instead, which both take as invalid text.
 */
function withoutBooleans(entries: Entries): Entries {
  const fix = (v: CellValue | undefined) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v);
  return Object.fromEntries(
    Object.entries(entries).map(([k, e]) => [k, Object.fromEntries(Object.entries(e).map(([f, v]) => [f, fix(v as CellValue)])) as Entry]),
  );
}

function casesFor(template: Template, tag: string, random: number, seed: number): Case[] {
  const plan = buildPlan(template, { unit: "Phường Thử" });
  const sets = [...craftedSets(template), ...entrySets(template, random, seed)];
  return sets.map((s, i) => ({ id: `${tag}-${String(i).padStart(2, "0")}`, template, plan, mode: s.mode, entries: withoutBooleans(s.entries), stale: i === 0 }));
}

/** Every formula cell of the scoring sheet given a wrong cached result (999), as a stale file would. */
async function staleWorkbook(plan: WorkbookPlan, entries: Entries): Promise<Uint8Array> {
  const composed = await composeWorkbook(plan);
  const ws = composed.workbook.getWorksheet(plan.layout.sheetName)!;
  for (const c of plan.sheets[0].cells) if (c.kind === "formula") ws.getCell(c.row, c.col).value = { formula: c.formula.slice(1), result: 999 };
  for (const { key, row } of plan.layout.entries) {
    const e = entries[key] ?? {};
    if (e.self !== undefined && e.self !== null) ws.getCell(row, COL.self).value = excelInput(e.self as CellValue);
    if (e.evidence !== undefined && e.evidence !== null) ws.getCell(row, COL.evidence).value = excelInput(e.evidence as CellValue);
  }
  return serializeWorkbook(composed);
}

suite("LibreOffice recalculates the written workbook to the engine's results", () => {
  const cases: Case[] = [...casesFor(miniTemplate, "mini", 16, 20240601), ...casesFor(builtinTemplates[0], "builtin", 10, 20240602)];
  const dir = resolve(__dirname, "../../test-artifacts/system/recalc");
  const recalculated = new Map<string, string>();

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "in"), { recursive: true });
    mkdirSync(join(dir, "out"), { recursive: true });
    const inputs: string[] = [];
    for (const c of cases) {
      const path = join(dir, "in", `${c.id}.xlsx`);
      writeFileSync(path, c.stale ? await staleWorkbook(c.plan, c.entries) : await filledWorkbook(c.plan, c.entries));
      inputs.push(path);
    }
    // One soffice call for all files: it starts once (about 2 s) and converts each in well under that.
    const outs = await recalcToXlsx(inputs, join(dir, "out"));
    cases.forEach((c, i) => recalculated.set(c.id, outs[i]));
  }, 600_000);
  afterAll(cleanupLibreOffice);

  it("covers at least 20 entry sets per template, of every kind", () => {
    for (const t of [miniTemplate.id, builtinTemplates[0].id]) expect(cases.filter((c) => c.template.id === t).length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.mode)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(cases.map((c) => [c.id, c.mode, c] as const))("%s (%s)", async (_id, _mode, c) => {
    const filled = await readFilledWorkbook(readFileSync(recalculated.get(c.id)!));
    expect(filled.meta?.templateId).toBe(c.template.id);
    const read = (row: number, col: number) => filled.cells(row, col);
    expect(compareWithEngine(c.plan, c.template, c.entries, read)).toEqual([]);
    // And no computed cell of the sheet holds an error value or stayed uncomputed.
    const broken = c.plan.sheets[0].cells
      .filter((cell) => cell.kind === "formula")
      .filter((cell) => {
        const v = read(cell.row, cell.col);
        return v === null || typeof v === "object";
      })
      .map((cell) => `${cell.row}:${cell.col}=${JSON.stringify(read(cell.row, cell.col))}`);
    expect(broken).toEqual([]);
  });
});
