import { detectCapabilities, missingFeatures } from "../excel/capabilities";
import { insertPlan } from "../excel/applyPlan";
import { excelMessage } from "../excel/messages";
import type { ExcelFailure } from "../excel/problems";
import { readSheet } from "../excel/readSheet";
import { renamePlan } from "../excel/renamePlan";
import { selectCell } from "../excel/select";
import { watchSheet } from "../excel/events";
import { buildPlan, DEFAULT_SHEET_NAME } from "../sheet/buildPlan";
import type { WorkbookPlan } from "../sheet/plan";
import type { Template } from "../template/schema";
import type { Actions, Done, LocalText, PaneCapabilities, ReadResult } from "./actions";
import { saveBytes } from "./download";
import { strings } from "./i18n";
import { overwrittenFormulas } from "./overwritten";

const text =
  (s: string): LocalText =>
  () =>
    s;

function thrown(e: unknown): LocalText {
  return text(e instanceof Error ? e.message : String(e));
}

function failureText(f: ExcelFailure): LocalText {
  return (lang) => excelMessage(f.problem, lang);
}

/** Outside Excel only the standalone workbook makes sense. */
const NOT_IN_EXCEL: PaneCapabilities = { level: "standalone", missing: () => [] };

/**
 * The pane's actions on the real workbook (src/excel) and in the browser (the download).
 * `fallbackTemplate` only serves to locate an existing sheet's meta data at start.
 */
export function createActions(inExcel: boolean, fallbackTemplate: Template | undefined): Actions {
  const caps = inExcel ? detectCapabilities() : null;

  async function read(plan: WorkbookPlan): Promise<ReadResult> {
    const r = await readSheet(plan.layout);
    switch (r.kind) {
      case "read":
        return { kind: "read", reading: { entries: r.entries, overwritten: overwrittenFormulas(plan, r.formulas) } };
      case "missing":
        return r;
      case "busy":
        return { kind: "busy" };
      case "error":
        return { kind: "error", message: failureText(r) };
      default: {
        const never: never = r;
        throw new Error(`unknown read outcome ${JSON.stringify(never)}`);
      }
    }
  }

  const actions: Actions = {
    capabilities: caps ? { level: caps.level, missing: (lang) => missingFeatures(caps, lang) } : NOT_IN_EXCEL,

    async insertPlan(plan, ifExists) {
      if (!caps) return { kind: "error", message: (lang) => strings(lang).notInExcelError };
      const r = await insertPlan(plan, { caps, ifExists });
      switch (r.kind) {
        case "inserted": {
          const renames: Record<string, string> = {};
          if (r.sheetName !== plan.layout.sheetName) renames[plan.layout.sheetName] = r.sheetName;
          if (r.metaSheetName !== plan.layout.metaSheetName) renames[plan.layout.metaSheetName] = r.metaSheetName;
          const inWorkbook = Object.keys(renames).length > 0 ? renamePlan(plan, renames) : plan;
          return { kind: "inserted", plan: inWorkbook, warnings: r.notes.map((n): LocalText => (lang) => excelMessage(n, lang)) };
        }
        case "exists":
          return { kind: "exists", sheetName: r.sheetName, hasEntries: r.hasEntries };
        case "busy":
          return { kind: "busy" };
        case "error": {
          const cleanup = r.cleanupProblem;
          return {
            kind: "error",
            message: (lang) => [excelMessage(r.problem, lang), cleanup ? excelMessage(cleanup, lang) : ""].filter(Boolean).join(" "),
          };
        }
        default: {
          const never: never = r;
          throw new Error(`unknown insert outcome ${JSON.stringify(never)}`);
        }
      }
    },

    readSheet: read,

    async selectCell(sheetName, address): Promise<Done> {
      const r = await selectCell(sheetName, address);
      return r.kind === "done" ? { ok: true } : { ok: false, message: failureText(r) };
    },

    async watchSheet(sheetName, onChange) {
      const r = await watchSheet(sheetName, onChange, caps ?? undefined);
      if (r.kind !== "watching") throw new Error(excelMessage(r.problem, "en"));
      return () => void r.stop();
    },

    async downloadWorkbook(plan, fileName): Promise<Done> {
      try {
        // ExcelJS is large: fetched only when someone needs the standalone file.
        const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writeWorkbook");
        saveBytes(await writeWorkbook(plan), fileName);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: thrown(e) };
      }
    },
  };

  if (caps && fallbackTemplate) {
    // The sheet the pane inserts by default carries its template, unit and year in the meta sheet.
    const probe = buildPlan(fallbackTemplate, { unit: "", sheetName: DEFAULT_SHEET_NAME });
    actions.findStoredSheet = async () => {
      const r = await readSheet(probe.layout);
      if (r.kind !== "read" || !r.meta?.templateJson) return null;
      const year = Number(r.meta.values.year);
      return {
        sheetName: r.sheetName,
        templateJson: r.meta.templateJson,
        unit: r.meta.values.unit ?? "",
        year: Number.isInteger(year) ? year : fallbackTemplate.year,
      };
    };
  }
  return actions;
}
