import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { buildPlan } from "../../src/sheet/buildPlan";
import { COL } from "../../src/sheet/plan";
import { formulaForArea, parseRange } from "../../src/sheet/address";
import { scoreEntries } from "../../src/scoring/engine";
import { Status } from "../../src/scoring/types";
import { miniTemplate } from "../../src/template/builtin/mini";
import { readFilledWorkbook } from "../../src/xlsx/readFilled";
import { composeWorkbook, serializeWorkbook } from "../../src/xlsx/writeWorkbook";
import { entrySets } from "../support/entrySets";
import { excelInput } from "../support/fillWorkbook";
import { systemSuite } from "../support/systemSuite";
import { cleanupLibreOffice, libreOfficeMissingReason, recalcToXlsx } from "../support/libreoffice";

/**
 * A sample of the randomized campaign in LibreOffice: the sheet's own conditional-format formulas
 * (red for an invalid score, yellow for a score without evidence), copied into spare columns of
 * each entry row as IF(rule,1,0), recalculated by LibreOffice, must light up exactly where the
 * engine flags the entry. What a paste slips past the validation still shows.
 */
const suite = systemSuite("LibreOffice conditional-format sample", libreOfficeMissingReason());

const SPARE = 20; // column T onwards: outside the plan
const plan = buildPlan(miniTemplate, { unit: "Phường Thử" });
const rules = plan.sheets[0].conditionalFormats.filter((c) => c.purpose === "invalid" || c.purpose === "noEvidence");
const probes = rules.map((cf, i) => ({ cf, col: SPARE + i, target: parseRange(cf.ranges[0]).left }));

suite("conditional formats flag every bad entry in LibreOffice", () => {
  const sets = entrySets(miniTemplate, 12, 777).filter((s) => s.mode !== "empty");
  const dir = resolve(__dirname, "../../test-artifacts/system/cf");
  const outs: string[] = [];

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "in"), { recursive: true });
    const inputs: string[] = [];
    for (const [i, s] of sets.entries()) {
      const composed = await composeWorkbook(plan);
      const ws = composed.workbook.getWorksheet(plan.layout.sheetName)!;
      for (const { key, row } of plan.layout.entries) {
        const e = s.entries[key] ?? {};
        const cells: Array<[unknown, number]> = [
          [e.self, COL.self],
          [e.evidence, COL.evidence],
          [e.explanation, COL.explanation],
          [e.appraised, COL.appraised],
          [e.notApplicable, COL.notApplicable],
        ];
        for (const [v, col] of cells) if (v !== undefined && v !== null && typeof v !== "boolean") ws.getCell(row, col).value = excelInput(v as never);
        for (const p of probes) {
          const anchor = parseRange(p.cf.ranges[0]);
          const f = formulaForArea(p.cf.formula, { row: anchor.top, col: anchor.left }, { row, col: p.target });
          ws.getCell(row, p.col).value = { formula: `IF(${f.slice(1)},1,0)` };
        }
      }
      const path = join(dir, "in", `cf-${i}.xlsx`);
      writeFileSync(path, await serializeWorkbook(composed));
      inputs.push(path);
    }
    outs.push(...(await recalcToXlsx(inputs, join(dir, "out"))));
  }, 600_000);
  afterAll(cleanupLibreOffice);

  it("lights red exactly on invalid scores and yellow exactly on scores without evidence", async () => {
    let flagged = 0;
    for (const [i, s] of sets.entries()) {
      const filled = await readFilledWorkbook(readFileSync(outs[i]));
      const entries = Object.fromEntries(Object.entries(s.entries).map(([k, e]) => [k, { ...e, self: typeof e.self === "boolean" ? null : e.self, appraised: typeof e.appraised === "boolean" ? null : e.appraised }]));
      const report = scoreEntries(miniTemplate, entries);
      const byKey = new Map(report.entries.map((e) => [e.key, e]));
      for (const { key, row } of plan.layout.entries) {
        const st = byKey.get(key)!;
        probes.forEach((p) => {
          const expected =
            p.cf.purpose === "noEvidence"
              ? st.selfStatus === Status.noEvidence
              : p.target === COL.self
                ? st.selfStatus === Status.invalid || st.selfStatus === Status.surveyScored
                : st.appraisedStatus === Status.invalid;
          if (expected) flagged++;
          expect({ key, rule: `${p.cf.purpose}@${p.target}`, lit: filled.cells(row, p.col) === 1 }).toEqual({ key, rule: `${p.cf.purpose}@${p.target}`, lit: expected });
        });
      }
    }
    expect(flagged).toBeGreaterThan(20);
  });
});
