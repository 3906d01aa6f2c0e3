import { failureOf, type ExcelFailure } from "./problems";

export type ActionOutcome = { kind: "done" } | ExcelFailure;

/** Show a cell to the user: activate its sheet and select it (one batch, one sync). */
export async function selectCell(sheetName: string, address: string): Promise<ActionOutcome> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
    return { kind: "done" };
  } catch (e) {
    return failureOf(e, sheetName);
  }
}
