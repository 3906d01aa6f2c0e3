import type { SheetPlan } from "../sheet/plan";
import type { Worksheet } from "./exceljs";

/** "hidden", not "veryHidden": a reviewer can still unhide the meta sheet from Excel's menu. */
export function writeVisibility(ws: Worksheet, sheet: SheetPlan): void {
  switch (sheet.visibility) {
    case "visible":
      ws.state = "visible";
      return;
    case "hidden":
      ws.state = "hidden";
      return;
    default: {
      const never: never = sheet.visibility;
      throw new Error(`Unknown sheet visibility ${String(never)}`);
    }
  }
}
