/**
 * Webpack loader for src/taskpane/builtins.ts: runs the built-in template modules in node (with tsx)
 * at build time, where defineTemplate() validates them, and hands the bundle the result as plain
 * JSON. An invalid built-in template fails the build instead of the pane.
 */
"use strict";
const path = require("path");

module.exports = function builtinTemplatesLoader() {
  const done = this.async();
  const dir = path.resolve(__dirname, "..", "src", "template", "builtin");
  this.addContextDependency(dir);
  try {
    const { require: tsxRequire } = require("tsx/cjs/api");
    // A fresh load each build, so that the dev server picks up edited templates.
    for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
    const { builtinTemplates } = tsxRequire(path.join(dir, "index.ts"), __filename);
    const json = JSON.stringify(builtinTemplates);
    done(null, `/* Built-in templates, validated at build time by scripts/builtinTemplatesLoader.js. */\nexport const builtinTemplates = JSON.parse(${JSON.stringify(json)});\n`);
  } catch (e) {
    done(new Error(`built-in templates could not be loaded: ${e && e.stack ? e.stack : e}`));
  }
};
