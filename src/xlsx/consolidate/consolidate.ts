import { auditMessage } from "../../sheet/audit";
import { consolidationPlan, type ConsolidationPlan, type ConsolidationProblem, type ConsolidationRow } from "../../sheet/consolidation";
import { a1 } from "../../sheet/address";
import { COL } from "../../sheet/plan";
import { scoreEntries } from "../../scoring/engine";
import { findingMessage } from "../../scoring/messages";
import type { Finding, FindingCode } from "../../scoring/types";
import type { Template } from "../../template/schema";
import { scoredEntries } from "../../template/walk";
import type { Inflater } from "../inflate";
import type { SafetyLimits } from "../safety";
import { missingScores } from "./entries";
import { fileProblemMessage, type FileProblem } from "./problems";
import { readScoringFile, type ConsolidationSource, type ScoringFile } from "./readOne";
import { TemplateCatalog } from "./templates";

/**
 * The appraising office's consolidation: every commune's file read (read only, one at a time, each
 * failure kept to its own file), recognised by the template id and version it carries, scored by
 * the engine from its entries, and listed with every problem for the "Lỗi" sheet.
 */
export interface ConsolidateOptions {
  /** The template every file must use; by default the one most files use. */
  template?: Template;
  /** Templates for files that do not carry theirs (the built-ins). */
  known?: readonly Template[];
  onProgress?: (done: number, total: number, file: string) => void;
  limits?: Partial<SafetyLimits>;
  inflate?: Inflater;
  title?: string;
  /** Give the event loop a turn after each file, so that a page repaints its progress bar. */
  yieldEachFile?: boolean;
}

export interface FileReport {
  file: string;
  /** The unit as it stands in the consolidation, when the file was taken. */
  unit: string | null;
  taken: boolean;
  problems: FileProblem[];
}

export interface ConsolidationOutcome {
  template: Template;
  rows: ConsolidationRow[];
  files: FileReport[];
  /** Every problem of every file, as the "Lỗi" sheet lists them. */
  problems: ConsolidationProblem[];
  plan: ConsolidationPlan;
}

/** Nothing to lay the consolidation out with: no file could be read and no template was given. */
export class NoTemplateError extends Error {
  constructor() {
    super("consolidate(): no template given, none known and no file readable");
    this.name = "NoTemplateError";
  }
}

const versionParts = (v: string) => v.split(".").map((n) => Number(n) || 0);
function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The template most files use; a tie goes to the newer version. */
export function majorityTemplate(files: readonly ScoringFile[]): Template | null {
  const groups = new Map<string, { template: Template; count: number }>();
  for (const f of files) {
    const k = `${f.template.id}@${f.template.version}`;
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { template: f.template, count: 1 });
  }
  let best: { template: Template; count: number } | null = null;
  for (const g of groups.values()) {
    if (!best || g.count > best.count || (g.count === best.count && compareVersions(g.template.version, best.template.version) > 0)) best = g;
  }
  return best?.template ?? null;
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");

function findingProblems(template: Template, file: ScoringFile, findings: Finding[]): FileProblem | null {
  if (findings.length === 0) return null;
  const rows = new Map(file.layout.entries.map((e) => [e.key, e.row]));
  const codes = new Map(scoredEntries(template).map((e) => [e.key, e.code]));
  const column = { self: COL.self, appraised: COL.appraised, notApplicable: COL.notApplicable } as const;
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const details = findings.map((f) => {
    const row = rows.get(f.key);
    return findingMessage(f, "vi", row ? a1(row, column[f.column]) : undefined, codes.get(f.key));
  });
  return { code: "invalidEntries", count: findings.length, byCode, details };
}

export async function consolidate(sources: readonly ConsolidationSource[], opts: ConsolidateOptions = {}): Promise<ConsolidationOutcome> {
  const known = [...(opts.template ? [opts.template] : []), ...(opts.known ?? [])];
  const catalog = new TemplateCatalog(known);
  const reads: Array<{ source: ConsolidationSource; file: ScoringFile | null; problem: FileProblem | null }> = [];
  for (let i = 0; i < sources.length; i++) {
    const r = await readScoringFile(sources[i], { catalog, limits: opts.limits, inflate: opts.inflate });
    reads.push({ source: sources[i], file: r.ok ? r.value : null, problem: r.ok ? null : r.problem });
    opts.onProgress?.(i + 1, sources.length, sources[i].name);
    if (opts.yieldEachFile) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  const readable = reads.flatMap((r) => (r.file ? [r.file] : []));
  const template = opts.template ?? majorityTemplate(readable) ?? known[0];
  if (!template) throw new NoTemplateError();

  const rows: ConsolidationRow[] = [];
  const files: FileReport[] = [];
  const units = new Map<string, string>();
  for (const { source, file, problem } of reads) {
    if (!file) {
      files.push({ file: source.name, unit: null, taken: false, problems: problem ? [problem] : [] });
      continue;
    }
    const refuse = (p: FileProblem) => files.push({ file: file.file, unit: null, taken: false, problems: [p] });
    if (file.template.id !== template.id || file.template.version !== template.version) {
      refuse({ code: "otherTemplate", id: file.template.id, version: file.template.version, expectedId: template.id, expectedVersion: template.version });
      continue;
    }
    if (!file.audit.repairable) {
      refuse({ code: "rowsShifted", detail: file.audit.differences.map((d) => auditMessage(d)).join(" ") });
      continue;
    }
    const problems: FileProblem[] = [];
    let unit = file.meta.unit.trim();
    if (!unit) {
      unit = baseName(file.file);
      problems.push({ code: "noUnit" });
    }
    const seen = units.get(unit.toLocaleLowerCase("vi"));
    if (seen !== undefined) problems.push({ code: "duplicateUnit", unit, otherFile: seen });
    else units.set(unit.toLocaleLowerCase("vi"), file.file);
    if (file.audit.differences.length > 0) {
      problems.push({ code: "formulasTampered", count: file.audit.differences.length, details: file.audit.differences.map((d) => auditMessage(d)) });
    }
    const missing = missingScores(template, file.layout, file.entries);
    if (missing.length > 0) problems.push({ code: "missingScores", codes: missing.map((m) => m.code) });
    const report = scoreEntries(template, file.entries);
    const invalid = findingProblems(template, file, report.findings);
    if (invalid) problems.push(invalid);
    rows.push({ unit, file: file.file, self: report.self, final: report.final, findings: report.findings.length, blanks: missing.length });
    files.push({ file: file.file, unit, taken: true, problems });
  }

  const problems: ConsolidationProblem[] = files.flatMap((f) => f.problems.map((p) => ({ file: f.file, reason: fileProblemMessage(p) })));
  return { template, rows, files, problems, plan: consolidationPlan(template, rows, problems, { title: opts.title }) };
}
