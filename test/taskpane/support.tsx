import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import type { ReactElement } from "react";

export function renderPane(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** A button of the open dialog, once its opening transition lets assistive technology see it. */
export function dialogButton(name: string): Promise<HTMLElement> {
  return waitFor(() => within(screen.getByRole("alertdialog")).getByRole("button", { name }));
}

export function button(name: string): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}
