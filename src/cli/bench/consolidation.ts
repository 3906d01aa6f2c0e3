import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { buildPlan } from "../../sheet/buildPlan";
import type { CellValue, Entries } from "../../scoring/types";
import { builtinTemplates } from "../../template/builtin";
import type { Template } from "../../template/schema";
import { scoredEntries } from "../../template/walk";
import { consolidate } from "../../xlsx/consolidate/consolidate";
import { sourcesFromPaths } from "../../xlsx/consolidate/nodeSources";
import { workbookWithEntries } from "../../xlsx/fillEntries";
import { nodeInflate } from "../../xlsx/nodeInflate";
import { writeWorkbook } from "../../xlsx/writeWorkbook";
// The seeded generator of the tests, so that every run consolidates the same communes.
import { rng } from "../../../test/support/random";

/** A commune's entries: mostly valid scores with evidence, a few blanks and slips, as real files have. */
function communeEntries(template: Template, r: () => number): Entries {
  const entries: Entries = {};
  for (const e of scoredEntries(template)) {
    const roll = r();
    const score: CellValue = roll < 0.04 ? null : roll < 0.06 ? "1,5" : e.steps ? e.steps[Math.floor(r() * e.steps.length)] : Math.round(r() * e.maxPoints * 4) / 4;
    entries[e.key] = { self: score, evidence: r() < 0.85 ? `QĐ số ${Math.floor(r() * 300)}/QĐ-UBND` : null, explanation: r() < 0.1 ? "Đã giải trình" : null };
  }
  return entries;
}

function findSoffice(): string | null {
  if (process.env.SOFFICE) return existsSync(process.env.SOFFICE) ? process.env.SOFFICE : null;
  for (const c of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (existsSync(c)) return c;
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** One soffice call converting every file, with a fresh profile (as a first run on a clerk's PC). */
function libreOfficeConvert(soffice: string, files: string[], outDir: string, profile: string): Promise<void> {
  const args = ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "xlsx", "--outdir", outDir, ...files];
  return new Promise((ok, fail) => execFile(soffice, args, { timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 }, (err) => (err ? fail(err) : ok())));
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * `npm run bench -- consolidation`: n generated communes of the built-in template, consolidated
 * as `npm run consolidate` does (read, audit, score, write the result), timed; then LibreOffice
 * converting the same files in one call, timed, and the ratio.
 */
export async function benchConsolidation(n: number): Promise<void> {
  const template = builtinTemplates[0];
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-consolidation-"));
  try {
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    const r = rng(20231120);
    const g0 = performance.now();
    for (let i = 1; i <= n; i++) {
      const unit = `Xã Thử Nghiệm ${String(i).padStart(3, "0")}`;
      const plan = buildPlan(template, { unit });
      writeFileSync(join(inputs, `xa-${String(i).padStart(3, "0")}.xlsx`), await workbookWithEntries(plan, communeEntries(template, r)));
    }
    console.log(`consolidation: ${n} filled workbooks of ${template.id} generated in ${s(performance.now() - g0)}`);

    const t0 = performance.now();
    const { sources } = await sourcesFromPaths([inputs], { cwd: dir });
    const outcome = await consolidate(sources, { known: builtinTemplates, inflate: nodeInflate });
    writeFileSync(join(dir, "tong-hop.xlsx"), await writeWorkbook(outcome.plan));
    const ours = performance.now() - t0;
    const taken = outcome.files.filter((f) => f.taken).length;
    console.log(`  consolidate ${n} workbooks   ${s(ours)}  (${(ours / n).toFixed(1)} ms per workbook; ${taken} taken, ${outcome.problems.length} problems listed)`);

    const soffice = findSoffice();
    if (!soffice) {
      console.log("  LibreOffice comparison skipped: soffice is not installed (set SOFFICE to its path)");
      return;
    }
    const outDir = join(dir, "lo-out");
    const profile = join(dir, "lo-profile");
    mkdirSync(outDir);
    const files = readdirSync(inputs).map((f) => join(inputs, f));
    const l0 = performance.now();
    await libreOfficeConvert(soffice, files, outDir, profile);
    const lo = performance.now() - l0;
    const converted = readdirSync(outDir).length;
    console.log(`  LibreOffice converting them  ${s(lo)}  (${converted}/${n} files, one soffice call, fresh profile)`);
    console.log(`  consolidation is ×${(lo / ours).toFixed(1)} faster than LibreOffice converting the same files`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
