/** pdfinfo, pdftotext and pdftoppm (poppler-utils) for the print tests. */
import { execFileSync } from "child_process";
import { existsSync } from "fs";

const TOOLS = ["pdfinfo", "pdftotext", "pdftoppm"] as const;

function which(tool: string): string | null {
  for (const dir of ["/usr/bin", "/usr/local/bin", "/bin"]) if (existsSync(`${dir}/${tool}`)) return `${dir}/${tool}`;
  return null;
}

export function popplerMissingReason(): string | null {
  const missing = TOOLS.filter((t) => !which(t));
  return missing.length ? `poppler-utils (${missing.join(", ")}) not installed: apt-get install poppler-utils` : null;
}

/** Size of every page in PDF points (1/72 inch). */
export function pdfPageSizes(pdf: string): Array<{ width: number; height: number }> {
  const info = execFileSync(which("pdfinfo")!, [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const perPage = execFileSync(which("pdfinfo")!, ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...perPage.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The text of one page (1-based), in reading layout. */
export function pdfPageText(pdf: string, page: number): string {
  return execFileSync(which("pdftotext")!, ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });
}

/** Render one page to `${outBase}.png`; returns that path. */
export function pdfPageToPng(pdf: string, page: number, outBase: string, dpi = 80): string {
  execFileSync(which("pdftoppm")!, ["-f", String(page), "-l", String(page), "-png", "-r", String(dpi), "-singlefile", pdf, outBase]);
  return `${outBase}.png`;
}
