/**
 * `npm run bench`: the project's speed and size figures, measured here and printed one per line.
 * Medians of several runs after a warm-up. Tests assert behaviour, not these timings.
 */
import { builtinTemplates } from "../template/builtin";
import { generatedTemplate } from "../template/generate";
import { scoredEntries } from "../template/walk";
import type { Template } from "../template/schema";
import { buildPlan } from "../sheet/buildPlan";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { kb, medianMs, ms } from "./timing";
import { benchBundle } from "./bench/bundle";
import { benchInjection } from "./bench/injection";
import { benchConsolidation } from "./bench/consolidation";
import { benchImport } from "./bench/import";

const RUNS = 7;

async function benchTemplate(label: string, template: Template): Promise<{ items: number; planMs: number }> {
  const items = scoredEntries(template).length;
  const planMs = await medianMs(RUNS, () => buildPlan(template, { unit: "Phường Xuân An" }));
  const plan = buildPlan(template, { unit: "Phường Xuân An" });
  const formulas = plan.sheets.flatMap((s) => s.cells).filter((c) => c.kind === "formula").length;
  let bytes = 0;
  const writeMs = await medianMs(RUNS, async () => {
    bytes = (await writeWorkbook(plan)).byteLength;
  });
  console.log(`${label}: ${items} items`);
  console.log(`  plan build          ${ms(planMs)}  (${((planMs * 1000) / items).toFixed(1)} µs per item)`);
  console.log(`  .xlsx write         ${ms(writeMs)}`);
  console.log(`  plan + write        ${ms(planMs + writeMs)}`);
  console.log(`  formulas            ${formulas}`);
  console.log(`  .xlsx size          ${kb(bytes)}`);
  return { items, planMs };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (s: string) => only.length === 0 || only.includes(s);
  if (want("workbook")) {
    const builtin = await benchTemplate(`built-in ${builtinTemplates[0].id}`, builtinTemplates[0]);
    const small = await benchTemplate("generated 150-item template", generatedTemplate(150));
    const big = await benchTemplate("generated 1,500-item template", generatedTemplate(1500));
    const ratio = big.planMs / small.planMs;
    console.log(`plan build 1,500 vs 150 items: ×${ratio.toFixed(1)} time for ×${(big.items / small.items).toFixed(1)} items (linear ≈ ×10)`);
    void builtin;
  }
  if (want("injection")) await benchInjection([builtinTemplates[0], generatedTemplate(150), generatedTemplate(1500)]);
  if (want("import")) await benchImport();
  if (want("bundle")) benchBundle();
  if (want("consolidation")) await benchConsolidation(170);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
