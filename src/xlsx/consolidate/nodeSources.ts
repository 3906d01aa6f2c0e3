import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import type { ConsolidationSource } from "./readOne";

/**
 * The files named on the command line: a folder gives its spreadsheet files (not its subfolders;
 * Excel's "~$" owner files and hidden files left out), a file is taken as named whatever its
 * extension, so that a mislabelled file is reported rather than skipped. Files are opened read-only.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb)$/i;

export interface NodeSources {
  sources: ConsolidationSource[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

function fileSource(path: string, name: string, size: number): ConsolidationSource {
  return { name, size, read: async () => new Uint8Array(await readFile(path, { flag: "r" })) };
}

export async function sourcesFromPaths(args: readonly string[], opts: { cwd: string; exclude?: readonly string[] }): Promise<NodeSources> {
  const excluded = new Set((opts.exclude ?? []).map((p) => resolve(opts.cwd, p)));
  const sources: ConsolidationSource[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, name: string, size: number) => {
    if (excluded.has(path) || seen.has(path)) return;
    seen.add(path);
    sources.push(fileSource(path, name, size));
  };
  for (const arg of args) {
    const path = resolve(opts.cwd, arg);
    const info = await stat(path).catch(() => null);
    if (!info) {
      missing.push(arg);
      continue;
    }
    if (!info.isDirectory()) {
      add(path, relative(opts.cwd, path) || basename(path), info.size);
      continue;
    }
    const names = (await readdir(path)).filter((n) => SPREADSHEET.test(n) && !n.startsWith("~$") && !n.startsWith(".")).sort((a, b) => a.localeCompare(b, "vi"));
    for (const n of names) {
      const file = join(path, n);
      const s = await stat(file).catch(() => null);
      if (s?.isFile()) add(file, relative(opts.cwd, file) || n, s.size);
    }
  }
  return { sources, missing };
}
