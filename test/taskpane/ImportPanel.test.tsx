/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildPlan } from "../../src/sheet/buildPlan";
import { App } from "../../src/taskpane/App";
import { ImportPanel } from "../../src/taskpane/components/ImportPanel";
import { strings } from "../../src/taskpane/i18n";
import { miniTemplate } from "../../src/template/builtin/mini";
import { importFindingMessage, importFindingSeverity, importTable, parseTsv, templateToTable } from "../../src/template/import";
import { templateFromJson } from "../../src/template/json";
import type { Template } from "../../src/template/schema";
import { fakeActions, fakeWorkbook, type FakeWorkbook } from "./fakeActions";
import { button, renderPane } from "./support";

const vi = strings("vi");
const FIXTURES = path.join(__dirname, "..", "fixtures", "import");
const tsv = (name: string) => parseTsv(fs.readFileSync(path.join(FIXTURES, name), "utf8"));

function select(workbook: FakeWorkbook, rows: ReturnType<typeof tsv>, firstRow = 3) {
  workbook.selection = { kind: "table", rows, address: `A${firstRow}:F${firstRow + rows.length - 1}`, firstRow };
}

function setup() {
  const workbook = fakeWorkbook();
  const saved: Template[] = [];
  const downloads: Array<{ name: string; text: string }> = [];
  renderPane(
    <ImportPanel lang="vi" workbook={workbook} onSaved={(t) => saved.push(t)} download={(text, name) => downloads.push({ name, text })} />,
  );
  return { workbook, saved, downloads };
}

describe("Nhập bộ tiêu chí", () => {
  it("previews a clean table with its maxima and sums, stores it on Lưu, and offers the JSON", async () => {
    const { workbook, saved, downloads } = setup();
    select(workbook, templateToTable(miniTemplate), 1);
    fireEvent.click(button(vi.importRead));
    const preview = await screen.findByTestId("import-preview");
    const nodes = within(preview).getAllByTestId("preview-node").map((n) => n.textContent ?? "");
    const part = miniTemplate.parts[0];
    expect(nodes[0]).toContain(`Phần ${part.code}. ${part.title}`);
    expect(nodes[0]).toContain(vi.previewPoints(String(part.maxPoints)));
    expect(nodes.some((n) => n.includes(part.fields[0].name))).toBe(true);
    // No errors: nothing to confirm.
    expect(screen.queryByRole("checkbox", { name: vi.importUseAnyway })).toBeNull();
    expect(workbook.writes()).toBe(0);

    fireEvent.click(button(vi.importSave));
    await screen.findByTestId("import-saved");
    expect(workbook.calls.store).toHaveLength(1);
    const expected = importTable(templateToTable(miniTemplate), { firstRowNumber: 1 }).template!;
    expect(workbook.calls.store[0]).toEqual(expected);
    expect(saved).toEqual([expected]);

    fireEvent.click(button(vi.importDownloadJson));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe(`${expected.id}-${expected.version}.json`);
    const back = templateFromJson(downloads[0].text);
    expect(back.ok && back.value).toEqual(expected);
  });

  it("shows the findings with their sheet rows, errors first, and stores nothing until the user confirms", async () => {
    const { workbook, saved } = setup();
    const rows = tsv("08-ma-trung-thieu-diem.tsv");
    select(workbook, rows, 5);
    fireEvent.click(button(vi.importRead));
    const box = await screen.findByTestId("import-findings");
    const expected = importTable(rows, { firstRowNumber: 5 });
    expect(expected.template).not.toBeNull();
    const items = within(box).getAllByRole("listitem");
    expect(items).toHaveLength(expected.findings.length);
    const severities = items.map((li) => li.getAttribute("data-severity"));
    const firstNonError = severities.findIndex((s) => s !== "error");
    expect(firstNonError).toBeGreaterThan(0);
    expect(severities.slice(firstNonError)).not.toContain("error");
    // Rows are those of the sheet (the selection starts at row 5), and each message names its row.
    const errorRows = items.filter((li) => li.getAttribute("data-severity") === "error").map((li) => Number(li.getAttribute("data-row")));
    expect(errorRows.every((r) => r >= 5)).toBe(true);
    for (const f of expected.findings) expect(within(box).getByText(importFindingMessage(f, "vi"))).toBeTruthy();
    expect(expected.findings.filter((f) => importFindingSeverity(f) === "error").some((f) => importFindingMessage(f, "vi").startsWith(`Dòng ${f.row}:`))).toBe(true);

    const save = button(vi.importSave);
    expect(save.disabled).toBe(true);
    fireEvent.click(save);
    await act(async () => undefined);
    expect(workbook.calls.store).toEqual([]);

    fireEvent.click(screen.getByRole("checkbox", { name: vi.importUseAnyway }));
    expect(button(vi.importSave).disabled).toBe(false);
    fireEvent.click(button(vi.importSave));
    await screen.findByTestId("import-saved");
    expect(workbook.calls.store).toEqual([expected.template]);
    expect(saved).toHaveLength(1);
  });

  it("no recognisable header: the message lists the headers looked for; nothing can be saved or written", async () => {
    const { workbook } = setup();
    const rows = tsv("09-khong-co-tieu-de.tsv");
    select(workbook, rows);
    fireEvent.click(button(vi.importRead));
    await screen.findByTestId("import-failed");
    const r = importTable(rows);
    expect(r.findings[0].code).toBe("noHeader");
    expect(screen.getByText(importFindingMessage(r.findings[0], "vi"))).toBeTruthy();
    expect(screen.getByTestId("import-findings").textContent).toContain("Điểm tối đa");
    expect(screen.queryByRole("button", { name: vi.importSave })).toBeNull();
    expect(workbook.writes()).toBe(0);
  });

  it("a refused store says so and does not make the template the chosen one", async () => {
    const { workbook, saved } = setup();
    workbook.storeResult = { ok: false, message: () => "sổ tính đang được bảo vệ" };
    select(workbook, templateToTable(miniTemplate), 1);
    fireEvent.click(button(vi.importRead));
    await screen.findByTestId("import-preview");
    fireEvent.click(button(vi.importSave));
    await screen.findByText(vi.importSaveFailed("sổ tính đang được bảo vệ"));
    expect(saved).toEqual([]);
  });

  it("Excel busy reading the selection is a message", async () => {
    const { workbook } = setup();
    workbook.selection = { kind: "busy" };
    fireEvent.click(button(vi.importRead));
    await screen.findByText(vi.importReadFailed(vi.importBusy));
  });
});

