import * as path from "path";

/**
 * Bundle the Excel fake for browsers: test-artifacts/excel-fake.js, one IIFE that installs the fake
 * (see browserEntry.ts). Uses esbuild, which tsx brings along. Run: npx tsx test/fakes/buildBrowserFake.ts
 */
const ROOT = path.resolve(__dirname, "..", "..");
export const BROWSER_FAKE = path.join(ROOT, "test-artifacts", "excel-fake.js");

export async function buildBrowserFake(outfile = BROWSER_FAKE): Promise<string> {
  let esbuild: typeof import("esbuild");
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new Error("esbuild is not installed (it comes with tsx: npm install)");
  }
  await esbuild.build({
    entryPoints: [path.join(__dirname, "browserEntry.ts")],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    legalComments: "none",
    logLevel: "warning",
  });
  return outfile;
}

if (require.main === module) {
  buildBrowserFake().then(
    (file) => console.log(`wrote ${path.relative(process.cwd(), file)}`),
    (e: Error) => {
      console.error(e.message);
      process.exitCode = 1;
    },
  );
}
