// Plain JavaScript: vitest loads config dependencies from node_modules with Node itself.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const emptyModule = fileURLToPath(new URL("./empty-module.ts", import.meta.url));

/**
 * Shared vitest settings. Unit tests (`*.test.ts`) and database tests (`*.int.test.ts`)
 * run together; `server-only` resolves to an empty module so server files can be tested.
 * On the embedded database (one session underneath) test files run one at a time.
 * With ARMSTRAIL_TEST_REPORT=1 each package also writes .test-report.json, which
 * `npm test` adds up into one "N passed, N failed" line.
 * @param {{ include?: string[], globalSetup?: string }} [options]
 */
export function armstrailVitest(options = {}) {
  const embedded = process.env.ARMSTRAIL_TEST_DB_KIND === "embedded";
  const report = process.env.ARMSTRAIL_TEST_REPORT === "1";
  return defineConfig({
    resolve: { alias: { "server-only": emptyModule } },
    test: {
      include: options.include ?? ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      ...(options.globalSetup ? { globalSetup: [options.globalSetup] } : {}),
      fileParallelism: !embedded,
      ...(report ? { reporters: ["default", ["json", { outputFile: ".test-report.json" }]] } : {}),
    },
  });
}
