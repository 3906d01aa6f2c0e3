import { classifyCode, factorOfResultRow, headingOf, isDateLine, isFooter, isFootnote, isResultRow, isTotalRow, leadingCode, type RowCode } from "./classify";
import type { Header } from "./header";
import { LIMITS } from "./limits";
import { newNode, rankOf, type Node } from "./node";
import { fold, multiLine, oneLine } from "./normalize";
import { parsePoints } from "./points";
import type { ImportFinding, TableCell } from "./types";

/** A totals row ("Tổng cộng", "Cộng"): checked against the sums once the tree is built. */
export interface TotalRow {
  row: number;
  value: number;
  /** The part and field open when the row was met. */
  part: Node | null;
  field: Node | null;
}

/** A converted-points row that states the factor of the part above it. */
export interface FactorRow {
  part: Node | null;
  factor: number;
}

export interface ReadResult {
  /** Top-level nodes: parts (an implicit one when the table has no part heading). */
  parts: Node[];
  totals: TotalRow[];
  factors: FactorRow[];
  findings: ImportFinding[];
  /** Set when the input was refused as a whole. */
  stopped: boolean;
}

const cellAt = (row: TableCell[] | undefined, col: number | undefined): TableCell => (col === undefined || !row ? null : (row[col] ?? null));

/** Nesting by rank: the stack holds the open rows, deepest last. */
class Tree {
  readonly parts: Node[] = [];
  private stack: Node[] = [];

  open(node: Node): void {
    const rank = rankOf(node);
    while (this.stack.length > 0 && rankOf(this.stack[this.stack.length - 1]) >= rank) this.stack.pop();
    if (node.kind === "part") {
      this.parts.push(node);
    } else {
      if (this.stack.length === 0) {
        const implicit = newNode({ kind: "part", name: "", row: node.row });
        this.parts.push(implicit);
        this.stack.push(implicit);
      }
      this.stack[this.stack.length - 1].children.push(node);
    }
    this.stack.push(node);
  }

  /** The innermost open node of a kind, for totals rows. */
  openOf(kind: Node["kind"]): Node | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].kind === kind) return this.stack[i];
    return null;
  }
}

/** The node a row opens, from its code and content; null when the row is not an item row. */
function nodeFor(code: RowCode, name: string, row: number, hasPoints: boolean): Node | null {
  const heading = headingOf(fold(name));
  const adjustable = code.kind === "none" || code.kind === "roman" || code.kind === "part" || (code.kind === "letter" && code.upper);
  if (adjustable && heading && heading.kind !== "part") {
    const codeText = code.kind === "roman" || code.kind === "letter" || code.kind === "part" ? code.code : null;
    return newNode({ kind: "adjustment", adjustmentKind: heading.kind, code: codeText, name, row });
  }
  switch (code.kind) {
    case "part":
      return newNode({ kind: "part", code: code.code, name, row });
    case "roman":
    case "number":
      return newNode({ kind: code.kind, code: code.code, name, row });
    case "dotted":
      return newNode({ kind: "dotted", code: code.code, depth: code.depth, name, row });
    case "letter":
      if (code.upper && heading?.kind === "part") return newNode({ kind: "part", code: null, name, row });
      return newNode({ kind: "letter", code: code.code, name, row });
    case "bullet":
      return newNode({ kind: "bullet", mark: code.mark, name, row });
    case "none":
      if (heading?.kind === "part") return newNode({ kind: "part", code: null, name, row });
      return hasPoints && name !== "" ? newNode({ kind: "plain", name, row }) : null;
    case "unknown":
      return null;
    default: {
      const never: never = code;
      return never;
    }
  }
}

/**
 * Read the rows under the header into a tree of nodes. Rows that repeat the STT and content of the
 * row above (merged cells), or leave both blank, continue that row: their rule text and points
 * become further lines or levels of its rule.
 */
