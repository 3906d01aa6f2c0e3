/**
 * Emits the standalone scoring workbook (the built-in template, unit left blank) into the build, so
 * that the task pane's fallback message and help page can link to it on the add-in's own origin:
 * an officer whose Excel cannot run the pane downloads it from there. The TypeScript sources are
 * loaded with tsx, the same code as `npm run workbook`; built once per process (the dev server
 * rebuilds often).
 */
"use strict";
const { sources, WebpackError, Compilation } = require("webpack");

const NAME = "StandaloneWorkbookPlugin";

class StandaloneWorkbookPlugin {
  constructor({ fileName }) {
    this.fileName = fileName;
    this.bytes = null;
  }

  async build() {
    if (this.bytes) return this.bytes;
    const { require: tsxRequire } = require("tsx/cjs/api");
    const { builtinTemplates } = tsxRequire("../src/template/builtin/index.ts", __filename);
    const { buildPlan } = tsxRequire("../src/sheet/buildPlan.ts", __filename);
    const { writeWorkbook } = tsxRequire("../src/xlsx/writeWorkbook.ts", __filename);
    const plan = buildPlan(builtinTemplates[0], { unit: "" });
    this.bytes = Buffer.from(await writeWorkbook(plan));
    return this.bytes;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        try {
          compilation.emitAsset(this.fileName, new sources.RawSource(await this.build()));
        } catch (e) {
          const err = new WebpackError(`${NAME}: could not build ${this.fileName}: ${e && e.stack ? e.stack : e}`);
          compilation.errors.push(err);
        }
      });
    });
  }
}

module.exports = { StandaloneWorkbookPlugin };
