/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { strings } from "../../src/taskpane/i18n";

function Broken(): JSX.Element {
  throw new Error("hỏng khi vẽ");
}

describe("ErrorBoundary", () => {
  it("turns a rendering error into a message with a reload button, never a blank pane", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let reloads = 0;
    render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBoundary lang="vi" onReload={() => reloads++}>
          <Broken />
        </ErrorBoundary>
      </FluentProvider>,
    );
    quiet.mockRestore();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(strings("vi").crashTitle);
    expect(alert.textContent).toContain("hỏng khi vẽ");
    fireEvent.click(screen.getByRole("button", { name: strings("vi").reload }));
    expect(reloads).toBe(1);
  });

  it("renders its children when nothing fails", () => {
    render(
      <ErrorBoundary lang="en">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText("fine")).toBeTruthy();
  });
});
