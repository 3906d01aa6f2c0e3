/**
 * An Excel fake for tests, typed against @types/office-js (see excelFake/shape.ts): it queues writes
 * and applies them at sync(), counts syncs and operations per Excel.run, throws PropertyNotLoaded
 * when a property is read before load + sync, models A1 addresses, collections and null objects,
 * computes formulas with HyperFormula (with Excel's ROUND), and can play an old Excel (requirement
 * sets), a protected sheet, a cell in edit mode, or Excel on the web's 5 MB request limit.
 *
 *   const host = installExcelFake({ apiVersion: "1.8" });   // globals Excel and Office
 *   ...code under test...
 *   host.uninstall();
 */
import { FakeExcelHost, type FakeHostOptions } from "./excelFake/host";

export { FakeExcelHost, FakeExcelRequestContext, compareVersions, type FakeHostOptions } from "./excelFake/host";
export { FakeOfficeError, type FakeErrorCode } from "./excelFake/errors";
export type { RunStats } from "./excelFake/client";
export type { FormatKey } from "./excelFake/format";
export { toHyperFormula } from "./excelFake/calc";

export interface InstalledExcelFake extends FakeExcelHost {
  uninstall(): void;
}

/** A new fake host installed as the globals `Excel` and `Office`. */
export function installExcelFake(options: FakeHostOptions = {}, target?: Record<string, unknown>): InstalledExcelFake {
  const host = new FakeExcelHost(options);
  const restore = host.install(target);
  return Object.assign(host, { uninstall: restore });
}
