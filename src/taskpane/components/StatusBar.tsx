import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A one-line outcome under a button; role status so that screen readers hear it. */
export function StatusBar(props: { intent: "success" | "error" | "warning" | "info"; testId?: string; children: ReactNode }) {
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId} role={props.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
