import type { ScoringMethod } from "../template/schema";

/**
 * What each scoring method means for the entry columns. Survey and appraising-level items are not
 * self-scored: a self score there is flagged and not counted; the appraised score counts.
 */
export const METHODS: Record<ScoringMethod, { selfScored: boolean; label: { vi: string; en: string } }> = {
  self: { selfScored: true, label: { vi: "Tự chấm", en: "Self-scored" } },
  survey: { selfScored: false, label: { vi: "Điều tra xã hội học", en: "Sociological survey" } },
  appraisal: { selfScored: false, label: { vi: "Cấp thẩm định chấm", en: "Scored by the appraising level" } },
};
