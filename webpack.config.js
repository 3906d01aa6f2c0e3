/**
 * Builds the task pane (React) and the ribbon's function file into dist/, with manifest.xml and the
 * icons beside them.
 *
 * Settings, from the environment:
 *   ADDIN_ORIGIN  the https origin the add-in is served from in production, e.g.
 *                 ADDIN_ORIGIN=https://cchc.example.gov.vn npm run build
 *                 Every https://localhost:3000 in manifest.xml becomes that origin in dist/manifest.xml.
 *                 Unset: the development origin stays (fine for trying the build locally).
 *   DEV_PORT      the development server's port (npm start), 3000 by default.
 *
 * Production output is lean on purpose: production mode, ES modules through ts-loader so that
 * Fluent UI and the rest are tree-shaken, no source maps. ExcelJS (for the standalone .xlsx on old
 * Excel) and the template validator (zod, for JSON files) are chunks fetched only when needed; the
 * built-in templates are validated here, at build time.
 */
"use strict";
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { applyCspHashes, cspOf, inlineScripts, sha256Source } = require("./scripts/csp");
const { StandaloneWorkbookPlugin } = require("./scripts/standaloneWorkbookPlugin");

const DEV_ORIGIN = "https://localhost:3000";
/** Replaced by the built-in templates as validated data (scripts/builtinTemplatesLoader.js). */
const BUILTINS_MODULE = /src[\\/]taskpane[\\/]builtins\.ts$/;

function productionOrigin() {
  const raw = process.env.ADDIN_ORIGIN;
  if (!raw) return DEV_ORIGIN;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_ORIGIN="${raw}" is not a URL; give an https origin such as https://cchc.example.gov.vn`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_ORIGIN must be https (Office loads add-ins over https only): ${raw}`);
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`ADDIN_ORIGIN must be an origin without a path (every file is served from its root): ${raw}`);
  }
  return url.origin;
}

/** Rewrites the CSP placeholder of every emitted page with the hashes of its inline scripts. */
class CspHashPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("CspHashPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("CspHashPlugin", (data) => {
        data.html = applyCspHashes(data.html);
        return data;
      });
    });
  }
}

/**
 * Marks assets as minified so that webpack's minimizer leaves them alone:
 * - the ExcelJS/JSZip chunk arrives minified (their "browser" builds); minifying a megabyte of it
 *   again costs a minute per build and saves nothing;
 * - the HTML pages: their inline fallback script must stay the ES5 that Internet Explorer 11 runs,
 *   byte for byte what the CSP hash was computed on.
 */
class SkipMinimizerPlugin {
  constructor({ chunkNames, test }) {
    this.chunkNames = chunkNames;
    this.test = test;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SkipMinimizerPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // additionalAssets: html-webpack-plugin emits its pages at a later stage, and the minimizer
        // would take them as they arrive.
        { name: "SkipMinimizerPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1, additionalAssets: true },
        (assets) => {
          const files = new Set(Object.keys(assets).filter((f) => this.test.test(f)));
          for (const chunk of compilation.chunks) {
            if (this.chunkNames.includes(chunk.name)) for (const f of chunk.files) files.add(f);
          }
          for (const f of files) compilation.updateAsset(f, (source) => source, { minimized: true });
        },
      );
    });
  }
}

/** Fails the build when an emitted page runs an inline script its CSP does not allow. */
class CspCheckPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CspCheckPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CspCheckPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets).filter((f) => f.endsWith(".html"))) {
          const html = assets[name].source().toString();
          const policy = cspOf(html) || "";
          for (const script of inlineScripts(html)) {
            if (!policy.includes(sha256Source(script))) {
              compilation.errors.push(new compiler.webpack.WebpackError(`${name}: an inline script is not allowed by the page's Content-Security-Policy`));
            }
          }
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const origin = production ? productionOrigin() : DEV_ORIGIN;
  const port = Number(process.env.DEV_PORT || 3000);

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    // Never eval-based: the pages' CSP has no 'unsafe-eval'.
    devtool: production ? false : "source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: BUILTINS_MODULE,
          use: path.resolve(__dirname, "scripts", "builtinTemplatesLoader.js"),
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, BUILTINS_MODULE],
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules for tree shaking (tsconfig says commonjs for node and jest).
              compilerOptions: { module: "es2020", sourceMap: !production },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: "exceljs", chunks: "async", enforce: true },
          zod: { test: /[\\/]node_modules[\\/]zod[\\/]/, name: "zod", chunks: "async", enforce: true },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CspHashPlugin(),
      new SkipMinimizerPlugin({ chunkNames: ["exceljs"], test: /\.html$/ }),
      new CspCheckPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/fallback.css", to: "fallback.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString("utf8").split(DEV_ORIGIN).join(origin),
          },
        ],
      }),
      // The file the fallback message and the help page link to, for Excel without the pane.
      new StandaloneWorkbookPlugin({ fileName: "cham-diem-cchc.xlsx" }),
    ],
    devServer: {
      port,
      host: "localhost",
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      headers: { "Access-Control-Allow-Origin": "*" },
      // scripts/start.js replaces this with the certificate it could get, or plain http.
      server: "https",
    },
  };
};
