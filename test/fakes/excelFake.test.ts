import { installExcelFake, type InstalledExcelFake, toHyperFormula } from "./excelFake";
import type { Shape } from "./excelFake/shape";

// Compile-time: fake members are checked against @types/office-js (tsc fails on an unused directive).
// @ts-expect-error "valuez" is not a member of Excel.Range
export type Misspelled = Shape<Excel.Range, "valuez">;

/** The fake must behave like Excel where the code under test depends on it; each case here is one such behaviour. */
let host: InstalledExcelFake;
afterEach(() => host?.uninstall());

const code = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? `not an Office error: ${String(e)}`;
  }
};

describe("queue and sync", () => {
  test("writes are applied at sync, not before, and are counted", async () => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[2, "=A1*3"]];
      expect(host.value("Sheet1", "B1")).toBe("");
      await context.sync();
      expect(host.value("Sheet1", "B1")).toBe(6);
    });
    expect(host.runs).toHaveLength(1);
    expect(host.runs[0].syncs).toBe(1);
    // getItem, getRange, values: three operations.
    expect(host.runs[0].operations).toBe(3);
  });

  test("reading a property before load and sync throws PropertyNotLoaded", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1", cells: { A1: 7 } }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[7]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("Excel.run syncs what the batch left queued", async () => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[1]];
    });
    expect(host.value("Sheet1", "C3")).toBe(1);
    expect(host.runs[0].syncs).toBe(1);
  });

  test("a missing sheet fails the sync with ItemNotFound; getItemOrNullObject does not", async () => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      const maybe = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Nope");
      expect(await code(context.sync())).toBe("ItemNotFound");
    });
  });

  test("loading a property that does not exist fails the sync", async () => {
    host = installExcelFake();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
      await context.sync();
    });
    expect(await code(run)).toBe("InvalidArgument");
  });

  test("a 2D input of the wrong size is refused", async () => {
    host = installExcelFake();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    });
    expect(await code(run)).toBe("InvalidArgument");
  });
});

describe("cell input is parsed like typing", () => {
  test.each([
    { title: "formula", input: "=1+2", value: 3, formula: "=1+2" },
    { title: "apostrophe keeps text", input: "'=1+2", value: "=1+2", formula: "=1+2" },
    { title: "number-like text becomes a number", input: "1.5", value: 1.5, formula: 1.5 },
    { title: "leading minus makes a formula", input: "-abc", value: "#NAME?", formula: "=-abc" },
    { title: "accounting negative", input: "(1)", value: -1, formula: -1 },
    { title: "thousands separator", input: "1,000.5", value: 1000.5, formula: 1000.5 },
    { title: "currency", input: "$5", value: 5, formula: 5 },
    { title: "a Vietnamese decimal comma stays text in en-US", input: "1,5", value: "1,5", formula: "1,5" },
    { title: "TRUE becomes a boolean", input: "TRUE", value: true, formula: true },
    { title: "error literal becomes an error", input: "#N/A", value: "#N/A", formula: "#N/A" },
    { title: "plain text", input: "Tiêu chí 1", value: "Tiêu chí 1", formula: "Tiêu chí 1" },
  ])("$title", async ({ input, value, formula }) => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[input]];
    });
    expect(host.value("Sheet1", "A1")).toEqual(value);
    expect(host.formulas("Sheet1", "A1")[0][0]).toEqual(formula);
  });

  test("a cell formatted as text keeps =… as text", async () => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.numberFormat = [["@"]];
      r.values = [["=1+2"]];
    });
    expect(host.value("Sheet1", "A1")).toBe("=1+2");
  });

  test("null in a 2D input leaves the cell alone; \"\" clears it", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1", cells: { A1: 1, B1: 2 } }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
    });
    expect(host.values("Sheet1", "A1:B1")).toEqual([[1, ""]]);
  });
});

