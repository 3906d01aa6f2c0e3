import { type Rect, MAX_COLS, cellCount, contains, isEntireColumn, isEntireRow } from "./addresses";
import { officeError } from "./errors";
import { DEFAULT_FORMAT, type FormatKey, type FormatRecord, type FormatValue } from "./format";

/**
 * The fake workbook's state: plain data that the proxies change at sync() and that tests inspect.
 * Only what a proxy applied is here; nothing a batch queued but did not sync.
 */
export type ErrorValue = { error: string };
export type ScalarValue = number | string | boolean | ErrorValue;

export type CellInput = { kind: "formula"; formula: string } | { kind: "value"; value: ScalarValue };

/** A validation as Excel keeps it per cell: formulas already translated to this cell. */
export interface CellValidation {
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface CellModel {
  input: CellInput | null;
  fmt: FormatRecord;
  validation?: CellValidation;
}

export interface ConditionalFormatModel {
  id: string;
  type: "Custom" | "DataBar";
  rects: Rect[];
  /** Relative to the top-left cell of rects[0]. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** DataBar only. */
  barColor?: string;
  stopIfTrue: boolean;
}

export interface NameModel {
  name: string;
  /** "=Sheet!$A$1" */
  formula: string;
  comment: string;
  /** null: workbook scope. */
  scope: SheetModel | null;
  visible: boolean;
}

export interface PageLayoutModel {
  paperSize: string;
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions;
  /** Points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally: boolean;
  printArea: Rect[] | null;
  titleRows: { first: number; last: number } | null;
  footer: { left: string; center: string; right: string };
  header: { left: string; center: string; right: string };
}

export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

const cellKey = (row: number, col: number): number => row * (MAX_COLS + 1) + col;

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<number, CellModel>();
  readonly layers = { sheet: {} as FormatRecord, cols: new Map<number, FormatRecord>(), rows: new Map<number, FormatRecord>() };
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenCols = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly merges: Rect[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions } = { protected: false, options: {} };
  freeze: { rows: number; cols: number } | null = null;
  readonly pageLayout: PageLayoutModel = {
    paperSize: "Letter",
    orientation: "Portrait",
    zoom: { scale: 100 },
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    centerHorizontally: false,
    printArea: null,
    titleRows: null,
    footer: { left: "", center: "", right: "" },
    header: { left: "", center: "", right: "" },
  };
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(row: number, col: number): CellModel | undefined {
    return this.cells.get(cellKey(row, col));
  }

  ensure(row: number, col: number): CellModel {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { input: null, fmt: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Existing cells inside a rectangle, row by row. */
  *cellsIn(rect: Rect): Generator<{ row: number; col: number; cell: CellModel }> {
    if (cellCount(rect) <= this.cells.size * 4) {
      for (let row = rect.top; row <= rect.bottom; row++)
        for (let col = rect.left; col <= rect.right; col++) {
          const cell = this.get(row, col);
          if (cell) yield { row, col, cell };
        }
      return;
    }
    const found: Array<{ row: number; col: number; cell: CellModel }> = [];
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / (MAX_COLS + 1));
      const col = key % (MAX_COLS + 1);
      if (contains(rect, row, col)) found.push({ row, col, cell });
    }
    found.sort((a, b) => a.row - b.row || a.col - b.col);
    yield* found;
  }

  formatValue(row: number, col: number, key: FormatKey): FormatValue {
    return (
      this.get(row, col)?.fmt[key] ??
      this.layers.rows.get(row)?.[key] ??
      this.layers.cols.get(col)?.[key] ??
      this.layers.sheet[key] ??
      DEFAULT_FORMAT[key]
    );
  }

  /**
   * Whole columns, rows or the sheet go to a layer (as Excel stores column formats), and cells that
   * already exist inside take the value too, as Excel does when a column is formatted.
   */
  setFormat(rect: Rect, key: FormatKey, value: FormatValue): void {
    if (isEntireColumn(rect) && isEntireRow(rect)) {
      this.layers.sheet[key] = value;
      this.layers.cols.forEach((f) => delete f[key]);
      this.layers.rows.forEach((f) => delete f[key]);
    } else if (isEntireColumn(rect)) {
      for (let c = rect.left; c <= rect.right; c++) this.layer(this.layers.cols, c)[key] = value;
    } else if (isEntireRow(rect)) {
      for (let r = rect.top; r <= rect.bottom; r++) this.layer(this.layers.rows, r)[key] = value;
    } else {
      for (let row = rect.top; row <= rect.bottom; row++)
        for (let col = rect.left; col <= rect.right; col++) this.ensure(row, col).fmt[key] = value;
      return;
    }
    for (const { cell } of this.cellsIn(rect)) cell.fmt[key] = value;
  }

  private layer(map: Map<number, FormatRecord>, i: number): FormatRecord {
    let f = map.get(i);
    if (!f) map.set(i, (f = {}));
    return f;
  }

  /** Bounding box of cells with content (and with formatting unless valuesOnly), or null. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (!cell.input && (valuesOnly || Object.keys(cell.fmt).length === 0)) continue;
      const row = Math.floor(key / (MAX_COLS + 1));
      const col = key % (MAX_COLS + 1);
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

export function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: sheet name ${JSON.stringify(name)}.`, "Worksheet.name");
  }
  return name;
}

export function checkDefinedName(name: unknown): string {
  const ok =
    typeof name === "string" &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!ok) throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: name ${JSON.stringify(name)}.`, "NamedItemCollection.add");
  return name;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  /** Bumped on every change of content or names, so that calculation knows when to rebuild. */
  revision = 0;
  private seq = 0;

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    checkSheetName(chosen);
    if (this.sheetByName(chosen)) throw officeError("ItemAlreadyExists", `A worksheet named "${chosen}" already exists.`, "WorksheetCollection.add");
    const sheet = new SheetModel(`{00000000-0001-0000-0000-${String(++this.seq).padStart(12, "0")}}`, chosen);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    this.revision++;
    return sheet;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.names.length - 1; i >= 0; i--) if (this.names[i].scope === sheet) this.names.splice(i, 1);
    // What pointed at the sheet now says #REF!, as in Excel: "=#REF!$E$18".
    rewriteReferences(this, (f) => replaceSheetReferences(f, sheet.name, "#REF"));
    if (this.activeSheet === sheet) this.activeSheet = this.visibleSheets()[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
    this.revision++;
  }

  nameScopeList(scope: SheetModel | null): NameModel[] {
    return this.names.filter((n) => n.scope === scope);
  }
}

