import { FIRST_SCORE_CELL, goToScoringSheet, registerCommands } from "../../src/commands/commands";
import { buildPlan } from "../../src/sheet/buildPlan";
import { miniTemplate } from "../../src/template/builtin/mini";
import { createActions } from "../../src/taskpane/wireActions";
import { installExcelFake, type InstalledExcelFake } from "../fakes/excelFake";

function fakeEvent() {
  let completed = 0;
  const event = { completed: () => void completed++, source: { id: "Cchc.GoToSheet" } } as unknown as Office.AddinCommands.Event;
  return { event, completions: () => completed };
}

describe("ribbon commands", () => {
  let host: InstalledExcelFake;
  afterEach(() => host?.uninstall());

  it("goToScoringSheet selects the top of the self-score column and completes the event", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1" }] });
    const plan = buildPlan(miniTemplate, { unit: "" });
    await createActions(true, miniTemplate).insertPlan(plan, "ask");
    const runsBefore = host.runs.length;
    const { event, completions } = fakeEvent();
    await goToScoringSheet(event);
    expect(completions()).toBe(1);
    expect(host.runs.length).toBe(runsBefore + 1);
    expect(FIRST_SCORE_CELL).toBe(`E${plan.layout.headerRows.last + 1}`);
  });

  it("completes the event even when there is no scoring sheet", async () => {
    host = installExcelFake({ sheets: [{ name: "Sheet1" }] });
    const { event, completions } = fakeEvent();
    await goToScoringSheet(event);
    expect(completions()).toBe(1);
  });

  it("completes the event when Excel is missing altogether", async () => {
    const { event, completions } = fakeEvent();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await goToScoringSheet(event);
    spy.mockRestore();
    expect(completions()).toBe(1);
  });

  it("registers every command as a global and through Office.actions.associate", () => {
    const associated: string[] = [];
    const office = { actions: { associate: (name: string) => associated.push(name) } } as unknown as typeof Office;
    const scope: Record<string, unknown> = {};
    registerCommands(office, scope);
    expect(associated).toEqual(["goToScoringSheet"]);
    expect(scope.goToScoringSheet).toBe(goToScoringSheet);
    // Office without actions.associate (before the shared runtime): globals only, no exception.
    const bare: Record<string, unknown> = {};
    registerCommands({} as typeof Office, bare);
    expect(typeof bare.goToScoringSheet).toBe("function");
  });
});
