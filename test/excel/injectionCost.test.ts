import { buildPlan } from "../../src/sheet/buildPlan";
import { countInjection } from "../fakes/countInjection";
import { generatedTemplate } from "../../src/template/generate";
import { miniPlan } from "./helpers";

/** The sync budget of issue #4: the whole plan in at most 3 round trips, and under Excel on the web's 5 MB per request. */
test.each([
  { title: "mini template, current Excel", plan: miniPlan, api: "1.17" },
  { title: "mini template, Excel 2019", plan: miniPlan, api: "1.8" },
  { title: "1,500-item template, current Excel", plan: () => buildPlan(generatedTemplate(1500), { unit: "Phường Thử" }), api: "1.17" },
])("$title: ≤ 3 syncs", async ({ plan, api }) => {
  const cost = await countInjection(plan(), api);
  console.info(`${api}: ${cost.syncs} syncs, ${cost.operations} operations, largest request ${cost.largestRequestBytes} bytes`);
  expect(cost.outcome).toBe("inserted");
  expect(cost.syncs).toBeLessThanOrEqual(3);
  if (api === "1.17") expect(cost.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
});