/**
 * Renaming a sheet rewrites references to it everywhere, as Excel does: formulas, names,
 * validation rules and conditional formats. String literals are left alone.
 */
export function renameSheet(wb: WorkbookModel, sheet: SheetModel, newName: string): void {
  checkSheetName(newName);
  const clash = wb.sheetByName(newName);
  if (clash && clash !== sheet) throw officeError("ItemAlreadyExists", `A worksheet named "${newName}" already exists.`, "Worksheet.name");
  const oldName = sheet.name;
  sheet.name = newName;
  rewriteReferences(wb, (f) => renameReferences(f, oldName, newName));
}

/** Apply a formula rewrite to every formula of the workbook: cells, rules, formats, names. */
function rewriteReferences(wb: WorkbookModel, fix: (f: string) => string): void {
  for (const s of wb.sheets) {
    for (const cell of s.cells.values()) {
      if (cell.input?.kind === "formula") cell.input = { kind: "formula", formula: fix(cell.input.formula) };
      const rule = cell.validation?.rule as Record<string, Record<string, unknown>> | undefined;
      if (rule)
        for (const body of Object.values(rule))
          for (const k of ["formula1", "formula2", "formula", "source"]) if (typeof body[k] === "string") body[k] = fix(body[k] as string);
    }
    for (const cf of s.conditionalFormats) cf.formula = fix(cf.formula);
  }
  for (const n of wb.names) n.formula = fix(n.formula);
  wb.revision++;
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
const plainName = (name: string) => /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function renameReferences(formula: string, oldName: string, newName: string): string {
  return replaceSheetReferences(formula, oldName, plainName(newName) ? newName : quoted(newName));
}

/** Replace "Sheet!" / "'My sheet'!" prefixes of one sheet by `replacement` + "!". */
function replaceSheetReferences(formula: string, oldName: string, replacement: string): string {
  const forms = [escapeRe(quoted(oldName)), ...(plainName(oldName) ? [escapeRe(oldName)] : [])];
  const re = new RegExp(`(^|[^A-Za-z0-9_.'])(?:${forms.join("|")})!`, "gi");
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(re, (_m, pre: string) => `${pre}${replacement}!`)))
    .join('"');
}
