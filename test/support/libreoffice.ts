/**
 * LibreOffice headless for system tests: recalculate .xlsx files, export a sheet as CSV, print to
 * PDF. Every process gets a FRESH user profile whose registrymodifications.xcu sets
 * Calc/Formula/Load OOXMLRecalcMode (and ODFRecalcMode) to 0, "always recalculate": without it
 * LibreOffice shows the cached values a file carries, even with fullCalcOnLoad (EXCEL.md).
 * soffice starts in about 2 s, so callers pass many files per call; calls within one process are
 * queued because one profile serves one soffice at a time.
 */
import { execFile, execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join, resolve } from "path";
import { pathToFileURL } from "url";

const CANDIDATES = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

/** SOFFICE, when set, is the only candidate (SOFFICE=none shows how the suite skips). */
function findSoffice(): string | null {
  if (process.env.SOFFICE) return existsSync(process.env.SOFFICE) ? process.env.SOFFICE : null;
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  try {
    const p = execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).trim();
    return p || null;
  } catch {
    return null;
  }
}

let soffice: string | null | undefined;

/** Why the LibreOffice tests cannot run here, or null when they can. */
export function libreOfficeMissingReason(): string | null {
  if (soffice === undefined) soffice = findSoffice();
  if (soffice) return null;
  return process.env.SOFFICE
    ? `SOFFICE=${process.env.SOFFICE} does not exist`
    : "LibreOffice (soffice) is not installed: `bash .ci/run` installs libreoffice-calc; set SOFFICE to use another path";
}

export function hasLibreOffice(): boolean {
  return libreOfficeMissingReason() === null;
}

/** The registry setting that makes LibreOffice recompute every formula of a file it opens. */
export const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | null = null;

/** Temporary directories of this process: the profile and default output directories. */
const temporary: string[] = [];

/** Remove them: call from afterAll (jest may end its workers without an "exit" event). */
export function cleanupLibreOffice(): void {
  for (const d of temporary.splice(0)) rmSync(d, { recursive: true, force: true });
  profile = null;
}
process.once("exit", cleanupLibreOffice);

function freshProfile(): string {
  if (!profile) {
    const dir = mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
    temporary.push(dir);
    mkdirSync(join(dir, "user"), { recursive: true });
    writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_XCU);
    profile = dir;
  }
  return profile;
}

let queue: Promise<unknown> = Promise.resolve();

function run(args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  const reason = libreOfficeMissingReason();
  if (reason) return Promise.reject(new Error(reason));
  const job = queue.then(
    () =>
      new Promise<{ stdout: string; stderr: string }>((ok, fail) => {
        const argv = ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(freshProfile()).href}`, ...args];
        execFile(soffice!, argv, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
          if (err) fail(new Error(`soffice ${args.join(" ")} failed: ${err.message}\n${stderr}`));
          else ok({ stdout, stderr });
        });
      }),
  );
  queue = job.catch(() => undefined);
  return job;
}

/** A new empty directory for one conversion's output, removed when the process exits. */
export function scratchDir(prefix = "cchc-lo-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/**
 * Convert many files in one soffice call. Outputs land in `outDir` under the input's base name
 * with the new extension; input names must therefore be distinct. Returns them in input order.
 */
export async function convert(inputs: string[], filter: string, ext: string, outDir = scratchDir()): Promise<string[]> {
  if (inputs.length === 0) return [];
  const names = inputs.map((p) => basename(p, extname(p)));
  if (new Set(names).size !== names.length) throw new Error("convert(): input base names must be distinct");
  const abs = inputs.map((p) => resolve(p));
  if (abs.some((p) => resolve(outDir) === resolve(p, ".."))) throw new Error("convert(): outDir must differ from the inputs' directory");
  const { stdout, stderr } = await run(["--convert-to", filter, "--outdir", outDir, ...abs], 60_000 + 10_000 * inputs.length);
  const outs = names.map((n) => join(outDir, `${n}.${ext}`));
  const missing = outs.filter((o) => !existsSync(o));
  if (missing.length > 0) throw new Error(`soffice wrote no ${missing.join(", ")}\n${stdout}\n${stderr}`);
  return outs;
}

/** Open in LibreOffice (recalculating everything) and save again as .xlsx, with computed values cached. */
export function recalcToXlsx(xlsxPaths: string[], outDir?: string): Promise<string[]> {
  return convert(xlsxPaths, "xlsx:Calc MS Excel 2007 XML", "xlsx", outDir);
}

/** Print to PDF as LibreOffice lays the sheets out (print area, titles, fit to width, footer). */
export function toPdf(xlsxPaths: string[], outDir?: string): Promise<string[]> {
  return convert(xlsxPaths, "pdf:calc_pdf_Export", "pdf", outDir);
}

/**
 * One sheet of a recalculated workbook as CSV text (UTF-8, comma, raw values rather than as shown).
 * `sheet` is a 1-based position or a name; LibreOffice 7.2+ takes the position as the 12th token of
 * the CSV filter options (-1 writes every sheet to <name>-<Sheet>.csv).
 */
export async function recalcToCsv(xlsxPath: string, sheet: number | string = 1): Promise<string> {
  const byName = typeof sheet === "string";
  const options = ["44", "34", "76", "1", "", "0", "false", "true", "false", "false", "false", byName ? "-1" : String(sheet)].join(",");
  const outDir = scratchDir();
  await run(["--convert-to", `csv:Text - txt - csv (StarCalc):${options}`, "--outdir", outDir, resolve(xlsxPath)], 120_000);
  const base = basename(xlsxPath, extname(xlsxPath));
  // LibreOffice names the output <base>-<Sheet name>.csv whenever a sheet is selected.
  const files = readdirSync(outDir).filter((f) => f.endsWith(".csv"));
  const want = byName ? [`${base}-${sheet}.csv`] : files.length === 1 ? files : [];
  if (want.length !== 1 || !files.includes(want[0])) throw new Error(`soffice wrote ${files.join(", ") || "nothing"} for sheet ${sheet} of ${xlsxPath}`);
  return readFileSync(join(outDir, want[0]), "utf8");
}

/** RFC 4180 CSV (quotes doubled, fields may hold commas and newlines) as rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += ch;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}
