import type { ScoringMethod } from "../schema";
import { fold } from "./normalize";

const SURVEY = /dieu tra xa hoi hoc|\bdtxhh\b|dieu tra xhh|khao sat (su )?hai long/;
const APPRAISAL = /cap tham dinh|co quan tham dinh|hoi dong tham dinh|(do|cap tren|phong noi vu|so noi vu)[^.;]{0,40}\b(cham|danh gia|cho diem)\b|tham dinh cham|khong tu cham|khong tu danh gia/;

/** In the method column a bare word is enough: "Thẩm định", "Cấp trên chấm", "ĐTXHH". */
const APPRAISAL_COLUMN = /^(tham dinh|cap tham dinh|cap tren|co quan tham dinh|hoi dong tham dinh)/;

/** Who scores the entry, from the method column, the content and the rule text together. */
export function methodOf(methodColumn: string[], texts: string[]): ScoringMethod {
  const column = methodColumn.map(fold);
  const f = fold([...methodColumn, ...texts].join(" \n "));
  if (SURVEY.test(f)) return "survey";
  if (column.some((c) => APPRAISAL_COLUMN.test(c)) || APPRAISAL.test(f)) return "appraisal";
  return "self";
}

/** "Tài liệu kiểm chứng: Không" (or not required) clears the evidence flag; so do survey and appraisal. */
export function evidenceRequiredOf(evidenceText: string, method: ScoringMethod): boolean {
  if (method !== "self") return false;
  return !/^(khong|khong yeu cau|khong can|khong co)\b/.test(fold(evidenceText));
}

/** The rule or the method column says the entry may not apply to every unit. */
export function mayBeNotApplicableOf(texts: string[]): boolean {
  return /khong ap dung/.test(fold(texts.join(" \n ")));
}
