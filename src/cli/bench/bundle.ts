import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { kb } from "../timing";

/** JavaScript that a page of the build loads: every .js file in the folder whose name starts with one of the entries. */
function jsSize(dir: string, entries: string[]): { raw: number; gzip: number; files: string[] } | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith(".js") && entries.some((e) => f.startsWith(e)));
  if (files.length === 0) return null;
  const buf = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
  return { raw: buf.byteLength, gzip: gzipSync(buf, { level: 9 }).byteLength, files };
}

/**
 * The task pane's production JavaScript, raw and gzip (run `npm run build` first). Set
 * YO_OFFICE_DIST to the dist/ folder of a production build of the `yo office` React task-pane
 * template to print it beside ours.
 */
export function benchBundle(): void {
  const ours = jsSize("dist", ["taskpane", "vendor", "react", "fluent", "polyfill"]);
  if (!ours) {
    console.log("task pane bundle: dist/ not found; run `npm run build` first");
    return;
  }
  console.log(`task pane JavaScript (${ours.files.join(", ")}): ${kb(ours.raw)} raw, ${kb(ours.gzip)} gzip`);
  const yo = process.env.YO_OFFICE_DIST ? jsSize(process.env.YO_OFFICE_DIST, ["taskpane", "vendor", "react", "polyfill"]) : null;
  if (yo) console.log(`yo office React template task pane JavaScript (${yo.files.join(", ")}): ${kb(yo.raw)} raw, ${kb(yo.gzip)} gzip`);
}
