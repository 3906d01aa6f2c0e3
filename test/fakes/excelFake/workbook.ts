import { FakeClientObject, type FakeRequestContext } from "./client";
import type { WorkbookModel } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { FakeWorksheetCollection } from "./worksheet";
import type { Shape } from "./shape";

export class FakeApplication
  extends FakeClientObject<WorkbookModel>
  implements Shape<Excel.Application, "calculationMode" | "suspendApiCalculationUntilNextSync" | "calculate">
{
  protected readonly typeName = "Application";
  protected override scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return { calculationMode: () => "Automatic" };
  }
  get calculationMode(): Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" { return this.read("calculationMode"); }

  /** The fake computes on read, so suspending only counts as the operation it is. */
  suspendApiCalculationUntilNextSync(): void {
    this.invoke("suspendApiCalculationUntilNextSync", "1.6", () => undefined);
  }

  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.invoke("calculate", "1.1", () => undefined, calculationType);
  }
}

export class FakeWorkbook
  extends FakeClientObject<WorkbookModel>
  implements Shape<Excel.Workbook, "worksheets" | "names" | "application" | "getSelectedRange">
{
  protected readonly typeName = "Workbook";
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    const model = () => context.host.model;
    super(context, model);
    this.worksheets = new FakeWorksheetCollection(context, model);
    this.names = new FakeNamedItemCollection(context, () => ({ wb: context.host.model, sheet: null }));
    this.application = new FakeApplication(context, model);
  }

  protected override scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return {};
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    const children: Record<string, FakeClientObject<unknown>> = {
      worksheets: this.worksheets as FakeClientObject<unknown>,
      names: this.names as FakeClientObject<unknown>,
      application: this.application as FakeClientObject<unknown>,
    };
    return children[name];
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sel = this.context.host.model.selection;
      return sel ? { sheet: sel.sheet, rects: [sel.rect] } : null;
    }).queueLookup("Workbook.getSelectedRange()", "1.1");
  }
}
