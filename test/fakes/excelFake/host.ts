import { type Rect, parseArea, qualified, rectAddress } from "./addresses";
import { Calculator } from "./calc";
import { officeValue } from "./cells";
import { type ChangeHandler, type HostLink, FakeRequestContext, type RunStats } from "./client";
import { officeError } from "./errors";
import { formulaForArea } from "../../../src/sheet/address";
import type { FormatKey, FormatValue } from "./format";
import { formulaOf, interpretInput } from "./input";
import { type CellValidation, type SheetModel, WorkbookModel } from "./model";
import { FakeWorkbook } from "./workbook";

/**
 * An Excel host in memory: what `Excel` and `Office` are to the code under test, plus what a test
 * needs to arrange (sheets, protection, an old Excel, a cell in edit mode) and to inspect (values,
 * formats, rules, syncs and operations per Excel.run).
 */
export interface FakeHostOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.8" for Excel 2019. Default "1.17". */
  apiVersion?: string;
  /** Sheets already in the workbook; default one empty "Sheet1". */
  sheets?: Array<{
    name: string;
    visibility?: "Visible" | "Hidden" | "VeryHidden";
    /** Protected with these options (all cells locked unless `unlocked`). */
    protected?: Excel.WorksheetProtectionOptions | true;
    /** Cells typed in, by A1 address: "A1": 5, "B2": "=A1*2". */
    cells?: Record<string, string | number | boolean>;
    unlocked?: string[];
  }>;
  /** Excel on the web refuses a request over 5 MB; default: no limit. */
  maxRequestBytes?: number;
  maxRangeAreasAddress?: number;
}

export class FakeExcelRequestContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook = new FakeWorkbook(this);
}

type Batch<T> = (context: FakeExcelRequestContext) => Promise<T>;

export class FakeExcelHost implements HostLink {
  readonly model = new WorkbookModel();
  readonly calc = new Calculator(this.model);
  apiVersion: string;
  /** While true, every sync fails as Excel does when the user is typing in a cell. */
  editMode = false;
  /** Fault injection for tests: make the operations with a matching label fail at sync. */
  failOn?: (label: string) => boolean;
  maxRequestBytes: number;
  readonly maxRangeAreasAddress: number;
  readonly totals = { runs: 0, syncs: 0, operations: 0 };
  /** Operations by kind ("Range.values", "Worksheet.getRange()"…), over all runs: where the cost goes. */
  readonly operationsByLabel = new Map<string, number>();
  /** One entry per Excel.run, in order. */
  readonly runs: RunStats[] = [];
  private readonly handlers = new Map<string, Set<ChangeHandler>>();
  private changed = new Map<string, Rect>();
  private pendingEvents: Array<Promise<unknown>> = [];

  /** The `Excel` namespace as the code under test sees it. */
  readonly excel = {
    run: <T>(...args: unknown[]): Promise<T> => this.run<T>(args),
  };