export function readRows(rows: TableCell[][], header: Header, firstRowNumber: number): ReadResult {
  const { columns } = header;
  const tree = new Tree();
  const totals: TotalRow[] = [];
  const factors: FactorRow[] = [];
  const findings: ImportFinding[] = [];
  let last: Node | null = null;
  let dataRows = 0;
  let unrecognisedRun = 0;
  let unrecognised = 0;

  for (let r = header.dataStart; r < rows.length; r++) {
    const cells = rows[r];
    const rowNo = r + firstRowNumber;
    const stt = oneLine(cellAt(cells, columns.stt));
    const nameCell = cellAt(cells, columns.name);
    const maxCell = cellAt(cells, columns.max);
    let ruleText = multiLine(cellAt(cells, columns.rule));
    let name = oneLine(nameCell);
    let methodText = oneLine(cellAt(cells, columns.method));
    let evidenceText = oneLine(cellAt(cells, columns.evidence));
    const stepsText = oneLine(cellAt(cells, columns.steps));
    const maxText = oneLine(maxCell);
    if (stt === "" && name === "" && maxText === "" && ruleText === "" && methodText === "" && evidenceText === "" && stepsText === "") continue;

    if (++dataRows > LIMITS.maxDataRows) {
      findings.push({ code: "tooLarge", row: rowNo, limit: LIMITS.maxDataRows });
      return { parts: tree.parts, totals, factors, findings, stopped: true };
    }

    // A cell merged across columns may repeat the content in every column it covers.
    const sameAsName = (t: string): boolean => t !== "" && t === name;
    const points = sameAsName(maxText) ? ({ kind: "none" } as const) : parsePoints(maxCell);
    if (sameAsName(ruleText)) ruleText = "";
    if (sameAsName(methodText)) methodText = "";
    if (sameAsName(evidenceText)) evidenceText = "";
    const sttText = sameAsName(stt) ? "" : stt;

    if (sttText === "" && isFooter(fold(name))) break;
    if (sttText === "" && name === "" && [ruleText, methodText, evidenceText].some((t) => isDateLine(fold(t)) || isFooter(fold(t)))) break;

    let code = classifyCode(sttText);
    const lead = leadingCode(name);
    if (code.kind === "none" && lead) {
      code = lead.code;
      name = lead.rest;
    } else if (lead && code.kind !== "none" && JSON.stringify(lead.code) === JSON.stringify(code)) {
      name = lead.rest;
    } else if (code.kind === "part" && name === "") {
      // "PHẦN I. CHỈ SỐ …" written across the STT and content columns, the text in the first.
      name = leadingCode(sttText)?.rest ?? "";
    }
    // Without a rule column, a multi-line content cell carries the rule under its first line.
    if (columns.rule === undefined) {
      const lines = multiLine(nameCell).split("\n");
      if (lines.length > 1) {
        const first = leadingCode(lines[0]);
        name = first && code.kind !== "none" ? first.rest : lines[0];
        ruleText = lines.slice(1).join("\n");
      }
    }

    const foldedName = fold(name);
    if ((code.kind === "none" || code.kind === "unknown") && (isTotalRow(foldedName) || isTotalRow(fold(sttText)))) {
      if (points.kind === "value") totals.push({ row: rowNo, value: points.value, part: tree.openOf("part"), field: tree.openOf("roman") });
      continue;
    }
    if ((code.kind === "none" || code.kind === "unknown") && isResultRow(foldedName)) {
      const factor = factorOfResultRow(foldedName);
      if (factor !== null) factors.push({ part: tree.openOf("part"), factor });
      continue;
    }
    if ((code.kind === "none" || code.kind === "unknown") && (isFootnote(foldedName) || isFootnote(fold(sttText)))) continue;

    if (points.kind === "invalid") findings.push({ code: "badPoints", row: rowNo, text: points.text });
    const value = points.kind === "value" ? points.value : null;

    const continues =
      last !== null &&
      code.kind !== "bullet" &&
      (sttText === "" || sttText === last.sttRaw) &&
      (oneLine(nameCell) === "" || oneLine(nameCell) === last.nameRaw);
    if (continues && last) {
      if (ruleText !== "" || value !== null) {
        const levelPoints = value !== null && last.points !== null && value !== last.points ? value : null;
        if (last.points === null && value !== null && last.rule.length === 0) last.points = value;
        else if (ruleText !== "" && !last.rule.some((l) => l.text === ruleText)) last.rule.push({ text: ruleText, points: levelPoints });
        else if (ruleText === "" && levelPoints !== null) last.rule.push({ text: "", points: levelPoints });
      }
      if (methodText !== "" && !last.methodText.includes(methodText)) last.methodText.push(methodText);
      if (evidenceText !== "" && !last.evidenceText.includes(evidenceText)) last.evidenceText.push(evidenceText);
      if (stepsText !== "" && last.stepsText === "") last.stepsText = stepsText;
      continue;
    }

    const node = nodeFor(code, name, rowNo, value !== null);
    if (!node) {
      unrecognised++;
      findings.push({ code: "unrecognisedRow", row: rowNo, text: [sttText, oneLine(nameCell), maxText].filter((t) => t !== "").join(" | ").slice(0, 120) });
      if (++unrecognisedRun > LIMITS.maxUnrecognisedRun) {
        findings.push({ code: "notATable", row: rowNo, unrecognised });
        return { parts: tree.parts, totals, factors, findings, stopped: true };
      }
      continue;
    }
    unrecognisedRun = 0;
    node.points = value;
    node.sttRaw = sttText;
    node.nameRaw = oneLine(nameCell);
    if (ruleText !== "") node.rule.push({ text: ruleText, points: null });
    if (methodText !== "") node.methodText.push(methodText);
    if (evidenceText !== "") node.evidenceText.push(evidenceText);
    node.stepsText = stepsText;
    tree.open(node);
    last = node;
  }
  return { parts: tree.parts, totals, factors, findings, stopped: false };
}
