import { type Rect, MAX_COLS, MAX_ROWS, parseArea, parseAreas } from "./addresses";
import type { RangeTarget } from "./cells";
import { FakeClientObject, type FakeRequestContext } from "./client";
import { officeError } from "./errors";
import { FakeEventHandlers } from "./events";
import { renameSheet, type SheetModel, type WorkbookModel } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakePageLayout } from "./pageLayout";
import { FakeRange, FakeRangeAreas, setWorksheetFactory } from "./range";
import type { Shape } from "./shape";

export class FakeWorksheetProtection
  extends FakeClientObject<SheetModel>
  implements Shape<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect">
{
  protected readonly typeName = "WorksheetProtection";
  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    return { protected: (t) => t.protection.protected, options: (t) => ({ ...t.protection.options }) };
  }
  get protected(): boolean { return this.read("protected"); }
  get options(): Excel.WorksheetProtectionOptions { return this.read("options"); }

  /** Excel refuses to protect a protected sheet: callers must read `protected` first. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.invoke("protect", "1.2", (t) => {
      if (t.protection.protected) throw officeError("InvalidOperation", "The worksheet is already protected.", "WorksheetProtection.protect");
      t.protection = { protected: true, options: { ...(options ?? {}) } };
      passwords.set(t, password ?? "");
    }, options);
  }

  unprotect(password?: string): void {
    this.invoke("unprotect", "1.7", (t) => {
      if (!t.protection.protected) throw officeError("InvalidOperation", "The worksheet is not protected.", "WorksheetProtection.unprotect");
      if ((passwords.get(t) ?? "") !== (password ?? "")) throw officeError("InvalidArgument", "The password is incorrect.", "WorksheetProtection.unprotect");
      t.protection = { protected: false, options: {} };
    });
  }
}

const passwords = new WeakMap<SheetModel, string>();

export class FakeWorksheetFreezePanes
  extends FakeClientObject<SheetModel>
  implements Shape<Excel.WorksheetFreezePanes, "freezeAt" | "freezeRows" | "freezeColumns" | "unfreeze">
{
  protected readonly typeName = "WorksheetFreezePanes";
  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    return {};
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    this.invoke("freezeAt", "1.7", (t) => {
      const r = typeof frozenRange === "string" ? parseArea(frozenRange).rect : (frozenRange as unknown as FakeRange).resolveTarget().rects[0];
      t.freeze = { rows: r.bottom === MAX_ROWS ? 0 : r.bottom, cols: r.right === MAX_COLS ? 0 : r.right };
    }, typeof frozenRange === "string" ? frozenRange : undefined);
  }
  freezeRows(count?: number): void {
    this.invoke("freezeRows", "1.7", (t) => void (t.freeze = { rows: count ?? 1, cols: 0 }), count);
  }
  freezeColumns(count?: number): void {
    this.invoke("freezeColumns", "1.7", (t) => void (t.freeze = { rows: 0, cols: count ?? 1 }), count);
  }
  unfreeze(): void {
    this.invoke("unfreeze", "1.7", (t) => void (t.freeze = null));
  }
}

const WHOLE: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };

export class FakeWorksheet
  extends FakeClientObject<SheetModel>
  implements
    Shape<
      Excel.Worksheet,
      | "name"
      | "id"
      | "position"
      | "visibility"
      | "tabColor"
      | "showGridlines"
      | "protection"
      | "freezePanes"
      | "pageLayout"
      | "names"
      | "onChanged"
      | "activate"
      | "delete"
      | "getRange"
      | "getRanges"
      | "getCell"
      | "getRangeByIndexes"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
    >
{
  protected readonly typeName = "Worksheet";
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeWorksheetFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly names: FakeNamedItemCollection;
  readonly onChanged: FakeEventHandlers;

  constructor(context: FakeRequestContext, locate: () => SheetModel | null, orNull = false) {
    super(context, locate, orNull);
    const sheet = () => this.resolveTarget();
    this.protection = new FakeWorksheetProtection(context, sheet);
    this.freezePanes = new FakeWorksheetFreezePanes(context, sheet);
    this.pageLayout = new FakePageLayout(context, sheet);
    this.names = new FakeNamedItemCollection(context, () => ({ wb: context.host.model, sheet: this.resolveTarget() }));
    this.onChanged = new FakeEventHandlers(context, sheet);
  }

  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    const children: Record<string, FakeClientObject<unknown>> = {
      protection: this.protection as FakeClientObject<unknown>,
      pageLayout: this.pageLayout as FakeClientObject<unknown>,
      names: this.names as FakeClientObject<unknown>,
    };
    return children[name];
  }

  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    return {
      name: (t) => t.name,
      id: (t) => t.id,
      position: (t) => this.model.sheets.indexOf(t),
      visibility: (t) => t.visibility,
      tabColor: () => "",
      showGridlines: () => true,
    };
  }

  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.write("name", v, "1.1", (t) => renameSheet(this.model, t, v));
  }
  get id(): string { return this.read("id"); }
  get position(): number { return this.read("position"); }
  set position(v: number) {
    this.write("position", v, "1.1", (t) => {
      const list = this.model.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= list.length) throw officeError("InvalidArgument", `Invalid position ${v}.`, "Worksheet.position");
      list.splice(list.indexOf(t), 1);
      list.splice(v, 0, t);
    });
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" { return this.read("visibility"); }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write("visibility", v, "1.1", (t) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw officeError("InvalidArgument", `Invalid visibility ${String(v)}.`, "Worksheet.visibility");
      if (v !== "Visible" && t.visibility === "Visible" && this.model.visibleSheets().length === 1) {
        throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      t.visibility = v;
      if (v !== "Visible" && this.model.activeSheet === t) this.model.activeSheet = this.model.visibleSheets()[0];
    });
  }
  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(v: string) {
    this.write("tabColor", v, "1.7", () => undefined);
  }
  get showGridlines(): boolean { return this.read("showGridlines"); }
  set showGridlines(v: boolean) {
    this.write("showGridlines", v, "1.8", () => undefined);
  }

  activate(): void {
    this.invoke("activate", "1.1", (t) => {
      if (t.visibility !== "Visible") throw officeError("InvalidOperation", "A hidden worksheet cannot be activated.", "Worksheet.activate");
      this.model.activeSheet = t;
    });
  }

  delete(): void {
    this.invoke("delete", "1.1", (t) => this.model.deleteSheet(t));
  }

  private range(label: string, since: string, rects: (t: SheetModel) => Rect[], orNull = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolveTarget();
      const r = rects(sheet);
      return r.length ? { sheet, rects: r } : null;
    }, orNull).queueLookup(label, since);
  }

  getRange(address?: string): FakeRange {
    return this.range("Worksheet.getRange()", "1.1", (t) => {
      if (address === undefined || address === "") return [WHOLE];
      const { sheet, rect } = parseArea(address);
      if (sheet !== undefined && sheet.toLowerCase() !== t.name.toLowerCase()) throw officeError("InvalidArgument", `The address ${address} is on another sheet.`, "Worksheet.getRange");
      return [rect];
    });
  }

  getRanges(address?: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, (): RangeTarget => {
      const sheet = this.resolveTarget();
      if (address === undefined || address === "") return { sheet, rects: [WHOLE] };
      if (address.length > this.context.host.maxRangeAreasAddress) {
        throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address of ${address.length} characters).`, "Worksheet.getRanges");
      }
      return { sheet, rects: parseAreas(address).map((a) => a.rect) };
    });
    return areas.queueLookup("Worksheet.getRanges()", "1.9");
  }

  getCell(row: number, column: number): FakeRange {
    return this.range("Worksheet.getCell()", "1.1", () => [{ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }]);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range("Worksheet.getRangeByIndexes()", "1.7", () => [
      { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount },
    ]);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range("Worksheet.getUsedRange()", "1.1", (t) => [t.usedRect(valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 }]);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range("Worksheet.getUsedRangeOrNullObject()", "1.4", (t) => {
      const r = t.usedRect(valuesOnly ?? false);
      return r ? [r] : [];
    }, true);
  }
}

setWorksheetFactory((context, locate) => new FakeWorksheet(context, locate));

export class FakeWorksheetCollection
  extends FakeClientObject<WorkbookModel>
  implements Shape<Excel.WorksheetCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet">
{
  protected readonly typeName = "WorksheetCollection";
  private loadedItems: FakeWorksheet[] | null = null;

  protected override scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return {};
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) return this.read("items");
    return this.loadedItems;
  }

  override applyLoad(paths: string[][] | "all"): void {
    const wb = this.resolveTarget();
    this.loadedItems = wb.sheets.map((s) => new FakeWorksheet(this.context, () => s));
    const sub = paths === "all" ? [] : paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of this.loadedItems) item.applyLoad(sub.length === 0 ? "all" : sub);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.invoke("add", "1.1", (wb) => void (created = wb.addSheet(name)), name);
    return new FakeWorksheet(this.context, () => created);
  }

  private byKey(wb: WorkbookModel, key: string): SheetModel | null {
    return wb.sheetByName(key) ?? wb.sheetById(key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.byKey(this.resolveTarget(), key)).queueLookup("WorksheetCollection.getItem()", "1.1");
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.byKey(this.resolveTarget(), key), true).queueLookup("WorksheetCollection.getItemOrNullObject()", "1.4");
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolveTarget().activeSheet).queueLookup("WorksheetCollection.getActiveWorksheet()", "1.1");
  }
}
