/**
 * Bundled by xlsxInBrowser.test.ts with webpack for the browser, as the task pane bundles the
 * writer for old Excel: no node built-ins, ExcelJS's browser build, run under a strict CSP.
 */
import { buildPlan } from "../../../src/sheet/buildPlan";
import { miniTemplate } from "../../../src/template/builtin/mini";
import { readFilledWorkbook } from "../../../src/xlsx/readFilled";
import { writeWorkbook } from "../../../src/xlsx/writeWorkbook";

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function runXlsx(): Promise<{ base64: string; isUint8Array: boolean; meta: unknown; sheetName: string; title: unknown }> {
  const bytes = await writeWorkbook(buildPlan(miniTemplate, { unit: "Phường Thử", year: 2024 }));
  const filled = await readFilledWorkbook(bytes);
  return {
    base64: toBase64(bytes),
    isUint8Array: Object.getPrototypeOf(bytes) === Uint8Array.prototype,
    meta: filled.meta,
    sheetName: filled.sheetName,
    title: filled.cells(1, 1),
  };
}

(window as unknown as { runXlsx: typeof runXlsx }).runXlsx = runXlsx;
