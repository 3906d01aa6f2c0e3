import type { Template } from "../template/schema";
import type { PlanCell, PlanMeta } from "./plan";

/**
 * The hidden sheet that lets a filled workbook be recognised later (template id and version, layout
 * format) and carries the template itself, so the file can be audited and upgraded without the add-in's
 * copy. Key/value pairs in A:B from row 1; the template JSON in chunks (a cell holds at most 32,767
 * characters) in column A below the step lists.
 */
export const META_SHEET = "CCHC_Meta";
export const PLAN_FORMAT = 1;
export const META_KEYS = ["templateId", "templateVersion", "planFormat", "unit", "year", "templateTitle", "generator"] as const;
export type MetaKey = (typeof META_KEYS)[number];

export const STEP_LIST_FIRST_ROW = 12;
const CHUNK = 30000;

export function metaValues(meta: PlanMeta, template: Template): Record<MetaKey, string | number> {
  return {
    templateId: meta.templateId,
    templateVersion: meta.templateVersion,
    planFormat: meta.planFormat,
    unit: meta.unit,
    year: meta.year,
    templateTitle: template.title,
    generator: "cchc-scorecard",
  };
}

export function metaCells(values: Record<MetaKey, string | number>): PlanCell[] {
  return META_KEYS.flatMap((key, i): PlanCell[] => {
    const v = values[key];
    return [
      { kind: "text", row: i + 1, col: 1, text: key, style: "meta" },
      typeof v === "number" ? { kind: "number", row: i + 1, col: 2, value: v, style: "meta" } : { kind: "text", row: i + 1, col: 2, text: v, style: "meta" },
    ];
  });
}

/** "templateJson" marker then the chunks, starting at `row`. */
export function templateJsonCells(template: Template, row: number): PlanCell[] {
  const json = JSON.stringify(template);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return [
    { kind: "text", row, col: 1, text: "templateJson", style: "meta" },
    { kind: "number", row, col: 2, value: chunks.length, style: "meta" },
    ...chunks.map((c, i): PlanCell => ({ kind: "text", row: row + 1 + i, col: 1, text: c, style: "meta" })),
  ];
}

/** Read the key/value pairs and the template JSON back from the meta sheet's column A and B values. */
export function parseMetaSheet(cell: (row: number, col: number) => unknown): { values: Partial<Record<MetaKey, string>>; templateJson: string | null } {
  const values: Partial<Record<MetaKey, string>> = {};
  let templateJson: string | null = null;
  for (let row = 1; row < 1000; row++) {
    const key = cell(row, 1);
    if (key === "templateJson") {
      const n = Number(cell(row, 2));
      templateJson = Array.from({ length: n }, (_, i) => String(cell(row + 1 + i, 1) ?? "")).join("");
      break;
    }
    if (typeof key === "string" && (META_KEYS as readonly string[]).includes(key)) {
      const v = cell(row, 2);
      values[key as MetaKey] = v === null || v === undefined ? "" : String(v);
    }
  }
  return { values, templateJson };
}
