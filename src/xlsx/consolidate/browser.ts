import type { Template } from "../../template/schema";
import { writeWorkbook } from "../writeWorkbook";
import { consolidate, type ConsolidationOutcome } from "./consolidate";
import type { ConsolidationSource } from "./readOne";

/**
 * The task pane's entry to the consolidation: files the user chose on disk, already in memory as
 * bytes (no node fs), read with the web platform's inflater, giving the consolidation outcome and
 * the workbook's bytes to download. The page repaints its progress bar between files.
 */
export interface InMemoryFile {
  name: string;
  bytes: Uint8Array;
}

export function inMemorySources(files: readonly InMemoryFile[]): ConsolidationSource[] {
  return files.map((f) => ({ name: f.name, size: f.bytes.byteLength, read: async () => f.bytes }));
}

export async function consolidateInMemory(
  files: readonly InMemoryFile[],
  opts: { known?: readonly Template[]; onProgress?: (done: number, total: number, file: string) => void; title?: string } = {},
): Promise<{ outcome: ConsolidationOutcome; bytes: Uint8Array }> {
  const outcome = await consolidate(inMemorySources(files), { known: opts.known, onProgress: opts.onProgress, title: opts.title, yieldEachFile: true });
  return { outcome, bytes: await writeWorkbook(outcome.plan) };
}
