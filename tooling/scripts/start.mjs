// `npm start`: installs what is missing (pnpm included), prepares the database
// (embedded unless DATABASE_URL is set), migrates and seeds it, builds both apps and
// serves them: the explainer on :3000, the editor on :3001 (ARMSTRAIL_EXPLAINER_PORT and
// ARMSTRAIL_EDITOR_PORT move them, as ARMSTRAIL_EMBEDDED_PORT moves the database).
import { randomBytes } from "node:crypto";
import path from "node:path";
import {
  ensurePnpm,
  installDependencies,
  log,
  nextStartArgs,
  pnpm,
  portIsOpen,
  quietEnv,
  root,
  startEmbedded,
  spawnGroup,
  stopChild,
} from "./lib.mjs";

const ports = {
  explainer: Number(process.env.ARMSTRAIL_EXPLAINER_PORT ?? 3000),
  editor: Number(process.env.ARMSTRAIL_EDITOR_PORT ?? 3001),
};
const pnpmCmd = ensurePnpm();
installDependencies(pnpmCmd);

let databaseUrl = process.env.DATABASE_URL;
let embedded;
if (databaseUrl) {
  log("Using the PostgreSQL server at DATABASE_URL");
} else {
  const port = Number(process.env.ARMSTRAIL_EMBEDDED_PORT ?? 5433);
  if (await portIsOpen(port)) {
    throw new Error(
      `Port ${port} is taken. Is Arms Trail already running? Stop it, or set ARMSTRAIL_EMBEDDED_PORT.`,
    );
  }
  const dataDir = path.join(root, ".data", "pglite");
  log(`Starting the embedded database (PGlite), data kept in ${path.relative(root, dataDir)}`);
  embedded = await startEmbedded(pnpmCmd, { dataDir, port });
  databaseUrl = embedded.url;
}
// The editor tells the explainer what changed through a shared secret; one per run will do.
const dbEnv = {
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_SIZE: embedded ? "2" : "10",
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(24).toString("hex"),
  EXPLAINER_URL: process.env.EXPLAINER_URL ?? `http://localhost:${ports.explainer}`,
  // Signs the editor's session cookies; a new one per run signs everyone out on restart.
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex"),
  EDITOR_URL: process.env.EDITOR_URL ?? `http://localhost:${ports.editor}`,
};

const children = [];
async function shutdown(code) {
  await Promise.all(children.map(stopChild));
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  log("Migrating and seeding the database");
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/db", "run", "db:generate"]);
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/db", "run", "db:migrate"], { env: dbEnv });
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/prisma", "run", "db:seed"], { env: dbEnv });
  log("Building the apps (cached after the first time)");
  pnpm(pnpmCmd, [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@armstrail/explainer",
    "--filter=@armstrail/editor",
    "--output-logs=errors-only",
  ]);
} catch (e) {
  console.error(e.message);
  await shutdown(1);
}

for (const app of ["explainer", "editor"]) {
  const [cmd, ...prefix] = pnpmCmd;
  const child = spawnGroup(cmd, [...prefix, ...nextStartArgs(app, ports[app])], {
    cwd: root,
    env: { ...process.env, ...quietEnv, ...dbEnv, NODE_ENV: "production" },
    stdio: "inherit",
  });
  child.once("exit", (code) => {
    log(`The ${app} stopped (exit ${code}); shutting down`);
    void shutdown(code ?? 1);
  });
  children.push(child);
}
log(
  `Explainer: http://localhost:${ports.explainer}   Editor: http://localhost:${ports.editor}   (Ctrl+C stops both and the database)`,
);
