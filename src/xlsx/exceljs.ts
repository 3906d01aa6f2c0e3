/**
 * The one place that imports ExcelJS. In node this resolves to exceljs's CommonJS entry; webpack
 * (target "web") follows the package's "browser" field to dist/exceljs.min.js, a self-contained
 * build with no node-only dependencies, so the same writer runs in the task pane.
 */
import * as ExcelJS from "exceljs";

export { ExcelJS };
export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
