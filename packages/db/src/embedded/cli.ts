// `pnpm db:embedded`: serves the embedded database until stopped. Prints one line,
// `ready <url>`, once it accepts connections, so a parent process can wait for it.
import path from "node:path";
import { startEmbeddedServer } from "./index";

const dataDir = path.resolve(process.env.ARMSTRAIL_EMBEDDED_DIR ?? ".data/pglite");
const port = Number(process.env.ARMSTRAIL_EMBEDDED_PORT ?? 5433);

const server = await startEmbeddedServer({ dataDir, port });
console.log(`ready ${server.url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
process.on("disconnect", () => void stop());
