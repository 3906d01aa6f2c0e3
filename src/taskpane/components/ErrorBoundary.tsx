import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Lang } from "../../template/messages";
import { strings } from "../i18n";

/** The pane is never blank: a rendering error becomes a message with a way out. */
export class ErrorBoundary extends Component<{ lang: Lang; children: ReactNode; onReload?: () => void }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the developer tools; nothing is sent anywhere.
    console.error("Chấm điểm CCHC:", error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = strings(this.props.lang);
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.crashTitle}</MessageBarTitle>
          {s.crashBody}
          <div>
            <code>{error.message}</code>
          </div>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => (this.props.onReload ? this.props.onReload() : window.location.reload())}>{s.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
