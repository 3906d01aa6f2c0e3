/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import type { Entries } from "../../src/scoring/types";
import { buildPlan } from "../../src/sheet/buildPlan";
import { planUpgrade, UNMATCHED_SHEET } from "../../src/sheet/upgrade";
import type { ActiveSheet } from "../../src/taskpane/hooks/useSheetReport";
import { UpgradePanel, upgradeKind } from "../../src/taskpane/components/UpgradePanel";
import { strings } from "../../src/taskpane/i18n";
import { miniTemplate } from "../../src/template/builtin/mini";
import type { Template } from "../../src/template/schema";
import { fakeActions, fakeWorkbook, type FakeActions, type FakeWorkbook } from "./fakeActions";
import { button, renderPane } from "./support";

const vi = strings("vi");

/** Version 1.1.0: 1.1 worth 1 point, II/1/b gone, II/1/c new. */
function nextVersion(): Template {
  const t: Template = JSON.parse(JSON.stringify(miniTemplate));
  t.version = "1.1.0";
  const c1 = t.parts[0].fields[0].criteria[0];
  c1.items[0] = { ...c1.items[0], maxPoints: 1, steps: [0, 1] };
  const ii = t.parts[1].criteria[0];
  ii.items = [ii.items[0], { ...ii.items[1], code: "c", name: "Thu hút đầu tư" }];
  return t;
}

const ENTRIES: Entries = {
  "I/I/1/1.1": { self: 2, evidence: "KH 01" },
  "I/I/1/1.2": { self: 1.5, evidence: "BC 02" },
  "II/1/b": { self: 1, evidence: "BC 03" },
};

const oldPlan = buildPlan(miniTemplate, { unit: "Xã Bình An", year: 2024 });
const next = nextVersion();

function Harness(props: { actions: FakeActions; workbook: FakeWorkbook; chosen: Template; upgraded: ActiveSheet[] }) {
  const [active, setActive] = useState<ActiveSheet>({ template: miniTemplate, plan: oldPlan });
  return (
    <UpgradePanel
      lang="vi"
      actions={props.actions}
      workbook={props.workbook}
      active={active}
      chosen={props.chosen}
      onUpgraded={(a) => {
        props.upgraded.push(a);
        setActive(a);
      }}
    />
  );
}

function setup(chosen: Template = next) {
  const actions = fakeActions({ entries: ENTRIES });
  const workbook = fakeWorkbook();
  const upgraded: ActiveSheet[] = [];
  renderPane(<Harness actions={actions} workbook={workbook} chosen={chosen} upgraded={upgraded} />);
  return { actions, workbook, upgraded };
}

describe("Cập nhật bộ chỉ số", () => {
  it("is offered for another version of the sheet's template, not for the same version", () => {
    const active = { template: miniTemplate, plan: oldPlan };
    expect(upgradeKind(active, next)).toBe("version");
    expect(upgradeKind(active, miniTemplate)).toBeNull();
    expect(upgradeKind(active, { ...miniTemplate, id: "khac" })).toBe("other");
    expect(upgradeKind(null, next)).toBeNull();
  });

  it("previews carried, changed, added and unmatched items without writing anything", async () => {
    const { actions, workbook } = setup();
    expect(screen.getByText(vi.upgradeOffer(oldPlan.layout.sheetName, "1.0.0", "1.1.0"))).toBeTruthy();
    fireEvent.click(button(vi.upgradePreview));
    const preview = await screen.findByTestId("upgrade-preview");
    const up = planUpgrade(miniTemplate, next, ENTRIES);
    expect(within(preview).getByTestId("upgrade-carried").textContent).toBe(vi.upgradeCarried(Object.keys(up.carried).length));
    expect(within(preview).getByText(vi.upgradeChanged(up.changed.length))).toBeTruthy();
    expect(within(preview).getByText(vi.upgradeAdded(up.added.length))).toBeTruthy();
    const unmatched = within(within(preview).getByTestId("upgrade-unmatched")).getAllByRole("listitem").map((li) => li.textContent);
    expect(unmatched).toHaveLength(2);
    expect(unmatched.some((t) => t?.includes(vi.reasonItemRemoved))).toBe(true);
    expect(unmatched.some((t) => t?.includes(vi.reasonOverNewMax("2", "1")))).toBe(true);
    expect(actions.calls.read).toEqual([oldPlan]);
    expect(workbook.writes()).toBe(0);

    // Cancel: still nothing written.
    fireEvent.click(button(vi.cancel));
    await act(async () => undefined);
    expect(workbook.writes()).toBe(0);
  });

  it("on confirmation upgrades, writes the unmatched block, and names the kept old sheet", async () => {
    const { workbook, upgraded } = setup();
    fireEvent.click(button(vi.upgradePreview));
    fireEvent.click(await screen.findByRole("button", { name: vi.upgradeConfirm }));
    const done = await screen.findByTestId("upgrade-done");
    const oldName = `${oldPlan.layout.sheetName} (cũ)`;
    expect(done.textContent).toContain(vi.upgradeDone(oldName));
    expect(done.textContent).toContain(vi.upgradeUnmatchedWritten(UNMATCHED_SHEET));

    const up = planUpgrade(miniTemplate, next, ENTRIES);
    expect(workbook.calls.upgrade).toHaveLength(1);
    const call = workbook.calls.upgrade[0];
    expect(call.oldPlan).toBe(oldPlan);
    expect(call.newPlan).toEqual(buildPlan(next, { unit: "Xã Bình An", year: 2024, sheetName: oldPlan.layout.sheetName }));
    expect(call.carried).toEqual(up.carried);
    expect(workbook.calls.extra.map((e) => [e.sheet.name, e.replace])).toEqual([[UNMATCHED_SHEET, false]]);
    expect(upgraded.map((a) => a.template.version)).toEqual(["1.1.0"]);
    // The sheet now is the new version: no further offer.
    expect(screen.queryByRole("button", { name: vi.upgradePreview })).toBeNull();
  });

  it("an older unmatched sheet is replaced only when the user asks", async () => {
    const { workbook } = setup();
    workbook.existing.add(UNMATCHED_SHEET);
    fireEvent.click(button(vi.upgradePreview));
    fireEvent.click(await screen.findByRole("button", { name: vi.upgradeConfirm }));
    await screen.findByText(new RegExp(vi.upgradeUnmatchedExists(UNMATCHED_SHEET).replace(/[()]/g, ".")));
    expect(workbook.calls.extra.map((e) => e.replace)).toEqual([false]);
    fireEvent.click(button(vi.upgradeUnmatchedReplace(UNMATCHED_SHEET)));
    await waitFor(() => expect(screen.getByTestId("upgrade-done").textContent).toContain(vi.upgradeUnmatchedWritten(UNMATCHED_SHEET)));
    expect(workbook.calls.extra.map((e) => e.replace)).toEqual([false, true]);
  });

  it("a failed upgrade says so and does not switch the active sheet", async () => {
    const { workbook, upgraded } = setup();
    workbook.upgradeResult = { kind: "error", message: () => "không đổi tên được trang" };
    fireEvent.click(button(vi.upgradePreview));
    fireEvent.click(await screen.findByRole("button", { name: vi.upgradeConfirm }));
    await screen.findByText(vi.upgradeFailed("không đổi tên được trang"));
    expect(upgraded).toEqual([]);
    expect(workbook.calls.extra).toEqual([]);
  });
});
