/**
 * Expected problems with a template are values, tagged by `code`, with the node they concern.
 * Their Vietnamese (and English) texts live in messages.ts.
 */
export type TemplateIssue =
  | { code: "jsonSyntax"; source: string; line: number; column: number; detail: string }
  | { code: "unreadable"; source: string; detail: string }
  | { code: "schema"; path: string; detail: string }
  | { code: "sumMismatch"; path: string; node: string; expected: number; actual: number }
  | { code: "duplicateCode"; path: string; node: string; duplicate: string }
  | { code: "stepOutOfRange"; path: string; node: string; step: number; max: number }
  | { code: "stepsNotIncreasing"; path: string; node: string }
  | { code: "duplicateBand"; path: string; min: number };

export type Result<T> = { ok: true; value: T } | { ok: false; issues: TemplateIssue[] };
