import type { AuditSource } from "../sheet/audit";
import { META_SHEET } from "../sheet/meta";
import type { CellValue } from "../scoring/types";
import { ExcelJS } from "./exceljs";
import type { Inflater } from "./inflate";
import { readMeta, scoringSheet, valueAt, type FilledMeta } from "./readFilled";
import { inspectXlsx, isWorksheetPart, safetyMessage, type SafetyLimits, type SafetyProblem } from "./safety";
import { readLockedFormats, readWorkbookParts } from "./consolidate/packageParts";
import { readSheet } from "./consolidate/sheetXml";

/**
 * What the formula audit and the entry readers need of a filled workbook's scoring sheet: its meta
 * (template id and version, the template itself), values as formulas see them, and an AuditSource
 * (formula texts, shared formulas translated to each cell; defined names; locked flags). Read only:
 * the file is never written back.
 */
export interface AuditedWorkbook {
  meta: FilledMeta | null;
  sheetName: string;
  cells: (row: number, col: number) => CellValue;
  source: AuditSource;
}

export type ReadProblem = { code: "unsafe"; problem: SafetyProblem } | { code: "unreadable"; detail: string };

export type ReadAuditResult = { ok: true; value: AuditedWorkbook } | { ok: false; problem: ReadProblem };

export interface ReadOptions {
  limits?: Partial<SafetyLimits>;
  inflate?: Inflater;
}

/** The ExcelJS reader: the safety checks first, then ExcelJS parses the file (read only). */
export async function readAuditWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): Promise<ReadAuditResult> {
  const keep = (name: string) => name === "xl/workbook.xml" || name === "xl/_rels/workbook.xml.rels" || name === "xl/styles.xml" || isWorksheetPart(name);
  const inspected = await inspectXlsx(bytes, { limits: opts.limits, inflate: opts.inflate, keep });
  if (!inspected.ok) return { ok: false, problem: { code: "unsafe", problem: inspected.problem } };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, problem: { code: "unreadable", detail: e instanceof Error ? e.message : String(e) } };
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const ws = scoringSheet(wb);
  if (!ws) return { ok: false, problem: { code: "unreadable", detail: "the workbook has no worksheet" } };
  const cells = (row: number, col: number) => valueAt(ws, row, col, date1904);
  const locked = lockedFlags(inspected.parts, ws.name);
  const source: AuditSource = {
    formula: (row, col) => {
      const cell = ws.findCell(row, col);
      if (!cell || cell.type !== ExcelJS.ValueType.Formula) return null;
      return cell.formula ?? null;
    },
    value: cells,
    names: wb.definedNames.model.map((n) => ({ name: n.name, ref: n.ranges.join(",") })),
    locked,
  };
  return { ok: true, value: { meta: readMeta(wb.getWorksheet(META_SHEET), date1904), sheetName: ws.name, cells, source } };
}

const utf8 = new TextDecoder("utf-8");

/**
 * Locked flags straight from the styles part: ExcelJS reads locked="false", as LibreOffice writes
 * it, as locked (it knows only "0"), which would hide an unlocked formula in a re-saved file.
 */
function lockedFlags(parts: Map<string, Uint8Array>, sheetName: string): (row: number, col: number) => boolean | null {
  const text = (name: string) => {
    const b = parts.get(name);
    return b ? utf8.decode(b) : null;
  };
  const wb = readWorkbookParts(text("xl/workbook.xml") ?? "", text("xl/_rels/workbook.xml.rels"));
  const part = wb.sheets.find((s) => s.name === sheetName)?.part;
  const xml = part ? text(part) : null;
  if (xml === null) return () => null;
  const sheet = readSheet(xml, []);
  const formats = readLockedFormats(text("xl/styles.xml"));
  return (row, col) => {
    const c = sheet.cell(row, col);
    return c ? (formats[c.style] ?? true) : null;
  };
}

export function readProblemMessage(p: ReadProblem, lang: "vi" | "en" = "vi"): string {
  switch (p.code) {
    case "unsafe":
      return safetyMessage(p.problem, lang);
    case "unreadable":
      return lang === "vi" ? `Tệp .xlsx bị hỏng, không đọc được (${p.detail}).` : `The .xlsx file is damaged and cannot be read (${p.detail}).`;
    default: {
      const never: never = p;
      return never;
    }
  }
}
