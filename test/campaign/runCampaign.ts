import type { RawCellContent } from "hyperformula";
import { COL, type WorkbookPlan } from "../../src/sheet/plan";
import { a1, formulaForArea, parseRange } from "../../src/sheet/address";
import { auditSheet, repairOps } from "../../src/sheet/audit";
import { scoreEntries } from "../../src/scoring/engine";
import { Status, type CellValue, type Entries } from "../../src/scoring/types";
import type { Template } from "../../src/template/schema";
import { scoredEntries } from "../../src/template/walk";
import { compareWithEngine } from "../support/compare";
import { loadPlan } from "../support/hfSheet";
import { pick, rng } from "../support/random";
import { randomMarkInput, randomScoreInput, randomTextInput } from "./inputs";

/**
 * One campaign run: random entries typed and pasted into the sheet (in HyperFormula), then what a
 * reader sees is checked against the engine, the conditional formats, the audit and the repair.
 */
export interface CampaignStats {
  tried: number;
  invalid: number;
  flaggedBySheet: number;
  flaggedByCheck: number;
  countedSilently: number;
  lost: number;
  pastesOverFormulas: number;
  pastesFound: number;
  mismatches: string[];
}

const ENTRY_COLS = [COL.self, COL.evidence, COL.explanation, COL.appraised, COL.appraisalNote, COL.notApplicable];

function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return { error: String((v as { value?: unknown }).value ?? "#ERROR") };
  return v as CellValue;
}

export function runCampaign(template: Template, plan: WorkbookPlan, entriesWanted: number, seed: number): CampaignStats {
  const r = rng(seed);
  const sheet = loadPlan(plan);
  const id = sheet.hf.getSheetId(plan.layout.sheetName)!;
  const all = scoredEntries(template);
  const rowOf = new Map(plan.layout.entries.map((e) => [e.key, e.row]));
  const invalidRule = plan.sheets[0].conditionalFormats.filter((c) => c.purpose === "invalid");
  const formulaCells = plan.sheets[0].cells.filter((c) => c.kind === "formula");
  const stats: CampaignStats = { tried: 0, invalid: 0, flaggedBySheet: 0, flaggedByCheck: 0, countedSilently: 0, lost: 0, pastesOverFormulas: 0, pastesFound: 0, mismatches: [] };

  const cfFlags = (row: number, col: number): boolean =>
    invalidRule.some((cf) => {
      const area = cf.ranges.map(parseRange).find((a) => a.left <= col && col <= a.right && a.top <= row && row <= a.bottom);
      if (!area) return false;
      const anchor = parseRange(cf.ranges[0]);
      const f = formulaForArea(cf.formula, { row: anchor.top, col: anchor.left }, { row, col });
      return sheet.hf.calculateFormula(f, id) === true;
    });

  while (stats.tried < entriesWanted) {
    const typed = new Map<string, RawCellContent[]>();
    sheet.hf.batch(() => {
      for (const e of all) {
        const row = rowOf.get(e.key)!;
        const raw = [randomScoreInput(r, e), randomTextInput(r), randomTextInput(r), r() < 0.35 ? randomScoreInput(r, e) : null, randomTextInput(r), randomMarkInput(r)];
        typed.set(e.key, raw);
        sheet.hf.setCellContents({ sheet: id, row: row - 1, col: COL.self - 1 }, [raw]);
      }
    });
    stats.tried += all.length;

    // A few pastes over formula cells, as a careless copy does.
    const pasted = Array.from({ length: 3 }, () => pick(r, formulaCells));
    for (const c of pasted) sheet.hf.setCellContents({ sheet: id, row: c.row - 1, col: c.col - 1 }, pick(r, [0, 5, "'đạt"] as RawCellContent[]));
    const uniquePasted = new Set(pasted.map((c) => a1(c.row, c.col)));
    stats.pastesOverFormulas += uniquePasted.size;

    // Kiểm tra: the audit finds each paste; the repair puts formulas back without touching entries.
    const source = {
      formula: (row: number, col: number) => sheet.hf.getCellFormula({ sheet: id, row: row - 1, col: col - 1 }) ?? null,
      value: (row: number, col: number) => toCellValue(sheet.hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 })),
      names: plan.names,
    };
    const audit = auditSheet(plan, source);
    const found = new Set(audit.differences.flatMap((d) => ("cell" in d ? [d.cell] : [])));
    stats.pastesFound += [...uniquePasted].filter((c) => found.has(c)).length;
    for (const f of repairOps(audit).formulas) sheet.hf.setCellContents({ sheet: id, row: f.row - 1, col: f.col - 1 }, f.formula);

    // What a reader of the sheet sees: computed values of the entry cells.
    const entries: Entries = {};
    for (const e of all) {
      const row = rowOf.get(e.key)!;
      const v = (col: number) => toCellValue(sheet.hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 }));
      entries[e.key] = { self: v(COL.self), evidence: v(COL.evidence), explanation: v(COL.explanation), appraised: v(COL.appraised), appraisalNote: v(COL.appraisalNote), notApplicable: v(COL.notApplicable) };
    }
    const report = scoreEntries(template, entries);
    const diff = compareWithEngine(plan, template, entries, sheet.read);
    stats.mismatches.push(...diff.slice(0, 3));

    const findingsByKey = new Set(report.findings.filter((f) => f.column !== "notApplicable").map((f) => `${f.key}|${f.column}`));
    for (const s of report.entries) {
      const row = rowOf.get(s.key)!;
      for (const [status, column, col, counted] of [
        [s.selfStatus, "self", COL.self, s.selfCounted],
        [s.appraisedStatus, "appraised", COL.appraised, s.finalCounted],
      ] as const) {
        if (status !== Status.invalid && status !== Status.surveyScored) continue;
        stats.invalid++;
        if (cfFlags(row, col)) stats.flaggedBySheet++;
        if (findingsByKey.has(`${s.key}|${column}`)) stats.flaggedByCheck++;
        if (column === "self" && counted !== 0) stats.countedSilently++;
        if (column === "appraised" && counted !== 0) stats.countedSilently++;
      }
    }

    // Nothing typed may have changed: the raw content of every entry cell is what was put there.
    for (const e of all) {
      const row = rowOf.get(e.key)!;
      const now = ENTRY_COLS.map((col) => sheet.hf.getCellSerialized({ sheet: id, row: row - 1, col: col - 1 }) ?? null);
      const was = typed.get(e.key)!.map((v) => (v === undefined ? null : v));
      if (JSON.stringify(now) !== JSON.stringify(was)) stats.lost++;
    }
  }
  return stats;
}

