import { z } from "zod";

/**
 * The template (Bộ chỉ số) is data. This zod schema is the single source of its type; sums are
 * checked separately (see validate.ts) so that the messages can name the node and both numbers.
 */

/** Who gives the points: the commune itself, a sociological survey, or the appraising level only. */
export const ScoringMethod = z.enum(["self", "survey", "appraisal"]);
export type ScoringMethod = z.infer<typeof ScoringMethod>;

const points = z.number().finite().nonnegative();

/** What every scored entry (a sub-criterion, or a criterion without sub-criteria) carries. */
const itemProps = {
  /** The scoring rule text as the appendix writes it (Hướng dẫn chấm điểm). */
  rule: z.string().default(""),
  /** Allowed values when the rule has steps, e.g. [0, 0.5, 1]; absent means any number 0..max. */
  steps: z.array(points).min(2).optional(),
  method: ScoringMethod.default("self"),
  evidenceRequired: z.boolean().default(true),
  /** The unit may mark the entry "không áp dụng"; its max then leaves the part's applicable maximum. */
  mayBeNotApplicable: z.boolean().default(false),
};

export const Item = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  maxPoints: points,
  ...itemProps,
});
export type Item = z.infer<typeof Item>;

/** A criterion with no sub-criteria (items empty) is itself scored, with the item properties. */
export const Criterion = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  maxPoints: points,
  ...itemProps,
  items: z.array(Item).default([]),
});
export type Criterion = z.infer<typeof Criterion>;

export const Field = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  maxPoints: points,
  criteria: z.array(Criterion).min(1),
});
export type Field = z.infer<typeof Field>;

/**
 * Part I holds fields; Part II holds criteria directly. `factor` converts the part's points into
 * the total (0.5 for Part I of the 2023 commune index), kept as data because provinces differ.
 */
export const Part = z
  .object({
    code: z.string().min(1),
    title: z.string().min(1),
    maxPoints: points,
    factor: z.number().finite().positive(),
    fields: z.array(Field).default([]),
    criteria: z.array(Criterion).default([]),
  })
  .refine((p) => (p.fields.length > 0) !== (p.criteria.length > 0), {
    message: "Một phần phải có hoặc các lĩnh vực, hoặc các tiêu chí (không cả hai, không để trống).",
  });
export type Part = z.infer<typeof Part>;

/** Bonus (điểm thưởng) adds to the total, penalty (điểm trừ) subtracts; each block is capped. */
export const Adjustment = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(["bonus", "penalty"]),
  cap: points,
  items: z.array(Item).min(1),
});
export type Adjustment = z.infer<typeof Adjustment>;

export const Band = z.object({
  label: z.string().min(1),
  /** Lowest total that earns this label (inclusive). */
  min: z.number().finite(),
});
export type Band = z.infer<typeof Band>;

export const LegalBasis = z.object({
  number: z.string().min(1),
  date: z.string().default(""),
  issuer: z.string().default(""),
  title: z.string().default(""),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const Template = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id chỉ gồm chữ thường không dấu, số và dấu gạch ngang"),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "version có dạng 1.0.0"),
  title: z.string().min(1),
  province: z.string().default(""),
  year: z.number().int().min(2000).max(2100),
  /** Who appraises; since July 2025 the province's Sở Nội vụ. */
  appraisingBody: z.string().default("Phòng Nội vụ"),
  legalBasis: z.array(LegalBasis).default([]),
  provisional: z.boolean().default(false),
  provisionalNote: z.string().default(""),
  parts: z.array(Part).min(1),
  adjustments: z.array(Adjustment).default([]),
  /** Highest band first once normalised; the lowest band's min is the floor. */
  bands: z.array(Band).min(1),
});
export type Template = z.infer<typeof Template>;
/** What a template file may omit (defaults filled by the schema). */
export type TemplateInput = z.input<typeof Template>;
