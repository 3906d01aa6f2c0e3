import { templateIssueMessage } from "../messages";
import type { Band, TemplateInput } from "../schema";
import { parseTemplate } from "../validate";
import { assemble } from "./assemble";
import { detectHeader, HEADERS_LOOKED_FOR } from "./header";
import { fold, oneLine } from "./normalize";
import { readRows } from "./rows";
import type { ImportFinding, ImportOptions, ImportResult, TableCell } from "./types";

/** The commune index's provisional bands (DOMAIN.md), used when the caller gives none. */
export const DEFAULT_BANDS: Band[] = [
  { label: "Xuất sắc", min: 90 },
  { label: "Tốt", min: 80 },
  { label: "Khá", min: 70 },
  { label: "Trung bình", min: 50 },
  { label: "Yếu", min: 0 },
];

/** Letterhead lines above the table that are not its title. */
const LETTERHEAD = /^(cong hoa xa hoi|doc lap|uy ban nhan dan|ubnd|so:|so \d|phu luc\b.{0,6}$|\(?kem theo|.{0,40}, ngay \d)/;

/** The table's title: the first line above the header that is not letterhead. */
function titleAbove(rows: TableCell[][], headerRow: number): { title: string; text: string } {
  const lines = rows
    .slice(0, headerRow)
    .map((r) => (Array.isArray(r) ? r.map((c) => oneLine(c)).filter((t) => t !== "").join(" ") : ""))
    .filter((t) => t !== "");
  const title = lines.find((l) => !LETTERHEAD.test(fold(l))) ?? "";
  return { title: title.slice(0, 200), text: lines.join("\n") };
}

/** An id from the title: unaccented words joined by "-", cut at a word end within 50 characters. */
export function slug(text: string): string {
  let s = fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (s.length > 50) s = s.slice(0, s.lastIndexOf("-", 50) > 0 ? s.lastIndexOf("-", 50) : 50);
  return s === "" ? "nhap-tu-bang" : s;
}

const byRow = (a: ImportFinding, b: ImportFinding): number => (a.row ?? 0) - (b.row ?? 0);

/**
 * Read an official appendix table (from an Excel range, an .xlsx sheet or text pasted from Word)
 * into a template. The header is found by its text; rows are recognised by their numbering
 * (Phần I / I / 1 / 1.1 / a / - / +); every problem found is returned as a finding naming its row.
 * Text is kept as written (a name starting with "=" stays text: the sheet writer escapes it).
 */
export function importTable(rows: TableCell[][], opts: ImportOptions = {}): ImportResult {
  const table = Array.isArray(rows) ? rows.map((r) => (Array.isArray(r) ? r : [])) : [];
  const header = detectHeader(table);
  if (!header) return { template: null, findings: [{ code: "noHeader", row: null, lookedFor: HEADERS_LOOKED_FOR }] };

  const read = readRows(table, header, opts.firstRowNumber ?? 1);
  if (read.stopped) return { template: null, findings: read.findings.sort(byRow) };

  const above = titleAbove(table, header.headerRow);
  const title = opts.title ?? (above.title || "Bộ chỉ số nhập từ bảng");
  const built = assemble(read.parts, read.totals, read.factors, above.title || title, opts);
  const findings = [...read.findings, ...built.findings].sort(byRow);
  if (built.parts.length === 0) return { template: null, findings: [...findings, { code: "noItems", row: null }] };

  if (!opts.bands) findings.push({ code: "defaultBands", row: null });
  const year = /\b(20\d{2})\b/.exec(above.text);
  const input: TemplateInput = {
    id: opts.id ?? slug(title),
    version: "1.0.0",
    title,
    province: opts.province ?? "",
    year: opts.year ?? (year ? Number(year[1]) : new Date().getFullYear()),
    appraisingBody: opts.appraisingBody,
    legalBasis: [],
    provisional: false,
    provisionalNote: "",
    parts: built.parts,
    adjustments: built.adjustments,
    bands: opts.bands ?? DEFAULT_BANDS,
  };
  const parsed = parseTemplate(input);
  if (!parsed.ok) {
    return { template: null, findings: [...findings, { code: "invalidTemplate", row: null, details: parsed.issues.map((i) => templateIssueMessage(i)) }] };
  }
  return { template: parsed.value, findings };
}
