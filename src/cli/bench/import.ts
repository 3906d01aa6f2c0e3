import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { importTable, parseTsv } from "../../template/import";
import { medianMs, ms } from "../timing";

/** Import time of the largest appendix table of the test corpus (parse + import, median). */
export async function benchImport(dir = "test/fixtures/import"): Promise<void> {
  const tables = readdirSync(dir).filter((f) => f.endsWith(".tsv"));
  if (tables.length === 0) {
    console.log(`import: no .tsv fixture in ${dir}`);
    return;
  }
  const largest = tables.map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const text = readFileSync(largest, "utf8");
  const rows = parseTsv(text).length;
  const t = await medianMs(15, () => importTable(parseTsv(text)));
  console.log(`import of the largest fixture (${largest}, ${rows} rows): ${ms(t)}`);
}
