/**
 * The pages' Content-Security-Policy allows inline scripts by hash only (no 'unsafe-inline', no
 * 'unsafe-eval'). The HTML sources carry the placeholder below; the build replaces it with the hashes
 * of the page's own inline scripts as emitted, so an edit to the fallback script cannot leave a stale
 * hash. test/taskpane/csp.test.ts checks the built pages with the same function.
 */
"use strict";
const crypto = require("crypto");

const PLACEHOLDER = "'inline-script-hashes'";

/** Bodies of <script> elements without src, exactly as the browser hashes them. */
function inlineScripts(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let m;
  while ((m = re.exec(html))) {
    if (!/\bsrc\s*=/i.test(m[1])) out.push(m[2]);
  }
  return out;
}

function sha256Source(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The html with the placeholder replaced by the hash sources of its inline scripts. */
function applyCspHashes(html) {
  const sources = inlineScripts(html).map(sha256Source);
  return html.split(PLACEHOLDER).join(sources.length ? sources.join(" ") : "");
}

/** The Content-Security-Policy of a page, from its meta element. */
function cspOf(html) {
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(html);
  return m ? m[2] ?? m[3] : null;
}

module.exports = { PLACEHOLDER, inlineScripts, sha256Source, applyCspHashes, cspOf };
