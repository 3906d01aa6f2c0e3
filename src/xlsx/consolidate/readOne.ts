import { auditSheet, type AuditResult } from "../../sheet/audit";
import { PLAN_FORMAT } from "../../sheet/meta";
import type { PlanLayout } from "../../sheet/plan";
import type { Entries } from "../../scoring/types";
import type { Template } from "../../template/schema";
import type { Inflater } from "../inflate";
import type { FilledMeta } from "../readFilled";
import { fileSizeProblem, type SafetyLimits } from "../safety";
import { entriesFromCells } from "./entries";
import { readWorkbookFast } from "./fastRead";
import type { FileProblem } from "./problems";
import type { TemplateCatalog } from "./templates";

/** A file to consolidate, from disk (the CLI) or chosen in the task pane. Read only, once. */
export interface ConsolidationSource {
  /** How the file is named to the reviewer (a path relative to the folder given, or the file name). */
  name: string;
  /** Known before reading: a file over the size limit is never read into memory. */
  size?: number;
  read(): Promise<Uint8Array>;
}

export interface ScoringFile {
  file: string;
  meta: FilledMeta;
  /** The template the file was built from (carried, or known by id and version). */
  template: Template;
  layout: PlanLayout;
  entries: Entries;
  audit: AuditResult;
}

export type FileRead = { ok: true; value: ScoringFile } | { ok: false; problem: FileProblem };

export interface ReadContext {
  catalog: TemplateCatalog;
  limits?: Partial<SafetyLimits>;
  inflate?: Inflater;
}

function errorDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "không tìm thấy tệp";
  if (code === "EACCES" || code === "EPERM") return "không có quyền đọc tệp";
  if (code === "EISDIR") return "đây là thư mục";
  return e instanceof Error ? e.message : String(e);
}

/** One file up to its entries and formula audit; every problem returned, nothing thrown for bad data. */
export async function readScoringFile(source: ConsolidationSource, ctx: ReadContext): Promise<FileRead> {
  const fail = (problem: FileProblem): FileRead => ({ ok: false, problem });
  if (source.size !== undefined) {
    const tooLarge = fileSizeProblem(source.size, ctx.limits);
    if (tooLarge) return fail({ code: "unreadable", problem: { code: "unsafe", problem: tooLarge } });
  }
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (e) {
    return fail({ code: "readFailed", detail: errorDetail(e) });
  }
  const read = await readWorkbookFast(bytes, { limits: ctx.limits, inflate: ctx.inflate });
  if (!read.ok) return fail({ code: "unreadable", problem: read.problem });
  const { meta, sheetName, cells, source: auditSource } = read.value;
  if (!meta) return fail({ code: "notOurs" });
  if (meta.planFormat !== PLAN_FORMAT) return fail({ code: "planFormat", found: meta.planFormat, expected: PLAN_FORMAT });
  const t = ctx.catalog.templateOf(meta);
  if (!t.ok) return fail({ code: "templateUnknown", id: meta.templateId, version: meta.templateVersion, detail: t.detail });
  const plan = ctx.catalog.planOf(t.template, sheetName);
  return {
    ok: true,
    value: {
      file: source.name,
      meta,
      template: t.template,
      layout: plan.layout,
      entries: entriesFromCells(plan.layout, cells),
      audit: auditSheet(plan, auditSource),
    },
  };
}
