import { fileURLToPath } from "node:url";
import { armstrailVitest } from "@armstrail/vitest-config";
import { mergeConfig } from "vitest/config";

// `~/` is src/, as in tsconfig.json, so route handlers can be tested as they import.
export default mergeConfig(armstrailVitest(), {
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
});
