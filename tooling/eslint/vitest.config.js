import { defineConfig } from "vitest/config";

// Probes are written into real packages one at a time. (Not the shared vitest config:
// that package is itself linted with this one.)
export default defineConfig({
  test: {
    include: ["*.test.js"],
    testTimeout: 60_000,
    fileParallelism: false,
    ...(process.env.ARMSTRAIL_TEST_REPORT === "1"
      ? { reporters: ["default", ["json", { outputFile: ".test-report.json" }]] }
      : {}),
  },
});
