/**
 * describe, or describe.skip with the reason printed: jest drops console output of fully skipped
 * files when it runs several, so the reason goes to stderr directly, where `npm test` shows it.
 */
export function systemSuite(what: string, missing: string | null): jest.Describe {
  if (!missing) return describe;
  process.stderr.write(`\n[skipped] ${what}: ${missing}\n`);
  return describe.skip;
}
