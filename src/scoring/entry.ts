import type { ScoredEntry } from "../template/walk";
import { isBlankText, isEmpty, isError, isMarkX, isNumber, numberInText } from "./cellValue";
import { METHODS } from "./methods";
import { Status, type CellValue, type Entry, type EntryScore, type Finding } from "./types";

/** Why a score value is not a valid score for the entry, or null when it is blank or valid. */
function scoreProblem(v: CellValue | undefined, e: ScoredEntry): Pick<Finding, "code" | "meant"> | null {
  if (isNumber(v)) {
    if (v < 0) return { code: "negative" };
    if (v > e.maxPoints) return { code: "overMax" };
    if (e.steps && !e.steps.includes(v)) return { code: "offStep" };
    return null;
  }
  if (isError(v)) return { code: "errorValue" };
  if (isEmpty(v)) return null;
  const meant = numberInText(v);
  return meant === null ? { code: "notANumber" } : { code: "textNumber", meant };
}

/**
 * One entry, decided exactly as the sheet's helper columns decide it (status N/O, counted K/L,
 * excluded max M): invalid entries count 0 and are flagged, never dropped silently; a not-applicable
 * mark removes the entry's max from its part's applicable maximum.
 */
export function scoreEntry(e: ScoredEntry, entry: Entry): { score: EntryScore; findings: Finding[] } {
  const findings: Finding[] = [];
  const flag = (code: Finding["code"], column: Finding["column"], value: CellValue | undefined, meant?: number) =>
    findings.push({
      code,
      key: e.key,
      column,
      value: value ?? null,
      maxPoints: e.maxPoints,
      ...(e.steps ? { steps: e.steps } : {}),
      ...(meant !== undefined ? { meant } : {}),
    });

  const marked = isMarkX(entry.notApplicable);
  const notApplicable = marked && e.mayBeNotApplicable;
  if (marked && !e.mayBeNotApplicable) flag("notApplicableNotAllowed", "notApplicable", entry.notApplicable);

  let selfStatus: Status;
  if (notApplicable) selfStatus = Status.notApplicable;
  else if (!METHODS[e.method].selfScored) {
    selfStatus = isEmpty(entry.self) ? Status.ok : Status.surveyScored;
    if (selfStatus === Status.surveyScored) flag("surveyScored", "self", entry.self);
  } else {
    const problem = scoreProblem(entry.self, e);
    if (problem) {
      selfStatus = Status.invalid;
      flag(problem.code, "self", entry.self, problem.meant);
    } else if (
      e.evidenceRequired &&
      isNumber(entry.self) &&
      entry.self > 0 &&
      isBlankText(entry.evidence) &&
      isBlankText(entry.explanation)
    ) {
      selfStatus = Status.noEvidence;
      flag("noEvidence", "self", entry.self);
    } else selfStatus = Status.ok;
  }

  let appraisedStatus: Status;
  if (notApplicable) appraisedStatus = Status.notApplicable;
  else {
    const problem = scoreProblem(entry.appraised, e);
    appraisedStatus = problem ? Status.invalid : Status.ok;
    if (problem) flag(problem.code, "appraised", entry.appraised, problem.meant);
  }

  const selfCounted =
    isNumber(entry.self) && (selfStatus === Status.ok || selfStatus === Status.noEvidence) ? entry.self : 0;
  const finalCounted = appraisedStatus === Status.ok ? (isNumber(entry.appraised) ? entry.appraised : selfCounted) : 0;
  return {
    score: {
      key: e.key,
      selfStatus,
      appraisedStatus,
      selfCounted,
      finalCounted,
      excludedMax: notApplicable ? e.maxPoints : 0,
    },
    findings,
  };
}
