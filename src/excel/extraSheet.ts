import type { SheetPlan, WorkbookPlan } from "../sheet/plan";
import { queueFreeze } from "./applyPlan";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { failureOf, type ExcelNote } from "./problems";
import { protectionOptions } from "./protect";
import { queueCells } from "./writeCells";
import { queuePrint } from "./writePrint";
import { queueConditionalFormats, queueValidations } from "./writeRules";
import { queueLayout, queueStyles } from "./writeStyles";
import type { WorkbookFailure } from "./workbookProblems";

/**
 * One generated sheet ("Bảng giải trình", "Mục không khớp") written beside the scoring sheet with
 * the same writers as the plan injection. A sheet of that name is only replaced once the user has
 * said so; it is renamed aside first and deleted last, so that a failure leaves it in place.
 */
export type ExtraSheetOutcome = { kind: "inserted"; sheetName: string; replaced: boolean; notes: ExcelNote[] } | { kind: "exists"; sheetName: string } | WorkbookFailure;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function insertExtraSheet(
  sheet: SheetPlan,
  look: Pick<WorkbookPlan, "styles" | "font">,
  replace: boolean,
  caps: Capabilities = detectCapabilities(),
): Promise<ExtraSheetOutcome> {
  let aside: { id: string; name: string } | null = null;
  let added = false;
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const existing = sheets.items.find((s) => same(s.name, sheet.name));
      if (existing && !replace) return { kind: "exists", sheetName: existing.name } as const;
      if (existing) {
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        let temp = "CCHC_tam";
        for (let n = 2; taken.has(temp.toLowerCase()); n++) temp = `CCHC_tam_${n}`;
        sheets.getItem(existing.id).name = temp;
        aside = { id: existing.id, name: existing.name };
      }
      added = true;
      const ws = sheets.add(sheet.name);
      const notes: ExcelNote[] = [];
      queueCells(ws, sheet, look);
      queueStyles(ws, sheet, look, caps);
      queueLayout(ws, sheet, caps);
      queueValidations(ws, sheet, caps);
      queueConditionalFormats(ws, sheet, caps);
      if (sheet.freeze && caps.freeze) queueFreeze(ws, sheet.freeze);
      if (sheet.print && caps.pageLayout) {
        queuePrint(ws, sheet.print);
        notes.push({ code: "fitToWidthMayNotApply" });
      } else if (sheet.print) notes.push({ code: "featureSkipped", feature: "pageLayout" });
      if (sheet.protection && caps.protection) ws.protection.protect(protectionOptions(sheet.protection));
      if (sheet.visibility === "hidden") ws.visibility = "Hidden";
      else ws.activate();
      if (aside) sheets.getItem(aside.id).delete();
      await context.sync();
      return { kind: "inserted", sheetName: sheet.name, replaced: aside !== null, notes } as const;
    });
  } catch (e) {
    if (added) await undo(sheet.name, aside);
    return failureOf(e);
  }
}

/** After a failed write: the half-written sheet goes, the one set aside gets its name back. */
async function undo(name: string, aside: { id: string; name: string } | null): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const half = sheets.items.find((s) => same(s.name, name) && s.id !== aside?.id);
      if (half) half.delete();
      const old = aside ? sheets.items.find((s) => s.id === aside!.id) : undefined;
      if (old && aside) old.name = aside.name;
      await context.sync();
    });
  } catch {
    // The failure itself is what the user is told about; a failed clean-up leaves a sheet to delete by hand.
  }
}