  /** The `Office` namespace: requirement sets and onReady. */
  readonly office = {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          name.toLowerCase() === "excelapi" && this.supports(minVersion === undefined ? "1.1" : String(minVersion)),
      },
    },
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  constructor(options: FakeHostOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.maxRequestBytes = options.maxRequestBytes ?? Infinity;
    this.maxRangeAreasAddress = options.maxRangeAreasAddress ?? 8192;
    for (const s of options.sheets ?? [{ name: "Sheet1" }]) this.arrangeSheet(s);
  }

  private arrangeSheet(s: NonNullable<FakeHostOptions["sheets"]>[number]): void {
    const sheet = this.model.addSheet(s.name);
    for (const [address, value] of Object.entries(s.cells ?? {})) {
      const { row, col } = firstCell(address);
      sheet.ensure(row, col).input = interpretInput(value, false, address) ?? null;
    }
    for (const address of s.unlocked ?? []) sheet.setFormat(parseArea(address).rect, "protection.locked", false);
    if (s.visibility) sheet.visibility = s.visibility;
    if (s.protected) sheet.protection = { protected: true, options: s.protected === true ? {} : { ...s.protected } };
    this.model.revision++;
  }

  // ---- HostLink -------------------------------------------------------------------------------

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  beforeApply(requestBytes: number): void {
    if (this.editMode) throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    if (requestBytes > this.maxRequestBytes) throw officeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
  }

  afterApply(): void {
    const changed = this.changed;
    this.changed = new Map();
    for (const [sheetId, rect] of changed) this.fire(sheetId, rect, "ThisLocalAddin", true);
  }

  countOperation(label: string): void {
    this.totals.operations++;
    this.operationsByLabel.set(label, (this.operationsByLabel.get(label) ?? 0) + 1);
  }

  countSync(): void {
    this.totals.syncs++;
  }

  registerHandler(sheetId: string, handler: ChangeHandler): void {
    if (!this.handlers.has(sheetId)) this.handlers.set(sheetId, new Set());
    this.handlers.get(sheetId)!.add(handler);
  }

  removeHandler(sheetId: string, handler: ChangeHandler): void {
    this.handlers.get(sheetId)?.delete(handler);
  }

  noteChange(sheetId: string, row: number, col: number): void {
    const r = this.changed.get(sheetId);
    this.changed.set(
      sheetId,
      r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col },
    );
  }

  // ---- Excel.run ------------------------------------------------------------------------------

  private async run<T>(args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
    const context = this.contextFor(args.length > 1 ? args[0] : undefined);
    this.totals.runs++;
    this.runs.push(context.stats);
    const result = await (batch as Batch<T>)(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** Excel.run(object, batch) and Excel.run(context, batch) reuse that object's context. */
  private contextFor(first: unknown): FakeExcelRequestContext {
    const from = (x: unknown) => (x instanceof FakeExcelRequestContext ? x : x && typeof x === "object" && "context" in x && x.context instanceof FakeExcelRequestContext ? x.context : null);
    if (Array.isArray(first)) return from(first[0]) ?? new FakeExcelRequestContext(this);
    return from(first) ?? new FakeExcelRequestContext(this);
  }

  /** Put `Excel` and `Office` on a global object (globalThis in jest, window in a browser). */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const before = { Excel: target.Excel, Office: target.Office };
    target.Excel = this.excel;
    target.Office = this.office;
    return () => {
      target.Excel = before.Excel;
      target.Office = before.Office;
      this.calc.dispose();
    };
  }

  // ---- For tests: arrange ----------------------------------------------------------------------

  protectSheet(name: string, options: Excel.WorksheetProtectionOptions = {}): void {
    this.sheet(name).protection = { protected: true, options: { ...options } };
  }

  /**
   * Type into cells as a user would (not through the API): locked cells of a protected sheet refuse,
   * and onChanged handlers run; resolves when they have.
   */
  async userEdit(sheetName: string, address: string, value: string | number | boolean | null): Promise<void> {
    const sheet = this.sheet(sheetName);
    const rect = parseArea(address).rect;
    for (let row = rect.top; row <= rect.bottom; row++)
      for (let col = rect.left; col <= rect.right; col++) {
        if (sheet.protection.protected && sheet.formatValue(row, col, "protection.locked")) {
          throw officeError("AccessDenied", `The cell ${rectAddress({ top: row, left: col, bottom: row, right: col })} is locked on a protected sheet.`);
        }
        const text = sheet.formatValue(row, col, "numberFormat") === "@";
        const input = value === null ? null : interpretInput(value, text, address);
        if (input !== undefined) sheet.ensure(row, col).input = input;
      }
    this.model.revision++;
    this.fire(sheet.id, rect, "Unknown", false);
    await this.flushEvents();
  }

  /** Resolves once every onChanged handler started so far has finished. */
  async flushEvents(): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
    while (this.pendingEvents.length) {
      const list = this.pendingEvents;
      this.pendingEvents = [];
      await Promise.all(list);
    }
  }

  private fire(sheetId: string, rect: Rect, trigger: "ThisLocalAddin" | "Unknown", later: boolean): void {
    const handlers = [...(this.handlers.get(sheetId) ?? [])];
    if (handlers.length === 0) return;
    const args = {
      type: "WorksheetChanged",
      worksheetId: sheetId,
      address: rectAddress(rect),
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: trigger,
    } as unknown as Excel.WorksheetChangedEventArgs;
    const call = () => Promise.all(handlers.map((h) => Promise.resolve().then(() => h(args))));
    this.pendingEvents.push(later ? new Promise((r) => setTimeout(r, 0)).then(call) : call());
  }

  // ---- For tests: inspect ----------------------------------------------------------------------

  sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name} (sheets: ${this.model.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  /** Values as range.values reads them: computed, "" for blank, "#N/A" strings for errors. */
  values(sheetName: string, address: string): Array<Array<string | number | boolean>> {
    const sheet = this.sheet(sheetName);
    return this.grid(address, (row, col) => officeValue(this.calc.value(sheet, row, col)));
  }

  value(sheetName: string, address: string): string | number | boolean {
    return this.values(sheetName, address)[0][0];
  }

  formulas(sheetName: string, address: string): Array<Array<string | number | boolean>> {
    const sheet = this.sheet(sheetName);
    return this.grid(address, (row, col) => formulaOf(sheet.get(row, col)?.input ?? null) as string | number | boolean);
  }

  format(sheetName: string, address: string, key: FormatKey): FormatValue {
    const { row, col } = firstCell(address);
    return this.sheet(sheetName).formatValue(row, col, key);
  }

  validationAt(sheetName: string, address: string): CellValidation | undefined {
    const { row, col } = firstCell(address);
    return this.sheet(sheetName).get(row, col)?.validation;
  }

  /** Conditional formats covering a cell, their formulas translated to that cell as Excel applies them. */
  conditionalFormatsAt(sheetName: string, address: string): Array<{ formula: string; fill?: string; fontColor?: string }> {
    const { row, col } = firstCell(address);
    return this.sheet(sheetName)
      .conditionalFormats.filter((cf) => cf.rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right))
      .map((cf) => ({
        formula: formulaForArea(cf.formula, { row: cf.rects[0].top, col: cf.rects[0].left }, { row, col }),
        fill: cf.fill,
        fontColor: cf.fontColor,
      }));
  }

  /** Formula cells whose value is an error HyperFormula gives for what it cannot compute. */
  formulaProblems(sheetName?: string): Array<{ address: string; formula: string; value: string; detail?: string }> {
    const out: Array<{ address: string; formula: string; value: string; detail?: string }> = [];
    for (const sheet of this.model.sheets) {
      if (sheetName && sheet.name !== sheetName) continue;
      for (const { row, col, cell } of sheet.cellsIn(sheet.usedRect(true) ?? { top: 1, left: 1, bottom: 1, right: 1 })) {
        if (cell.input?.kind !== "formula") continue;
        const v = this.calc.value(sheet, row, col);
        if (v && typeof v === "object" && ["#ERROR!", "#NAME?", "#REF!", "#CYCLE!", "#LIC!"].includes(v.error)) {
          out.push({ address: qualified(sheet.name, { top: row, left: col, bottom: row, right: col }), formula: cell.input.formula, value: v.error, detail: this.calc.detail(sheet, row, col) });
        }
      }
    }
    return out;
  }

  private grid<V>(address: string, cell: (row: number, col: number) => V): V[][] {
    const r = parseArea(address).rect;
    const out: V[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: V[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(cell(row, col));
      out.push(line);
    }
    return out;
  }
}

function firstCell(address: string): { row: number; col: number } {
  const r = parseArea(address).rect;
  return { row: r.top, col: r.left };
}

/** "1.10" is later than "1.9": compare part by part as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
