import type { TableCell } from "./types";

/**
 * Tab-separated text as Excel and Word put it on the clipboard: a cell holding a tab, a new line or a
 * quote is wrapped in quotes, with quotes doubled. Blank cells become null. Linear in the text length.
 */
export function parseTsv(text: string): TableCell[][] {
  const rows: TableCell[][] = [];
  let row: TableCell[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endCell = (): void => {
    row.push(cell === "" ? null : cell);
    cell = "";
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === "\t") endCell();
    else if (ch === "\n") endRow();
    else if (ch === "\r") {
      if (text[i + 1] === "\n") i++;
      endRow();
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}
