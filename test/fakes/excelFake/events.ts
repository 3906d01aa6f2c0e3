import type { ChangeHandler, FakeRequestContext } from "./client";
import type { SheetModel } from "./model";
import type { Shape } from "./shape";

/** worksheet.onChanged (ExcelApi 1.7): handlers register and unregister at sync, as in Office. */
export class FakeEventHandlerResult implements Shape<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>, "remove"> {
  constructor(
    readonly context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
    private readonly handler: ChangeHandler,
  ) {}

  remove(): void {
    this.context.enqueue("EventHandlerResult.remove()", () => this.context.host.removeHandler(this.sheet().id, this.handler), "1.7");
  }
}

export class FakeEventHandlers implements Shape<OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>, "add"> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {}

  add(handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>): FakeEventHandlerResult {
    this.context.enqueue("EventHandlers.add()", () => this.context.host.registerHandler(this.sheet().id, handler), "1.7");
    return new FakeEventHandlerResult(this.context, this.sheet, handler);
  }
}
