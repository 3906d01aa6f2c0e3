import type { CellValue } from "../scoring/types";
import { parseMetaSheet } from "../sheet/meta";
import type { FilledMeta } from "./readFilled";

const numberOrNull = (s: string | undefined): number | null => (s === undefined || s.trim() === "" || !Number.isFinite(Number(s)) ? null : Number(s));

/** The meta sheet's values as FilledMeta, whichever reader supplies the cells; null when it is not ours. */
export function filledMetaOf(cell: (row: number, col: number) => CellValue): FilledMeta | null {
  const { values, templateJson } = parseMetaSheet(cell);
  if (!values.templateId) return null;
  return {
    templateId: values.templateId,
    templateVersion: values.templateVersion ?? "",
    planFormat: numberOrNull(values.planFormat),
    unit: values.unit ?? "",
    year: numberOrNull(values.year),
    templateTitle: values.templateTitle ?? "",
    templateJson: templateJson && templateJson.length > 0 ? templateJson : null,
  };
}
