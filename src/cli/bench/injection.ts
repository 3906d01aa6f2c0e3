import type { Template } from "../../template/schema";
import { scoredEntries } from "../../template/walk";
import { buildPlan } from "../../sheet/buildPlan";
// The Excel fake lives with the tests so that the add-in bundle never carries HyperFormula; the
// benchmark, a developer tool, borrows it.
import { countInjection } from "../../../test/fakes/countInjection";
import { kb } from "../timing";

/** Office.js round trips and operations to inject a template, on current Excel and on Excel 2019 (1.8). */
export async function benchInjection(templates: Template[]): Promise<void> {
  for (const t of templates) {
    const items = scoredEntries(t).length;
    const plan = buildPlan(t, { unit: "Phường Xuân An" });
    for (const [label, api] of [
      ["current Excel", "1.17"],
      ["Excel 2019 (1.8)", "1.8"],
    ] as const) {
      const c = await countInjection(plan, api);
      console.log(
        `injection ${t.id} (${items} items), ${label}: ${c.syncs} syncs, ${c.operations} operations ` +
          `(${(c.operations / items).toFixed(2)} per item row), largest request ${kb(c.largestRequestBytes)} [${c.outcome}]`,
      );
    }
  }
}
