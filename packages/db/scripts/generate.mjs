// Generates the Prisma client from prisma/schema.prisma.
// Generation itself is WebAssembly; the CLI only checks that a schema-engine binary
// exists, which it would otherwise try to download from a host many networks cannot
// reach. Any existing file satisfies that check, so we point it at Node itself.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const schema = fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], {
  stdio: "inherit",
  env,
});
if (result.error) console.error(result.error);
process.exit(result.status ?? 1);
