import type { Result } from "./issues";
import type { Template } from "./schema";
import { parseTemplate } from "./validate";

/** Line and column of a character offset, for JSON syntax errors that officers can find. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Offset of a JSON.parse error across engines ("at position 12", "line 3 column 5"). */
function errorLocation(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  return lineColumn(text, text.length);
}

export function templateFromJson(text: string, source = "JSON"): Result<Template> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ code: "jsonSyntax", source, ...errorLocation(text, detail), detail }] };
  }
  return parseTemplate(data);
}

export function templateToJson(t: Template): string {
  return JSON.stringify(t, null, 2) + "\n";
}