describe("the template picker and stored templates", () => {
  const stored: Template = { ...miniTemplate, id: "bo-chi-so-luu", version: "2.0.0", title: "Bộ chỉ số đã lưu" };

  it("lists the workbook's stored templates, and a saved import becomes the template to insert", async () => {
    const actions = fakeActions();
    const workbook = fakeWorkbook();
    workbook.stored = [stored];
    renderPane(<App actions={actions} workbook={workbook} builtins={[miniTemplate]} inExcel timing={{ debounceMs: 10, retryMs: 10 }} />);
    const picker = screen.getByRole("combobox") as HTMLSelectElement;
    await waitFor(() => expect(Array.from(picker.options).map((o) => o.text)).toContain(`${stored.title} (${stored.year}, ${vi.templateFromWorkbook})`));
    // Listed, not chosen.
    expect(picker.options[picker.selectedIndex].text).toContain(miniTemplate.title);

    const imported = { ...miniTemplate, id: "nhap-tu-bang", title: "Bộ chỉ số nhập từ bảng" };
    workbook.selection = { kind: "table", rows: templateToTable(imported), address: "A1:F30", firstRow: 1 };
    fireEvent.click(screen.getByRole("button", { name: vi.importTitle }));
    fireEvent.click(await screen.findByRole("button", { name: vi.importRead }));
    fireEvent.click(await screen.findByRole("button", { name: vi.importSave }));
    await screen.findByTestId("import-saved");
    const chosen = workbook.calls.store[0];
    await waitFor(() => expect(picker.options[picker.selectedIndex].text).toContain(chosen.title));

    fireEvent.click(screen.getByRole("button", { name: vi.insert }));
    await waitFor(() => expect(actions.calls.insert).toHaveLength(1));
    expect(actions.calls.insert[0].plan).toEqual(buildPlan(chosen, { unit: "", year: chosen.year }));
  });
});
