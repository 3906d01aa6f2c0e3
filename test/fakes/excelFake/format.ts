import { officeError } from "./errors";

/**
 * Cell formatting as one flat record per cell (and per column, row and sheet layer), keyed by the
 * Office.js property path, so that reading back "font/bold" is a lookup. Values are checked the way
 * Excel checks them: a colour must be "#RRGGBB" (or a named colour), alignments must be Office.js
 * enum spellings, so that a wrong spelling in the code under test fails as it would in Excel.
 */
export const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
export type BorderSide = (typeof BORDER_SIDES)[number];
export type BorderIndex = BorderSide | "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp";

export type FormatKey =
  | "font.name"
  | "font.size"
  | "font.bold"
  | "font.italic"
  | "font.color"
  | "fill.color"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
  | "protection.locked"
  | "protection.formulaHidden"
  | "numberFormat"
  | `borders.${BorderSide}.style`
  | `borders.${BorderSide}.weight`
  | `borders.${BorderSide}.color`;

export type FormatValue = string | number | boolean;
export type FormatRecord = Partial<Record<FormatKey, FormatValue>>;

export const DEFAULT_FORMAT: Required<FormatRecord> = {
  "font.name": "Calibri",
  "font.size": 11,
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "fill.color": "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  "protection.locked": true,
  "protection.formulaHidden": false,
  numberFormat: "General",
  "borders.EdgeTop.style": "None",
  "borders.EdgeTop.weight": "Thin",
  "borders.EdgeTop.color": "#000000",
  "borders.EdgeBottom.style": "None",
  "borders.EdgeBottom.weight": "Thin",
  "borders.EdgeBottom.color": "#000000",
  "borders.EdgeLeft.style": "None",
  "borders.EdgeLeft.weight": "Thin",
  "borders.EdgeLeft.color": "#000000",
  "borders.EdgeRight.style": "None",
  "borders.EdgeRight.weight": "Thin",
  "borders.EdgeRight.color": "#000000",
};

const NAMED_COLORS: Record<string, string> = { black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00" };
const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export function normalizeColor(value: unknown, where: string): string {
  if (typeof value === "string") {
    if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
    const named = NAMED_COLORS[value.toLowerCase()];
    if (named) return named;
  }
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${where} = ${JSON.stringify(value)}.`, where);
}

function oneOf(value: unknown, allowed: string[], where: string): string {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${where} = ${JSON.stringify(value)}.`, where);
}

function typed<T>(value: unknown, type: "boolean" | "number" | "string", where: string): T {
  if (typeof value === type && (type !== "number" || Number.isFinite(value))) return value as T;
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${where} = ${JSON.stringify(value)}.`, where);
}

/** Check and normalise a value set through the API; throws InvalidArgument like Excel. */
export function checkFormatValue(key: FormatKey, value: unknown): FormatValue {
  if (key === "font.color" || key === "fill.color" || key.endsWith(".color")) return normalizeColor(value, key);
  if (key === "horizontalAlignment") return oneOf(value, HORIZONTAL, key);
  if (key === "verticalAlignment") return oneOf(value, VERTICAL, key);
  if (key.endsWith(".style")) return oneOf(value, BORDER_STYLES, key);
  if (key.endsWith(".weight")) return oneOf(value, BORDER_WEIGHTS, key);
  if (key === "font.size") {
    const n = typed<number>(value, "number", key);
    if (n < 1 || n > 409) throw officeError("InvalidArgument", `Font size out of range: ${n}.`, key);
    return n;
  }
  if (key === "font.name" || key === "numberFormat") return typed<string>(value, "string", key);
  return typed<boolean>(value, "boolean", key);
}
