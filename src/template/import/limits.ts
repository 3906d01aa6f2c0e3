/**
 * Bounds that keep an import fast whatever it is given. An official appendix has a few hundred rows;
 * anything far beyond is not one, and is refused instead of parsed.
 */
export const LIMITS = {
  /** Non-blank rows after the header. */
  maxDataRows: 5000,
  /** Rows searched for the header. */
  headerSearchRows: 40,
  /** Columns looked at in the header search. */
  maxColumns: 60,
  /** Characters of one cell kept for parsing. */
  maxCellChars: 4000,
  /** Unrecognised rows in a row before the input is declared not a table. */
  maxUnrecognisedRun: 60,
} as const;
