import type { WorkbookPlan } from "../sheet/plan";
import { writeCells } from "./cells";
import { writeConditionalFormats } from "./conditionalFormats";
import { writeDataBars } from "./dataBars";
import { ExcelJS, type Workbook } from "./exceljs";
import { autoHeightRows, writeLayout } from "./layout";
import { writeNames } from "./names";
import { writePrint } from "./print";
import { writeProtection } from "./protection";
import { checkSheetName } from "./sheetName";
import { excelStyles } from "./styles";
import { writeValidations, type SqrefWidening } from "./validation";
import { writeVisibility } from "./visibility";
import { needsPatch, patchXlsx, type XlsxPatches } from "./xmlPatch";

/** The plan as an ExcelJS workbook, plus what must be patched into the bytes ExcelJS writes. */
export interface ComposedWorkbook {
  workbook: Workbook;
  patches: XlsxPatches;
}

/** ExcelJS returns a node Buffer in node and its polyfilled Buffer in the browser: both are views. */
function toUint8Array(buf: unknown): Uint8Array {
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
  throw new TypeError("ExcelJS returned neither a buffer nor an ArrayBuffer");
}

/** What the writer reads of a plan: the scoring plan, or another workbook built of sheet plans (the consolidation). */
export type WritablePlan = Pick<WorkbookPlan, "font" | "styles" | "sheets" | "names">;

/** Every concern of the plan, one writer each, on a fresh ExcelJS workbook. Reads the plan only. */
export async function composeWorkbook(plan: WritablePlan): Promise<ComposedWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-scorecard";
  wb.lastModifiedBy = "cchc-scorecard";
  // The file carries formulas without cached values: Excel must compute them all on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  const style = excelStyles(plan);
  const widenings = new Map<number, SqrefWidening[]>();
  const autoHeights = new Map<number, number[]>();

  for (const sheet of plan.sheets) {
    checkSheetName(sheet.name);
    const ws = wb.addWorksheet(sheet.name);
    writeCells(ws, sheet, style);
    writeLayout(ws, sheet);
    autoHeights.set(ws.id, autoHeightRows(sheet));
    widenings.set(ws.id, writeValidations(ws, sheet));
    writeConditionalFormats(ws, sheet);
    writeDataBars(ws, sheet);
    writePrint(ws, sheet, plan.font);
    await writeProtection(ws, sheet);
    writeVisibility(ws, sheet);
  }
  writeNames(wb, plan.names);
  return { workbook: wb, patches: { widenings, autoHeights, names: plan.names } };
}

/** The .xlsx bytes of a composed workbook (which may have had values typed into it since). */
export async function serializeWorkbook({ workbook, patches }: ComposedWorkbook): Promise<Uint8Array> {
  const written = toUint8Array(await workbook.xlsx.writeBuffer());
  return needsPatch(patches) ? patchXlsx(written, patches) : written;
}

/** The plan as an .xlsx file, in node and in the browser alike. Never changes the plan. */
export async function writeWorkbook(plan: WritablePlan): Promise<Uint8Array> {
  return serializeWorkbook(await composeWorkbook(plan));
}
