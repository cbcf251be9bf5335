import { fileURLToPath } from "node:url";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const emptyModule = fileURLToPath(new URL("./empty-module.ts", import.meta.url));

/**
 * Shared vitest settings. Unit tests (`*.test.ts`) and database tests (`*.int.test.ts`)
 * run together; `server-only` resolves to an empty module so server files can be tested.
 */
export function armstrailVitest(extra: ViteUserConfig["test"] = {}): ViteUserConfig {
  return defineConfig({
    resolve: { alias: { "server-only": emptyModule } },
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: 30_000,
      hookTimeout: 120_000,
      ...extra,
    },
  });
}
