import { selectCell } from "../excel/select";
import { DEFAULT_SHEET_NAME } from "../sheet/buildPlan";
import { HEADER_ROWS } from "../sheet/columns";
import { a1 } from "../sheet/address";
import { COL } from "../sheet/plan";

/**
 * Ribbon functions (manifest.xml, ExecuteFunction). Each one calls the same src/excel actions as the
 * task pane and completes the event whatever happens: Office shows a spinner on the button until it
 * does, and gives up on the add-in after a while.
 */

/** The self-score column just below the header of the scoring sheet. */
export const FIRST_SCORE_CELL = a1(HEADER_ROWS.last + 1, COL.self);

export async function goToScoringSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await selectCell(DEFAULT_SHEET_NAME, FIRST_SCORE_CELL);
  } catch (e) {
    // No UI here: the pane's Kiểm tra explains a missing sheet. Logged for the developer tools only.
    console.error("goToScoringSheet:", e);
  } finally {
    event.completed();
  }
}

const COMMANDS: Record<string, (event: Office.AddinCommands.Event) => Promise<void>> = { goToScoringSheet };

/** Registers the commands; both ways, since Office before the shared runtime looks for globals. */
export function registerCommands(office: typeof Office | undefined, scope: Record<string, unknown>): void {
  for (const [name, fn] of Object.entries(COMMANDS)) {
    scope[name] = fn;
    if (office?.actions?.associate) office.actions.associate(name, fn);
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => registerCommands(Office, globalThis as unknown as Record<string, unknown>));
}
