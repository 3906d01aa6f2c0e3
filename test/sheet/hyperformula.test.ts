import { miniTemplate } from "../../src/template/builtin/mini";
import { buildPlan } from "../../src/sheet/buildPlan";
import type { WorkbookPlan } from "../../src/sheet/plan";
import type { Template } from "../../src/template/schema";
import { compareWithEngine } from "../support/compare";
import { entrySets } from "../support/entrySets";
import { loadPlan } from "../support/hfSheet";
import { generatedTemplate } from "../support/generatedTemplate";

/**
 * The sheet's formulas, evaluated by HyperFormula (with Excel's ROUND), must give what the pure
 * engine gives for every generated entry set: statuses, counted points, subtotals, totals, class.
 */
function agreeOn(template: Template, sets: number, seed: number) {
  const plan = buildPlan(template, { unit: "Phường Thử" });
  const sheet = loadPlan(plan);
  const failures: string[] = [];
  for (const { mode, entries } of entrySets(template, sets, seed)) {
    sheet.fill(entries);
    const diff = compareWithEngine(plan, template, entries, sheet.read);
    if (diff.length > 0) failures.push(`[${mode}] ${diff.slice(0, 5).join("; ")}`);
  }
  return failures;
}

const templates: Array<{ title: string; template: () => Template; sets: number }> = [
  { title: "mini template", template: () => miniTemplate, sets: 1200 },
  { title: "generated 300-item template", template: () => generatedTemplate(300, 7), sets: 21 },
];

let builtin: Template | null = null;
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  builtin = require("../../src/template/builtin").builtinTemplates[0];
} catch {
  builtin = null;
}
if (builtin) templates.push({ title: `built-in ${builtin.id}`, template: () => builtin as Template, sets: 350 });

describe("sheet formulas evaluated by HyperFormula equal the engine", () => {
  it.each(templates)("$title: $sets entry sets", ({ template, sets }) => {
    expect(agreeOn(template(), sets, 20231120).slice(0, 10)).toEqual([]);
  });

  it("fails when a formula of the plan is broken (the check can fail)", () => {
    const plan = buildPlan(miniTemplate, { unit: "Phường Thử" });
    const broken: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s, i) =>
        i !== 0
          ? s
          : {
              ...s,
              cells: s.cells.map((c) =>
                c.kind === "formula" && c.row === plan.layout.results.totalRow && c.col === 5
                  ? { ...c, formula: c.formula.replace("ROUND(", "ROUND(0.001+") }
                  : c,
              ),
            },
      ),
    };
    const sheet = loadPlan(broken);
    const [{ entries }] = entrySets(miniTemplate, 1, 1);
    sheet.fill(entries);
    expect(compareWithEngine(broken, miniTemplate, entries, sheet.read).join("\n")).toMatch(/tổng điểm/);
  });
});
