/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { scoreEntries } from "../../src/scoring/engine";
import type { Entries } from "../../src/scoring/types";
import { Summary } from "../../src/taskpane/components/Summary";
import { strings } from "../../src/taskpane/i18n";
import { summarize } from "../../src/taskpane/summary";
import { miniTemplate } from "../../src/template/builtin/mini";
import { formatPoints } from "../../src/template/messages";
import { renderPane } from "./support";

const vi = strings("vi");

describe("summary: the appraised result beside the self-assessed one", () => {
  it.each<[string, Entries, boolean]>([
    ["no appraisal yet: the same result", { "I/I/1/1.1": { self: 2, evidence: "KH 01" } }, false],
    ["appraisal lowers a score", { "I/I/1/1.1": { self: 2, evidence: "KH 01", appraised: 0 } }, true],
  ])("%s", (_title, entries, differs) => {
    const report = scoreEntries(miniTemplate, entries);
    const view = summarize(miniTemplate, report, "vi");
    expect(view.final.differs).toBe(differs);
    renderPane(<Summary lang="vi" view={view} />);
    expect(screen.getByTestId("summary-total").textContent).toBe(formatPoints(report.self.total));
    expect(screen.getByTestId("summary-final").textContent).toBe(`${formatPoints(report.final.total)} – ${report.final.classification}`);
    expect(screen.getByText(vi.finalResult)).toBeTruthy();
    if (differs) expect(report.final.total).not.toBe(report.self.total);
  });
});
