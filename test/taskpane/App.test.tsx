/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { scoreEntries } from "../../src/scoring/engine";
import type { Entries } from "../../src/scoring/types";
import { buildPlan } from "../../src/sheet/buildPlan";
import { App } from "../../src/taskpane/App";
import { strings } from "../../src/taskpane/i18n";
import { miniTemplate } from "../../src/template/builtin/mini";
import { formatPoints } from "../../src/template/messages";
import { templateToJson } from "../../src/template/json";
import { fakeActions, noPrintCaps, standaloneCaps, type FakeActions } from "./fakeActions";

const vi = strings("vi");
const en = strings("en");

function renderApp(actions: FakeActions, extra: { inExcel?: boolean } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App actions={actions} builtins={[miniTemplate]} inExcel={extra.inExcel ?? true} timing={{ debounceMs: 10, retryMs: 10 }} />
    </FluentProvider>,
  );
}

function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: "application/json" });
}

async function chooseFile(file: File) {
  const input = screen.getByTestId("template-file") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

/** A button of the open dialog, once its opening transition lets assistive technology see it. */
function dialogButton(name: string): Promise<HTMLElement> {
  return waitFor(() => within(screen.getByRole("alertdialog")).getByRole("button", { name }));
}

function selectedTemplateText(): string {
  const select = screen.getByRole("combobox") as HTMLSelectElement;
  return select.options[select.selectedIndex].text;
}

/** Entries for the mini template: one score over its max, one without evidence, one fine. */
const ENTRIES: Entries = {
  "I/I/1/1.1": { self: 5, evidence: "QĐ 12/QĐ-UBND" },
  "I/I/1/1.2": { self: 1.5 },
  "II/1/a": { self: 1, evidence: "Báo cáo 3" },
};

describe("insertion", () => {
  it("inserts the plan built from the chosen template, unit and year", async () => {
    const actions = fakeActions();
    renderApp(actions);
    fireEvent.change(screen.getByPlaceholderText(vi.unitPlaceholder), { target: { value: "Phường Xuân An" } });
    fireEvent.change(screen.getByDisplayValue(String(miniTemplate.year)), { target: { value: "2024" } });
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
    expect(actions.calls.insert).toHaveLength(1);
    const { plan, ifExists } = actions.calls.insert[0];
    expect(ifExists).toBe("ask");
    expect(plan).toEqual(buildPlan(miniTemplate, { unit: "Phường Xuân An", year: 2024 }));
  });

  it("asks when the sheet exists and does not replace it without the explicit confirmation", async () => {
    const actions = fakeActions();
    actions.insertResults = [{ kind: "exists", sheetName: "Chấm điểm CCHC", hasEntries: true }, { kind: "inserted" }];
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(vi.existsBody("Chấm điểm CCHC"))).toBeTruthy();

    fireEvent.click(within(dialog).getByRole("button", { name: vi.existsReplace }));
    const confirm = within(dialog).getByRole("button", { name: vi.existsReplaceConfirmed }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    await act(async () => undefined);
    expect(actions.calls.insert.map((c) => c.ifExists)).toEqual(["ask"]);

    fireEvent.click(within(dialog).getByRole("checkbox", { name: vi.existsConfirm("Chấm điểm CCHC") }));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
    expect(actions.calls.insert.map((c) => c.ifExists)).toEqual(["ask", "replace"]);
  });

  it("replaces a sheet without entries on one click", async () => {
    const actions = fakeActions();
    actions.insertResults = [{ kind: "exists", sheetName: "Chấm điểm CCHC", hasEntries: false }, { kind: "inserted" }];
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    expect((await screen.findByRole("alertdialog")).textContent).toContain(vi.existsBodyEmpty("Chấm điểm CCHC"));
    fireEvent.click(await dialogButton(vi.existsReplaceEmpty));
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
    expect(actions.calls.insert.map((c) => c.ifExists)).toEqual(["ask", "replace"]);
  });

  it("cancel leaves the workbook alone, rename inserts beside the old sheet", async () => {
    const actions = fakeActions();
    actions.insertResults = [
      { kind: "exists", sheetName: "Chấm điểm CCHC", hasEntries: true },
      { kind: "exists", sheetName: "Chấm điểm CCHC", hasEntries: true },
      { kind: "inserted", renameTo: "Chấm điểm CCHC (2)" },
    ];
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    fireEvent.click(await dialogButton(vi.cancel));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(actions.calls.insert.map((c) => c.ifExists)).toEqual(["ask"]);

    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    fireEvent.click(await dialogButton(vi.existsRename));
    await screen.findByText(vi.inserted("Chấm điểm CCHC (2)"));
    expect(actions.calls.insert.map((c) => c.ifExists)).toEqual(["ask", "ask", "rename"]);
    // The pane now works on the renamed sheet, with the renamed plan's formulas.
    await waitFor(() => expect(actions.calls.watch).toEqual(["Chấm điểm CCHC (2)"]));
    expect(actions.calls.read[0].layout.sheetName).toBe("Chấm điểm CCHC (2)");
  });

  it("retries by itself while Excel is editing a cell, then inserts", async () => {
    const actions = fakeActions();
    actions.insertResults = [{ kind: "busy" }, { kind: "busy" }, { kind: "inserted" }];
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
    expect(actions.calls.insert).toHaveLength(3);
  });

  it("gives up after a few busy answers with a message and a retry button", async () => {
    const actions = fakeActions();
    actions.insertResults = [{ kind: "busy" }];
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.busyGaveUp, undefined, { timeout: 3000 });
    const tries = actions.calls.insert.length;
    expect(tries).toBeGreaterThan(1);
    actions.insertResults = [{ kind: "inserted" }];
    fireEvent.click(screen.getByRole("button", { name: vi.retry }));
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
  });

  it("shows an insertion error as a message, not an exception", async () => {
    const actions = fakeActions();
    actions.insertPlan = async () => {
      throw new Error("GeneralException");
    };
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.insertFailed("GeneralException"));
  });

  it("refuses a year outside 2000..2100", () => {
    renderApp(fakeActions());
    fireEvent.change(screen.getByDisplayValue(String(miniTemplate.year)), { target: { value: "23" } });
    expect(screen.getByText(vi.yearInvalid)).toBeTruthy();
    expect((screen.getByRole("button", { name: vi.insert }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("template from a file", () => {
  it("a file that fails validation names the node and keeps everything as it was", async () => {
    const actions = fakeActions();
    renderApp(actions);
    fireEvent.change(screen.getByPlaceholderText(vi.unitPlaceholder), { target: { value: "Xã A" } });
    const before = selectedTemplateText();
    const optionCount = (screen.getByRole("combobox") as HTMLSelectElement).options.length;

    const bad = JSON.parse(templateToJson(miniTemplate));
    bad.parts[0].fields[0].maxPoints = 7; // its criteria add up to 6
    await chooseFile(jsonFile("sai.json", JSON.stringify(bad)));

    const notice = await screen.findByTestId("template-notice");
    expect(notice.textContent).toContain(vi.fileRejected("sai.json"));
    expect(notice.textContent).toContain("lĩnh vực I");
    expect(notice.textContent).toContain("parts[0].fields[0]");
    expect(selectedTemplateText()).toBe(before);
    expect((screen.getByRole("combobox") as HTMLSelectElement).options.length).toBe(optionCount);
    expect((screen.getByPlaceholderText(vi.unitPlaceholder) as HTMLInputElement).value).toBe("Xã A");
    expect(screen.getByDisplayValue(String(miniTemplate.year))).toBeTruthy();
  });

  it("a file that is not JSON gives line and column", async () => {
    renderApp(fakeActions());
    const before = selectedTemplateText();
    await chooseFile(jsonFile("hong.json", '{\n  "id": "x",\n  oops\n}'));
    const notice = await screen.findByTestId("template-notice");
    expect(notice.textContent).toMatch(/dòng 3/);
    expect(selectedTemplateText()).toBe(before);
  });

  it("a valid file is added, selected and used for the insertion", async () => {
    const actions = fakeActions();
    renderApp(actions);
    const other = { ...JSON.parse(templateToJson(miniTemplate)), id: "tinh-khac", title: "Bộ chỉ số tỉnh khác", year: 2025 };
    await chooseFile(jsonFile("khac.json", JSON.stringify(other)));
    await screen.findByText(vi.fileLoaded("Bộ chỉ số tỉnh khác"));
    expect(selectedTemplateText()).toContain("Bộ chỉ số tỉnh khác");
    expect(screen.getByDisplayValue("2025")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
    expect(actions.calls.insert[0].plan.meta.templateId).toBe("tinh-khac");
  });
});

describe("Kiểm tra and the live summary", () => {
  async function insertAndCheck(actions: FakeActions) {
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.inserted("Chấm điểm CCHC"));
    fireEvent.click(await screen.findByRole("button", { name: vi.check }));
    return screen.findByTestId("findings");
  }

  it("lists every finding with its cell, grouped by field, and a click selects the cell", async () => {
    const actions = fakeActions({ entries: ENTRIES });
    const findings = await insertAndCheck(actions);
    const layout = buildPlan(miniTemplate, { unit: "", year: miniTemplate.year }).layout;
    const rowOf = (key: string) => layout.entries.find((e) => e.key === key)?.row;
    const buttons = within(findings).getAllByRole("button");
    const addresses = buttons.map((b) => b.getAttribute("data-address"));
    expect(addresses).toEqual([`E${rowOf("I/I/1/1.1")}`, `E${rowOf("I/I/1/1.2")}`]);
    expect(buttons[0].textContent).toContain("vượt điểm tối đa");
    expect(buttons[1].textContent).toContain("chưa có tài liệu kiểm chứng");
    const group = within(findings).getByRole("region", { name: "I. Công tác chỉ đạo, điều hành" });
    expect(within(group).getAllByRole("button")).toHaveLength(2);

    fireEvent.click(buttons[1]);
    await waitFor(() => expect(actions.calls.select).toEqual([{ sheet: "Chấm điểm CCHC", address: `E${rowOf("I/I/1/1.2")}` }]));
    // Real buttons: reachable with Tab, activated with Enter or Space.
    expect(buttons.every((b) => b.tagName === "BUTTON" && b.tabIndex === 0)).toBe(true);
  });

  it("shows the engine's total and classification, and refreshes them from change events", async () => {
    const actions = fakeActions({ entries: ENTRIES });
    await insertAndCheck(actions);
    const expected = scoreEntries(miniTemplate, ENTRIES).self;
    expect(screen.getByTestId("summary-total").textContent).toBe(formatPoints(expected.total));
    expect(screen.getByTestId("summary-classification").textContent).toBe(expected.classification);

    const better: Entries = { ...ENTRIES, "I/I/1/1.1": { self: 2, evidence: "QĐ 12" }, "I/I/2": { self: 2, evidence: "BC" }, "II/1/b": { self: 1.5, evidence: "BC" } };
    const next = scoreEntries(miniTemplate, better).self;
    expect(next.total).not.toBe(expected.total);
    const readsBefore = actions.calls.read.length;
    actions.reading = { entries: better, overwritten: [] };
    act(() => {
      actions.change();
      actions.change();
      actions.change();
    });
    await waitFor(() => expect(screen.getByTestId("summary-total").textContent).toBe(formatPoints(next.total)));
    expect(screen.getByTestId("summary-classification").textContent).toBe(next.classification);
    // Debounced: three quick changes, one read.
    expect(actions.calls.read.length - readsBefore).toBe(1);
    const bars = within(screen.getByTestId("summary")).getAllByRole("progressbar");
    expect(bars).toHaveLength(miniTemplate.parts[0].fields.length + 1);
  });

  it("lists overwritten formulas as their own group", async () => {
    const actions = fakeActions();
    actions.reading = { entries: {}, overwritten: [{ address: "K12", expected: "=IF(N12=0,E12,0)", found: null }] };
    const findings = await insertAndCheck(actions);
    const group = within(findings).getByRole("region", { name: vi.formulaGroup });
    expect(within(group).getByRole("button").getAttribute("data-address")).toBe("K12");
  });

  it("says so when the sheet was deleted", async () => {
    const actions = fakeActions();
    actions.reading = { kind: "missing", sheetName: "Chấm điểm CCHC" };
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await screen.findByText(vi.sheetMissing("Chấm điểm CCHC"));
  });

  it("has nothing to check before a sheet exists", () => {
    renderApp(fakeActions());
    expect((screen.getByRole("button", { name: vi.check }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(vi.noSheet)).toBeTruthy();
  });

  it("picks up a scoring sheet already in the workbook", async () => {
    const stored = { sheetName: "Chấm điểm CCHC", templateJson: templateToJson(miniTemplate), unit: "Xã B", year: 2024 };
    const actions = fakeActions({ stored, entries: ENTRIES });
    renderApp(actions);
    await waitFor(() => expect(actions.calls.watch).toEqual(["Chấm điểm CCHC"]));
    expect((screen.getByPlaceholderText(vi.unitPlaceholder) as HTMLInputElement).value).toBe("Xã B");
    await screen.findByTestId("summary");
    expect(actions.calls.read[0]).toEqual(buildPlan(miniTemplate, { unit: "Xã B", year: 2024 }));
  });
});

describe("capabilities, language, provisional note", () => {
  it("1.9: no banner", () => {
    renderApp(fakeActions());
    expect(screen.queryByTestId("caps-banner")).toBeNull();
  });

  it("1.8: inserts, and says how to set A4 and fit-to-width by hand", () => {
    renderApp(fakeActions({ caps: noPrintCaps }));
    const banner = screen.getByTestId("caps-banner");
    expect(banner.textContent).toContain(vi.capsNoPrintBody);
    expect(banner.textContent).toContain("ExcelApi 1.9");
    expect((screen.getByRole("button", { name: vi.insert }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("below 1.8: no insertion, the standalone workbook is built and downloaded", async () => {
    const actions = fakeActions({ caps: standaloneCaps });
    renderApp(actions);
    expect(screen.queryByRole("button", { name: vi.insert })).toBeNull();
    expect(screen.getByTestId("caps-banner").textContent).toContain("ExcelApi 1.8");
    fireEvent.change(screen.getByPlaceholderText(vi.unitPlaceholder), { target: { value: "Phường Xuân An" } });
    fireEvent.click(screen.getByRole("button", { name: vi.download }));
    await screen.findByText(vi.downloaded(`cham-diem-cchc-phuong-xuan-an-${miniTemplate.year}.xlsx`));
    expect(actions.calls.download).toHaveLength(1);
    expect(actions.calls.download[0].plan.meta.unit).toBe("Phường Xuân An");
  });

  it("switches to English and back", () => {
    renderApp(fakeActions());
    fireEvent.click(screen.getByRole("button", { name: vi.switchLanguageLabel }));
    expect(screen.getByRole("button", { name: en.insert })).toBeTruthy();
    expect(screen.queryByRole("button", { name: vi.insert })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: en.switchLanguageLabel }));
    expect(screen.getByRole("button", { name: vi.insert })).toBeTruthy();
  });

  it("shows the template's provisional note", () => {
    renderApp(fakeActions());
    expect(screen.getByTestId("provisional-note").textContent).toContain(miniTemplate.provisionalNote);
  });
});
