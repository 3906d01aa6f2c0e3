/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { Entries } from "../../src/scoring/types";
import { auditMessage, type AuditResult } from "../../src/sheet/audit";
import { buildPlan } from "../../src/sheet/buildPlan";
import { EXPLANATION_SHEET, explanationRows } from "../../src/sheet/explanations";
import { AppraisalPanel } from "../../src/taskpane/components/AppraisalPanel";
import { strings } from "../../src/taskpane/i18n";
import { miniTemplate } from "../../src/template/builtin/mini";
import { fakeActions, fakeWorkbook } from "./fakeActions";
import { button, dialogButton, renderPane } from "./support";

const vi = strings("vi");
const plan = buildPlan(miniTemplate, { unit: "Xã Bình An", year: 2024 });
const active = { template: miniTemplate, plan };
const sheet = plan.layout.sheetName;

const EDITED: AuditResult = {
  repairable: true,
  differences: [
    { kind: "formulaReplaced", cell: "E20", row: 20, col: 5, expected: "=SUM(E21:E23)", found: 7 },
    { kind: "nameMissing", name: "TongDiem", expected: `'${sheet}'!$E$40` },
  ],
};
const SHIFTED: AuditResult = { repairable: false, differences: [{ kind: "rowsShifted", row: 12, expectedCode: "1.2", found: "1.3" }] };

function setup(entries: Entries = {}) {
  const actions = fakeActions({ entries });
  const workbook = fakeWorkbook();
  const now = () => new Date(2024, 2, 5);
  const ui = renderPane(<AppraisalPanel lang="vi" actions={actions} workbook={workbook} active={active} now={now} />);
  return { actions, workbook, ui };
}

describe("Thẩm định: formula audit and repair", () => {
  it("lists each difference with its audit message, grouped, and a click selects the cell", async () => {
    const { actions, workbook } = setup();
    workbook.audits = [{ kind: "audited", result: EDITED }];
    fireEvent.click(button(vi.audit));
    await screen.findByText(vi.auditCount(2));
    expect(screen.getByRole("heading", { name: `${vi.auditGroupFormulas} (1)` })).toBeTruthy();
    expect(screen.getByRole("heading", { name: `${vi.auditGroupNames} (1)` })).toBeTruthy();
    const line = screen.getByText(auditMessage(EDITED.differences[0], "vi")).closest("button")!;
    fireEvent.click(line);
    await waitFor(() => expect(actions.calls.select).toEqual([{ sheet, address: "E20" }]));
    // A name has no cell to select: its line cannot be clicked.
    expect((screen.getByText(auditMessage(EDITED.differences[1], "vi")).closest("button") as HTMLButtonElement).disabled).toBe(true);
    expect(workbook.calls.audit[0]).toBe(plan);
  });

  it("repairs, then audits again so the list shows what the sheet now holds", async () => {
    const { workbook } = setup();
    workbook.audits = [{ kind: "audited", result: EDITED }, { kind: "audited", result: { differences: [], repairable: true } }];
    fireEvent.click(button(vi.audit));
    await screen.findByText(vi.auditCount(2));
    fireEvent.click(button(vi.repair));
    await screen.findByText(vi.auditNone);
    expect(workbook.calls.repair).toEqual([EDITED]);
    expect(screen.getByTestId("repair-status").textContent).toContain(vi.repaired);
    expect(button(vi.repair).disabled).toBe(true);
  });

  it("repair is disabled before any audit and when nothing differs", async () => {
    const { workbook } = setup();
    expect(button(vi.repair).disabled).toBe(true);
    fireEvent.click(button(vi.audit));
    await screen.findByText(vi.auditNone);
    expect(button(vi.repair).disabled).toBe(true);
    fireEvent.click(button(vi.repair));
    expect(workbook.calls.repair).toEqual([]);
  });

  it("repair is disabled when rows were inserted or deleted, and says to re-insert the template", async () => {
    const { workbook } = setup();
    workbook.audits = [{ kind: "audited", result: SHIFTED }];
    fireEvent.click(button(vi.audit));
    await screen.findByTestId("not-repairable");
    expect(screen.getByTestId("not-repairable").textContent).toBe(vi.notRepairable);
    expect(screen.getByText(auditMessage(SHIFTED.differences[0], "vi"))).toBeTruthy();
    const repair = button(vi.repair);
    expect(repair.disabled).toBe(true);
    fireEvent.click(repair);
    await act(async () => undefined);
    expect(workbook.calls.repair).toEqual([]);
  });

  it("a missing sheet and Excel busy are messages, not crashes", async () => {
    const { workbook } = setup();
    workbook.audits = [{ kind: "missing", sheetName: sheet }, { kind: "busy" }];
    fireEvent.click(button(vi.audit));
    await screen.findByText(vi.auditFailed(vi.sheetMissing(sheet)));
    fireEvent.click(button(vi.audit));
    await screen.findByText(vi.auditFailed(vi.busyShort));
    expect(button(vi.repair).disabled).toBe(true);
  });
});

