import { buildPlan } from "../../src/sheet/buildPlan";
import { a1 } from "../../src/sheet/address";
import { COL } from "../../src/sheet/plan";
import { createActions } from "../../src/taskpane/wireActions";
import { overwrittenFormulas } from "../../src/taskpane/overwritten";
import { miniTemplate } from "../../src/template/builtin/mini";
import { templateFromJson } from "../../src/template/json";
import { installExcelFake, type InstalledExcelFake } from "../fakes/excelFake";

/** The pane's adapter over the real src/excel modules, on engineer B's Excel fake. */
describe("createActions on the Excel fake", () => {
  let host: InstalledExcelFake;
  afterEach(() => host?.uninstall());

  const plan = buildPlan(miniTemplate, { unit: "Phường Xuân An", year: 2024 });
  const sheet = plan.layout.sheetName;
  const rowOf = (key: string) => plan.layout.entries.find((e) => e.key === key)!.row;

  it("detects the level from the requirement sets", () => {
    for (const [apiVersion, level] of [["1.17", "full"], ["1.8", "noPrint"], ["1.7", "standalone"]] as const) {
      host = installExcelFake({ apiVersion });
      const actions = createActions(true, miniTemplate);
      expect(actions.capabilities.level).toBe(level);
      if (level === "noPrint") expect(actions.capabilities.missing("vi").join(" ")).toContain("1.9");
      host.uninstall();
    }
    expect(createActions(false, miniTemplate).capabilities.level).toBe("standalone");
  });

  it("inserts, reads entries back, and finds the sheet again from its meta data", async () => {
    host = installExcelFake();
    const actions = createActions(true, miniTemplate);
    const r = await actions.insertPlan(plan, "ask");
    expect(r.kind).toBe("inserted");
    if (r.kind !== "inserted") return;
    expect(r.plan).toBe(plan);

    await host.userEdit(sheet, a1(rowOf("I/I/1/1.1"), COL.self), 5);
    await host.userEdit(sheet, a1(rowOf("I/I/1/1.2"), COL.self), 1.5);
    const read = await actions.readSheet(plan);
    expect(read.kind).toBe("read");
    if (read.kind !== "read") return;
    expect(read.reading.entries["I/I/1/1.1"].self).toBe(5);
    expect(read.reading.entries["I/I/1/1.2"].self).toBe(1.5);
    expect(read.reading.overwritten).toEqual([]);

    const stored = await actions.findStoredSheet!();
    expect(stored).toMatchObject({ sheetName: sheet, unit: "Phường Xuân An", year: 2024 });
    const t = templateFromJson(stored!.templateJson);
    expect(t.ok && t.value).toEqual(miniTemplate);
  });

  it("reports a formula typed over as overwritten, with its address", async () => {
    host = installExcelFake();
    const actions = createActions(true, miniTemplate);
    await actions.insertPlan(plan, "ask");
    const target = plan.sheets[0].cells.find((c) => c.kind === "formula" && c.row === rowOf("I/I/1/1.2") && c.col === COL.selfCounted)!;
    const address = a1(target.row, target.col);
    host.sheet(sheet).protection = { protected: false, options: {} };
    await host.userEdit(sheet, address, 2);
    const read = await actions.readSheet(plan);
    expect(read.kind === "read" && read.reading.overwritten.map((o) => o.address)).toEqual([address]);
  });

  it("asks before touching an existing sheet, renames on request and hands back the renamed plan", async () => {
    host = installExcelFake();
    const actions = createActions(true, miniTemplate);
    await actions.insertPlan(plan, "ask");
    await host.userEdit(sheet, a1(rowOf("I/I/1/1.1"), COL.self), 2);
    const asked = await actions.insertPlan(plan, "ask");
    expect(asked).toEqual({ kind: "exists", sheetName: sheet, hasEntries: true });
    expect(host.value(sheet, a1(rowOf("I/I/1/1.1"), COL.self))).toBe(2);

    const renamed = await actions.insertPlan(plan, "rename");
    expect(renamed.kind).toBe("inserted");
    if (renamed.kind !== "inserted") return;
    expect(renamed.plan.layout.sheetName).toBe(`${sheet} (2)`);
    const read = await actions.readSheet(renamed.plan);
    // The renamed plan's formulas are the ones in the new sheet: nothing looks overwritten.
    expect(read.kind === "read" && read.reading.overwritten).toEqual([]);
    expect(host.value(sheet, a1(rowOf("I/I/1/1.1"), COL.self))).toBe(2);
  });

  it("answers busy while a cell is being edited, and missing once the sheet is gone", async () => {
    host = installExcelFake();
    const actions = createActions(true, miniTemplate);
    host.editMode = true;
    expect(await actions.insertPlan(plan, "ask")).toEqual({ kind: "busy" });
    host.editMode = false;
    await actions.insertPlan(plan, "ask");
    const other = buildPlan(miniTemplate, { unit: "", sheetName: "Không có" });
    expect(await actions.readSheet(other)).toEqual({ kind: "missing", sheetName: "Không có" });
  });

  it("selects a cell and watches the sheet's changes until unsubscribed", async () => {
    host = installExcelFake();
    const actions = createActions(true, miniTemplate);
    await actions.insertPlan(plan, "ask");
    expect(await actions.selectCell(sheet, "E12")).toEqual({ ok: true });
    const bad = await actions.selectCell("Không có", "E12");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message("vi")).toContain("Không có");

    let changes = 0;
    const off = await actions.watchSheet(sheet, () => changes++);
    await host.userEdit(sheet, a1(rowOf("II/1/b"), COL.self), 1);
    expect(changes).toBe(1);
    off();
    await host.flushEvents();
    await host.userEdit(sheet, a1(rowOf("II/1/b"), COL.self), 1.5);
    expect(changes).toBe(1);
  });
});

describe("overwrittenFormulas", () => {
  const plan = buildPlan(miniTemplate, { unit: "" });
  const all = Object.fromEntries(
    plan.sheets[0].cells.flatMap((c) => (c.kind === "formula" ? [[a1(c.row, c.col), c.formula] as const] : [])),
  );

  it("is empty when every formula is there, whatever the case and spacing", () => {
    const relaxed = Object.fromEntries(Object.entries(all).map(([k, f]) => [k, f.replace(/,/g, ", ").replace(/SUM/g, "sum")]));
    expect(overwrittenFormulas(plan, relaxed)).toEqual([]);
  });

  it("names a missing and a changed formula", () => {
    const [first, second] = Object.keys(all);
    const changed = { ...all, [second]: "=1+1" };
    delete changed[first];
    expect(overwrittenFormulas(plan, changed)).toEqual([
      { address: first, expected: all[first], found: null },
      { address: second, expected: all[second], found: "=1+1" },
    ]);
  });
});
