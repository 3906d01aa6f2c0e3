import { officeError } from "./errors";
import type { CellInput, ScalarValue } from "./model";

/**
 * What Excel makes of a value written through range.values or range.formulas: the same parsing as
 * typing it. "=…" is a formula; "+…", "-…" and "@…" that are not numbers become formulas too; number-,
 * boolean- and error-like text becomes a number, a boolean or an error; a leading apostrophe keeps
 * the rest as text; a cell formatted as text ("@") keeps everything as typed. Dates are not modelled.
 */
export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"];

const MAX_FORMULA = 8192;
const MAX_TEXT = 32767;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** undefined: leave the cell unchanged (null in an input array). */
export function interpretInput(raw: unknown, textFormat: boolean, where: string): CellInput | null | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw officeError("InvalidArgument", `Invalid number ${raw} at ${where}.`, where);
    return { kind: "value", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw !== "string") throw officeError("InvalidArgument", `Unsupported cell input ${JSON.stringify(raw)} at ${where}.`, where);
  if (raw === "") return null;
  if (raw.length > MAX_TEXT) throw officeError("InvalidArgument", `Text longer than ${MAX_TEXT} characters at ${where}.`, where);
  if (textFormat) return text(raw);
  if (raw.startsWith("'")) return text(raw.slice(1));
  const trimmed = raw.trim();
  const n = numberLike(trimmed);
  if (n !== null) return { kind: "value", value: n };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  const upper = trimmed.toUpperCase();
  if (ERROR_LITERALS.includes(upper)) return { kind: "value", value: { error: upper } };
  if (raw.startsWith("=") && raw.length > 1) return formula(raw, where);
  if (/^[+\-]/.test(raw) && raw.length > 1) return formula(`=${raw}`, where);
  if (raw.startsWith("@") && raw.length > 1) return formula(`=${raw.slice(1)}`, where);
  return text(raw);
}

/** en-US number entry: "1.5", "-2", "1e3", "50%", "1,000", "$5", "(3)" for -3. */
function numberLike(s: string): number | null {
  let t = s;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    t = paren[1];
    sign = -1;
  }
  t = t.replace(/^([+-]?)\$/, "$1");
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?%?$/.test(t)) t = t.replace(/,/g, "");
  if (!NUMBER.test(t)) return null;
  const pct = t.endsWith("%");
  const n = Number(pct ? t.slice(0, -1) : t);
  return sign * (pct ? n / 100 : n);
}

function text(s: string): CellInput | null {
  return s === "" ? null : { kind: "value", value: s };
}

function formula(f: string, where: string): CellInput {
  if (f.length > MAX_FORMULA) throw officeError("InvalidArgument", `Formula longer than ${MAX_FORMULA} characters at ${where}.`, where);
  return { kind: "formula", formula: f };
}

/** What range.formulas reads back for a cell. */
export function formulaOf(input: CellInput | null): ScalarValue {
  if (!input) return "";
  if (input.kind === "formula") return input.formula;
  return typeof input.value === "object" ? input.value.error : input.value;
}
