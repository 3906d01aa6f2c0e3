import { detectCapabilities, type Capabilities } from "./capabilities";
import { failureOf, type ExcelFailure } from "./problems";
import type { ActionOutcome } from "./select";

/**
 * Call onChange after each change on the sheet while the pane is open (worksheet onChanged,
 * ExcelApi 1.7). The UI debounces; on the web, picks from a dropdown do not fire (office-js #3888).
 */
export type WatchOutcome = { kind: "watching"; stop: () => Promise<ActionOutcome> } | ExcelFailure;

export async function watchSheet(sheetName: string, onChange: () => void, caps: Capabilities = detectCapabilities()): Promise<WatchOutcome> {
  if (!caps.events) return { kind: "error", problem: { code: "unsupported", feature: "events" } };
  try {
    const handler = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => onChange());
      await context.sync();
      return result;
    });
    const stop = async (): Promise<ActionOutcome> => {
      try {
        await Excel.run(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        });
        return { kind: "done" };
      } catch (e) {
        return failureOf(e);
      }
    };
    return { kind: "watching", stop };
  } catch (e) {
    return failureOf(e, sheetName);
  }
}