describe("calculation", () => {
  test("ROUND is Excel's, not HyperFormula's (docs/EXCEL.md)", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1", cells: { A1: "=ROUND(0.119*50/100,3)", A2: "=ROUND(0.285,2)", A3: "=ROUND(-2.5,0)" } }] });
    expect(host.values("Sheet1", "A1:A3")).toEqual([[0.06], [0.29], [-3]]);
  });

  test("bare TRUE and FALSE work", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1", cells: { A1: "=IF(TRUE,1,2)", A2: '=IF(FALSE,"TRUE",B1)' } }] });
    expect(host.values("Sheet1", "A1:A2")).toEqual([[1], [0]]);
    expect(toHyperFormula(`=IF(TRUE,"TRUE",'TRUE sheet'!A1)`)).toBe(`=IF(TRUE(),"TRUE",'TRUE sheet'!A1)`);
  });

  test("names and quoted Vietnamese sheet names resolve", async () => {
    host = installExcelFake({ sheets: [{ name: "Chấm điểm CCHC", cells: { E5: 4 } }, { name: "Tổng hợp" }] });
    await Excel.run(async (context) => {
      context.workbook.names.add("TongDiem", "='Chấm điểm CCHC'!$E$5", "Tổng điểm");
      context.workbook.worksheets.getItem("Tổng hợp").getRange("A1:A2").formulas = [["=TongDiem*2"], ["='Chấm điểm CCHC'!E5+1"]];
    });
    expect(host.values("Tổng hợp", "A1:A2")).toEqual([[8], [5]]);
    expect(host.formulaProblems()).toEqual([]);
  });

  test("deleting a sheet turns references to it into #REF!", async () => {
    host = installExcelFake({ sheets: [{ name: "Điểm", cells: { A1: 3 } }, { name: "B", cells: { A1: "='Điểm'!A1*2" } }] });
    await Excel.run(async (context) => {
      context.workbook.names.add("Diem", "='Điểm'!$A$1");
      context.workbook.worksheets.getItem("Điểm").delete();
    });
    expect(host.formulas("B", "A1")[0][0]).toBe("=#REF!A1*2");
    expect(host.value("B", "A1")).toBe("#REF!");
    expect(host.model.names[0].formula).toBe("=#REF!$A$1");
  });

  test("renaming a sheet rewrites references to it", async () => {
    host = installExcelFake({ sheets: [{ name: "A", cells: { A1: 3 } }, { name: "B", cells: { A1: "=A!A1*2" } }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").name = "Điểm mới";
    });
    expect(host.formulas("B", "A1")[0][0]).toBe("='Điểm mới'!A1*2");
    expect(host.value("B", "A1")).toBe(6);
  });
});

describe("host situations", () => {
  test("an old Excel: isSetSupported and ApiNotFound at sync for newer members", async () => {
    host = installExcelFake({ apiVersion: "1.8" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges("A1,B2").format.font.bold = true;
      await context.sync();
    });
    expect(await code(run)).toBe("ApiNotFound");
  });

  test("a cell in edit mode makes every sync fail and nothing is written", async () => {
    host = installExcelFake();
    host.editMode = true;
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(await code(run)).toBe("InvalidOperationInCellEditMode");
    expect(host.value("Sheet1", "A1")).toBe("");
  });

  test("protection: locked cells refuse writes; protect() on a protected sheet throws", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1", protected: true, unlocked: ["B1"] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [[1]];
      await context.sync();
      sheet.getRange("A1").values = [[1]];
      expect(await code(context.sync())).toBe("AccessDenied");
      sheet.protection.protect();
      expect(await code(context.sync())).toBe("InvalidOperation");
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
    });
    expect(host.value("Sheet1", "B1")).toBe(1);
    await expect(host.userEdit("Sheet1", "A1", 5)).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("Excel on the web's request limit", async () => {
    host = installExcelFake({ maxRequestBytes: 1000 });
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = Array.from({ length: 100 }, () => ["một đoạn văn bản dài"]);
      await context.sync();
    });
    expect(await code(run)).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("colours must be #RRGGBB and alignments Office spellings", async () => {
    host = installExcelFake();
    for (const set of [
      (r: Excel.Range) => (r.format.fill.color = "FFC7CE"),
      (r: Excel.Range) => (r.format.verticalAlignment = "Middle" as Excel.VerticalAlignment),
    ]) {
      const run = Excel.run(async (context) => {
        set(context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
        await context.sync();
      });
      expect(await code(run)).toBe("InvalidArgument");
    }
  });

  test("onChanged handlers run for user edits until removed", async () => {
    host = installExcelFake();
    const seen: string[] = [];
    const handler = await Excel.run(async (context) => {
      const h = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => void seen.push(e.address));
      await context.sync();
      return h;
    });
    await host.userEdit("Sheet1", "C4", 2);
    expect(seen).toEqual(["C4"]);
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
    await host.userEdit("Sheet1", "C5", 2);
    expect(seen).toEqual(["C4"]);
  });
});

describe("rules", () => {
  test("a validation rule set on several areas keeps each cell's relative reference", async () => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges("E12:E13,H20");
      areas.dataValidation.rule = { decimal: { formula1: 0, formula2: "=$C12", operator: "Between" } };
    });
    expect(host.validationAt("Sheet1", "E13")?.rule.decimal?.formula2).toBe("=$C13");
    expect(host.validationAt("Sheet1", "H20")?.rule.decimal?.formula2).toBe("=$C20");
    expect(host.validationAt("Sheet1", "E14")).toBeUndefined();
  });

  test("validation titles over 32 characters are refused, as Excel does", async () => {
    host = installExcelFake();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "x".repeat(33), message: "m" };
      await context.sync();
    });
    expect(await code(run)).toBe("InvalidArgument");
  });

  test("conditional formats apply relative to their first cell", async () => {
    host = installExcelFake();
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("E12:G20").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$N12=1";
      cf.custom.format.fill.color = "#FFC7CE";
    });
    expect(host.conditionalFormatsAt("Sheet1", "F15")).toEqual([{ formula: "=$N15=1", fill: "#FFC7CE", fontColor: undefined }]);
  });
});
