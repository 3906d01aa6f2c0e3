import { FakeClientObject, type FakeRequestContext } from "./client";
import { officeError } from "./errors";
import { checkDefinedName, type NameModel, type SheetModel, type WorkbookModel } from "./model";
import type { FakeRange } from "./range";
import { qualified } from "./addresses";
import type { Shape } from "./shape";

/** Defined names (add and delete need ExcelApi 1.4), of the workbook or of one worksheet. */
export interface NameScope {
  wb: WorkbookModel;
  sheet: SheetModel | null;
}

export class FakeNamedItem
  extends FakeClientObject<NameModel>
  implements Shape<Excel.NamedItem, "name" | "formula" | "comment" | "scope" | "type" | "value" | "visible" | "delete">
{
  protected readonly typeName = "NamedItem";

  constructor(context: FakeRequestContext, locate: () => NameModel | null, private readonly wb: () => WorkbookModel, orNull = false) {
    super(context, locate, orNull);
  }

  protected override scalars(): Record<string, (t: NameModel) => unknown> {
    return {
      name: (t) => t.name,
      formula: (t) => t.formula,
      comment: (t) => t.comment,
      scope: (t) => (t.scope ? "Worksheet" : "Workbook"),
      type: () => "Range",
      value: (t) => t.formula.replace(/^=/, ""),
      visible: (t) => t.visible,
    };
  }

  get name(): string { return this.read("name"); }
  get value(): unknown { return this.read("value"); }
  get type(): Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array" { return this.read("type"); }
  get scope(): Excel.NamedItemScope | "Worksheet" | "Workbook" { return this.read("scope"); }
  get formula(): string { return this.read("formula"); }
  set formula(v: string) {
    this.write("formula", v, "1.7", (t) => {
      t.formula = v.startsWith("=") ? v : `=${v}`;
      this.wb().revision++;
    });
  }
  get comment(): string { return this.read("comment"); }
  set comment(v: string) {
    this.write("comment", v, "1.4", (t) => void (t.comment = v));
  }
  get visible(): boolean { return this.read("visible"); }
  set visible(v: boolean) {
    this.write("visible", v, "1.1", (t) => void (t.visible = v));
  }

  delete(): void {
    this.invoke("delete", "1.4", (t) => {
      const wb = this.wb();
      wb.names.splice(wb.names.indexOf(t), 1);
      wb.revision++;
    });
  }
}

export class FakeNamedItemCollection extends FakeClientObject<NameScope> implements Shape<Excel.NamedItemCollection, "items" | "add" | "getItem" | "getItemOrNullObject"> {
  protected readonly typeName = "NamedItemCollection";
  private loadedItems: FakeNamedItem[] | null = null;

  constructor(context: FakeRequestContext, private readonly locateScope: () => NameScope | null) {
    super(context, locateScope);
  }

  protected override scalars(): Record<string, (t: NameScope) => unknown> {
    return {};
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) return this.read("items");
    return this.loadedItems;
  }

  override applyLoad(paths: string[][] | "all"): void {
    const scope = this.resolveTarget();
    const list = scope.wb.nameScopeList(scope.sheet);
    this.loadedItems = list.map((n) => new FakeNamedItem(this.context, () => n, () => scope.wb));
    const sub = paths === "all" ? "all" : paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of this.loadedItems) item.applyLoad(sub === "all" || sub.length === 0 ? "all" : sub);
  }

  private find(scope: NameScope, name: string): NameModel | null {
    return scope.wb.nameScopeList(scope.sheet).find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    let created: NameModel | null = null;
    let wb: WorkbookModel | null = null;
    const item = new FakeNamedItem(this.context, () => created, () => wb!);
    this.invoke("add", "1.4", (scope) => {
      checkDefinedName(name);
      if (this.find(scope, name)) throw officeError("ItemAlreadyExists", `The name "${name}" already exists.`, "NamedItemCollection.add");
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const t = (reference as unknown as FakeRange).resolveTarget();
        formula = `=${qualified(t.sheet.name, t.rects[0]).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      if (comment !== undefined && comment.length > 255) throw officeError("InvalidArgument", "A name's comment is limited to 255 characters.", "NamedItemCollection.add");
      created = { name, formula, comment: comment ?? "", scope: scope.sheet, visible: true };
      wb = scope.wb;
      scope.wb.names.push(created);
      scope.wb.revision++;
    }, { name, reference: typeof reference === "string" ? reference : "range", comment });
    return item;
  }

  getItem(name: string): FakeNamedItem {
    let wb: WorkbookModel | null = null;
    return new FakeNamedItem(this.context, () => {
      const scope = this.resolveTarget();
      wb = scope.wb;
      return this.find(scope, name);
    }, () => wb!).queueLookup("NamedItemCollection.getItem()", "1.1");
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    let wb: WorkbookModel | null = null;
    return new FakeNamedItem(
      this.context,
      () => {
        const scope = this.resolveTarget();
        wb = scope.wb;
        return this.find(scope, name);
      },
      () => wb!,
      true,
    ).queueLookup("NamedItemCollection.getItemOrNullObject()", "1.4");
  }
}
