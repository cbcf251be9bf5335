import { fileURLToPath } from "node:url";
import { armstrailVitest } from "@armstrail/vitest-config";
import { mergeConfig } from "vitest/config";

// `~/` is src/, as in tsconfig.json, so components can be tested as they import each other;
// JSX compiles for React here (tsconfig.json leaves it to Next.js: "jsx": "preserve").
export default mergeConfig(armstrailVitest(), {
  oxc: { jsx: { runtime: "automatic" } },
  // vitest empties stylesheets by default; `?raw` imports must keep their text.
  test: { css: { include: [/\.css\?raw$/] } },
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
});
