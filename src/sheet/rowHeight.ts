/**
 * Row heights for wrapped text. Neither ExcelJS nor Office.js sizes rows when writing, and a row
 * left at the default height cuts wrapped text on screen and on paper, so the plan carries an
 * estimate: lines per cell from its width in characters, the tallest cell wins.
 */
const LINE_POINTS = 16.5;

/** Characters per width unit: Times New Roman at 12 pt is narrower than Calibri's "0" (LibreOffice fits
 * about 1.3; 1.2 keeps a margin for Excel), bold less so, bold capitals much less. */
const DENSITY = { normal: 1.2, bold: 1.05, boldUpper: 0.82 } as const;
export type TextWeight = keyof typeof DENSITY;

export function linesFor(text: string, widthChars: number, fontSize = 12, weight: TextWeight = "normal"): number {
  const perLine = Math.max(1, Math.floor(widthChars * DENSITY[weight] * (12 / fontSize)));
  return text.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** `minLines` leaves room for what officers type later (an evidence reference takes two lines). */
export function rowHeightFor(cells: Array<{ text: string; widthChars: number; fontSize?: number; weight?: TextWeight }>, minLines = 1): number {
  const lines = Math.max(minLines, ...cells.map((c) => linesFor(c.text, c.widthChars, c.fontSize, c.weight)));
  return Math.ceil(lines * LINE_POINTS + 3);
}
