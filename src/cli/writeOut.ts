import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";

/** Written beside the target and renamed, so that an interrupted run never leaves half a file. */
export function writeOutput(target: string, bytes: Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, target);
}

/** A path as the officer can find it: relative to where the command was typed, when below it. */
export function shownPath(cwd: string, target: string): string {
  const shown = relative(cwd, target);
  return shown && !shown.startsWith("..") ? shown : target;
}
