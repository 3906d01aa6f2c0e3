/**
 * Row heights for wrapped text. Neither ExcelJS nor Office.js sizes rows when writing, and a row
 * left at the default height cuts wrapped text on screen and on paper, so the plan carries an
 * estimate: lines per cell from its width in characters, the tallest cell wins.
 */
const LINE_POINTS = 16.5;

export function linesFor(text: string, widthChars: number, fontSize = 12): number {
  // A Times New Roman character at 12 pt is a little narrower than the width unit (Calibri's "0").
  const perLine = Math.max(1, Math.floor(widthChars * 1.05 * (12 / fontSize)));
  return text.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

export function rowHeightFor(cells: Array<{ text: string; widthChars: number; fontSize?: number }>): number {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.text, c.widthChars, c.fontSize)));
  return Math.ceil(lines * LINE_POINTS + 3);
}
