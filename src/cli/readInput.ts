import { readFileSync, statSync } from "node:fs";
import { buildPlan } from "../sheet/buildPlan";
import { PLAN_FORMAT } from "../sheet/meta";
import type { WorkbookPlan } from "../sheet/plan";
import { builtinTemplates } from "../template/builtin";
import type { Template } from "../template/schema";
import { TemplateCatalog } from "../xlsx/consolidate/templates";
import { fileProblemMessage, type FileProblem } from "../xlsx/consolidate/problems";
import { nodeInflate } from "../xlsx/nodeInflate";
import { readAuditWorkbook, type AuditedWorkbook } from "../xlsx/readAudit";
import type { FilledMeta } from "../xlsx/readFilled";
import { fileSizeProblem } from "../xlsx/safety";

/**
 * One filled workbook for `audit` and `upgrade`: read only, safety checks first, then ExcelJS;
 * recognised by its meta sheet, with the template it was built from and that template's plan
 * under the file's own sheet name. Every refusal comes back as a Vietnamese message.
 */
export interface FilledInput {
  workbook: AuditedWorkbook;
  meta: FilledMeta;
  template: Template;
  plan: WorkbookPlan;
}

export type FilledInputResult = { ok: true; value: FilledInput } | { ok: false; message: string };

export async function readFilledInput(path: string, shown: string, given?: Template): Promise<FilledInputResult> {
  const fail = (p: FileProblem): FilledInputResult => ({ ok: false, message: `${shown}: ${fileProblemMessage(p).replace(/^Không tổng hợp: /, "")}` });
  let bytes: Uint8Array;
  try {
    const tooLarge = fileSizeProblem(statSync(path).size);
    if (tooLarge) return fail({ code: "unreadable", problem: { code: "unsafe", problem: tooLarge } });
    bytes = new Uint8Array(readFileSync(path, { flag: "r" }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail({ code: "readFailed", detail: code === "ENOENT" ? "không tìm thấy tệp" : e instanceof Error ? e.message : String(e) });
  }
  const read = await readAuditWorkbook(bytes, { inflate: nodeInflate });
  if (!read.ok) return fail({ code: "unreadable", problem: read.problem });
  const { meta } = read.value;
  if (!meta) return fail({ code: "notOurs" });
  if (meta.planFormat !== PLAN_FORMAT) return fail({ code: "planFormat", found: meta.planFormat, expected: PLAN_FORMAT });
  const t = new TemplateCatalog([...(given ? [given] : []), ...builtinTemplates]).templateOf(meta);
  if (!t.ok) return fail({ code: "templateUnknown", id: meta.templateId, version: meta.templateVersion, detail: t.detail });
  const plan = buildPlan(t.template, { unit: meta.unit, year: meta.year ?? undefined, sheetName: read.value.sheetName });
  return { ok: true, value: { workbook: read.value, meta, template: t.template, plan } };
}
