/**
 * A row of the appendix once read: the generic tree that assemble.ts maps onto the template schema.
 * Kinds follow the numbering written in the table, not the schema levels, because tables differ in
 * how many levels they use.
 */
export type NodeKind = "part" | "adjustment" | "roman" | "number" | "dotted" | "letter" | "bullet" | "plain";

export interface RuleLine {
  text: string;
  /** Points written on the same row, when the line is one level of a stepped rule. */
  points: number | null;
}

export interface Node {
  kind: NodeKind;
  /** The code as written ("1.1", "a", "II"), null for bullets and rows without a number. */
  code: string | null;
  /** Number of dotted parts for "dotted" (1.1 → 2). */
  depth: number;
  mark: "-" | "+" | null;
  adjustmentKind: "bonus" | "penalty" | null;
  name: string;
  points: number | null;
  rule: RuleLine[];
  methodText: string[];
  evidenceText: string[];
  stepsText: string;
  /** Sheet row number of the node's first row. */
  row: number;
  /** What the row showed in the STT and content columns, to recognise merged continuation rows. */
  sttRaw: string;
  nameRaw: string;
  children: Node[];
}

/** Nesting order: a row belongs to the nearest row above it with a smaller rank. */
export function rankOf(n: Node): number {
  switch (n.kind) {
    case "part":
      return 0;
    case "adjustment":
    case "roman":
      return 1;
    case "number":
      return 2;
    case "dotted":
      return 1 + n.depth;
    case "letter":
      return 6.5;
    case "bullet":
      return n.mark === "+" ? 8 : 7;
    case "plain":
      return 7;
    default: {
      const never: never = n.kind;
      return never;
    }
  }
}

/** Bullets and unnumbered rows with points: levels of a rule or unnamed parts of their parent. */
export const isBulletLike = (n: Node): boolean => n.kind === "bullet" || n.kind === "plain";

export function newNode(partial: Pick<Node, "kind" | "name" | "row"> & Partial<Node>): Node {
  return {
    code: null,
    depth: 0,
    mark: null,
    adjustmentKind: null,
    points: null,
    rule: [],
    methodText: [],
    evidenceText: [],
    stepsText: "",
    sttRaw: "",
    nameRaw: "",
    children: [],
    ...partial,
  };
}
