/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { ConsolidationPanel } from "../../src/taskpane/components/ConsolidationPanel";
import { strings } from "../../src/taskpane/i18n";
import { fakeWorkbook } from "./fakeActions";
import { button, renderPane } from "./support";

const vi = strings("vi");

function xlsx(name: string, bytes: number[]): File {
  return new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

describe("Tổng hợp các xã", () => {
  it("shows the progress while consolidating, then the count and the problems", async () => {
    const workbook = fakeWorkbook();
    let release!: () => void;
    workbook.consolidateGate = new Promise((r) => (release = r));
    workbook.consolidation = { kind: "consolidated", fileName: "tong-hop.xlsx", communes: 2, problems: [{ file: "xa-c.xlsx", reason: "không phải biểu chấm điểm" }] };
    renderPane(<ConsolidationPanel lang="vi" workbook={workbook} />);
    const input = screen.getByTestId("consolidation-files") as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain(".xlsx");
    const files = [xlsx("xa-a.xlsx", [1, 2, 3]), xlsx("xa-b.xlsx", [4]), xlsx("xa-c.xlsx", [5, 6])];
    await act(async () => {
      fireEvent.change(input, { target: { files } });
    });
    await screen.findByText(vi.consolidateProgress(3, 3, "xa-c.xlsx"));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(button(vi.consolidateRunning).disabled).toBe(true);
    expect(workbook.calls.consolidate).toHaveLength(1);
    expect(workbook.calls.consolidate[0].map((f) => [f.name, Array.from(f.bytes)])).toEqual([
      ["xa-a.xlsx", [1, 2, 3]],
      ["xa-b.xlsx", [4]],
      ["xa-c.xlsx", [5, 6]],
    ]);

    await act(async () => release());
    const result = await screen.findByTestId("consolidation-result");
    expect(result.textContent).toContain(vi.consolidateDone(2, "tong-hop.xlsx"));
    expect(result.textContent).toContain(vi.consolidateProblems(1));
    expect(result.textContent).toContain("xa-c.xlsx: không phải biểu chấm điểm");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("a failed consolidation is a message", async () => {
    const workbook = fakeWorkbook();
    workbook.consolidation = { kind: "error", message: () => "hết bộ nhớ" };
    renderPane(<ConsolidationPanel lang="vi" workbook={workbook} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId("consolidation-files"), { target: { files: [xlsx("xa-a.xlsx", [1])] } });
    });
    await waitFor(() => expect(screen.getByText(vi.consolidateFailed("hết bộ nhớ"))).toBeTruthy());
  });
});
