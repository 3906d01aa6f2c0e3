/**
 * One suite. System tests (LibreOffice, Chromium) detect their tools and skip with a reason when a
 * machine has Node alone; `.ci/run` installs the tools so that they run there.
 */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  testTimeout: 120000,
};
