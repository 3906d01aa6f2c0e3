import { buildPlan } from "../../sheet/buildPlan";
import type { WorkbookPlan } from "../../sheet/plan";
import { templateFromJson } from "../../template/json";
import { templateIssueMessage } from "../../template/messages";
import type { Template } from "../../template/schema";
import type { FilledMeta } from "../readFilled";

export type TemplateOf = { ok: true; template: Template } | { ok: false; detail: string };

/**
 * The template a filled file was built from: the copy it carries (exactly what built its sheet),
 * else a known template (the one given, the built-ins) with the same id and version. 170 files
 * of one province carry the same JSON: it is parsed and validated once, and the plan built once per
 * template and sheet name (the layout and formulas depend on nothing else).
 */
export class TemplateCatalog {
  private readonly parsed = new Map<string, TemplateOf>();
  private readonly plans = new Map<Template, Map<string, WorkbookPlan>>();

  constructor(private readonly known: readonly Template[]) {}

  templateOf(meta: FilledMeta): TemplateOf {
    let carried: TemplateOf | undefined;
    if (meta.templateJson) {
      carried = this.parsed.get(meta.templateJson);
      if (!carried) {
        const r = templateFromJson(meta.templateJson, "CCHC_Meta");
        carried = r.ok ? { ok: true, template: r.value } : { ok: false, detail: `bộ chỉ số lưu trong tệp bị hỏng: ${r.issues.map((i) => templateIssueMessage(i)).join("; ")}` };
        this.parsed.set(meta.templateJson, carried);
      }
      if (carried.ok) return carried;
    }
    const known = this.known.find((t) => t.id === meta.templateId && t.version === meta.templateVersion);
    if (known) return { ok: true, template: known };
    return carried ?? { ok: false, detail: "tệp không lưu kèm bộ chỉ số" };
  }

  planOf(template: Template, sheetName: string): WorkbookPlan {
    let bySheet = this.plans.get(template);
    if (!bySheet) this.plans.set(template, (bySheet = new Map()));
    let plan = bySheet.get(sheetName);
    if (!plan) bySheet.set(sheetName, (plan = buildPlan(template, { unit: "", sheetName })));
    return plan;
  }
}
