import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { dongNai2023Xa } from "../../../src/template/builtin";
import { importFindingMessage, importTable, parseTsv, type ImportFinding, type ImportOptions } from "../../../src/template/import";
import { parseTemplate } from "../../../src/template/validate";

/**
 * The corpus: each test/fixtures/import/NN-*.tsv is an appendix table as officers receive it, with
 * NN-*.expected.json holding the options, the expected template (schema defaults may be left out)
 * and the expected findings, row by row.
 */
const DIR = join(__dirname, "../../fixtures/import");

interface Expected {
  description: string;
  options: ImportOptions;
  template: unknown;
  findings: ImportFinding[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith(".tsv"))
  .sort();

test("the corpus has at least 10 tables", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(10);
});

describe.each(fixtures)("%s", (file) => {
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.tsv$/, ".expected.json")), "utf8")) as Expected;
  const result = importTable(parseTsv(readFileSync(join(DIR, file), "utf8")), expected.options);

  test("template as expected", () => {
    if (expected.template === null) {
      expect(result.template).toBeNull();
      return;
    }
    const want = parseTemplate(expected.template);
    if (!want.ok) throw new Error(`expected template of ${file} is itself invalid: ${JSON.stringify(want.issues)}`);
    expect(result.template).toEqual(want.value);
  });

  test("findings as expected, each with a message", () => {
    expect(result.findings).toEqual(expected.findings);
    for (const f of result.findings) {
      expect(importFindingMessage(f, "vi")).not.toMatch(/undefined|NaN|\[object/);
      expect(importFindingMessage(f, "en")).not.toMatch(/undefined|NaN|\[object/);
      if (f.row !== null) expect(importFindingMessage(f, "vi")).toContain(`Dòng ${f.row}`);
    }
  });
});

test("the generated full appendix expects exactly the built-in template's tree", () => {
  const expected = JSON.parse(readFileSync(join(DIR, "01-dong-nai-2023-phu-luc.expected.json"), "utf8")) as Expected;
  expect((expected.template as { parts: unknown }).parts).toEqual(JSON.parse(JSON.stringify(dongNai2023Xa.parts)));
});