describe("Thẩm định: protection mode", () => {
  it("switches between officer and appraiser, each explained in one line", async () => {
    const { workbook } = setup();
    expect(screen.getByText(vi.modeOfficerHint)).toBeTruthy();
    expect(screen.getByText(vi.modeAppraiserHint)).toBeTruthy();
    expect((screen.getByRole("radio", { name: vi.modeOfficer }) as HTMLInputElement).checked).toBe(plan.meta.mode === "officer");
    fireEvent.click(screen.getByRole("radio", { name: vi.modeAppraiser }));
    await screen.findByText(vi.modeSet(vi.modeAppraiser));
    expect(workbook.calls.mode).toEqual([{ sheet, mode: "appraiser" }]);
  });

  it("a refused switch goes back to the mode the sheet has", async () => {
    const { workbook } = setup();
    workbook.modeResult = { ok: false, message: () => "trang tính đang được bảo vệ bằng mật khẩu" };
    fireEvent.click(screen.getByRole("radio", { name: vi.modeAppraiser }));
    await screen.findByText(vi.modeFailed("trang tính đang được bảo vệ bằng mật khẩu"));
    expect((screen.getByRole("radio", { name: vi.modeOfficer }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("Thẩm định: explanation list", () => {
  const entries: Entries = {
    "I/I/1/1.1": { self: 1, explanation: "Đang chờ quyết định" },
    "I/I/1/1.2": { self: 0.5, evidence: "Báo cáo 3" },
  };

  it("builds the list from the sheet's entries and inserts it", async () => {
    const { actions, workbook } = setup(entries);
    fireEvent.click(button(vi.explanation));
    const expected = explanationRows(miniTemplate, entries, plan.layout).length;
    expect(expected).toBeGreaterThan(0);
    await screen.findByText(vi.explanationDone(EXPLANATION_SHEET, expected));
    expect(actions.calls.read).toEqual([plan]);
    expect(workbook.calls.extra).toHaveLength(1);
    const written = workbook.calls.extra[0];
    expect(written.replace).toBe(false);
    const texts = written.sheet.cells.flatMap((c) => (c.kind === "text" ? [c.text] : []));
    expect(texts).toContain("Đang chờ quyết định");
    expect(texts).toContain("Đơn vị: Xã Bình An – lập ngày 05/03/2024");
  });

  it("asks before replacing an existing list; cancel writes nothing more", async () => {
    const { workbook } = setup(entries);
    workbook.existing.add(EXPLANATION_SHEET);
    fireEvent.click(button(vi.explanation));
    await screen.findByRole("alertdialog");
    expect(screen.getByText(vi.explanationExistsBody(EXPLANATION_SHEET))).toBeTruthy();
    fireEvent.click(await dialogButton(vi.cancel));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(workbook.calls.extra.map((c) => c.replace)).toEqual([false]);

    fireEvent.click(button(vi.explanation));
    fireEvent.click(await dialogButton(vi.replaceSheet));
    await screen.findByTestId("explanation-status");
    expect(workbook.calls.extra.map((c) => c.replace)).toEqual([false, false, true]);
  });
});

it("without a scoring sheet only says to insert the template", () => {
  renderPane(<AppraisalPanel lang="vi" actions={fakeActions()} workbook={fakeWorkbook()} active={null} />);
  expect(screen.getByText(vi.noSheet)).toBeTruthy();
  expect(screen.queryByRole("button", { name: vi.audit })).toBeNull();
});
