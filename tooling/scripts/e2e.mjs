// `pnpm test:e2e`: browser tests of the apps' production builds, on a fresh database
// that holds the first case (found like `npm test` finds one), in Debian's Chromium.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import {
  ensurePnpm,
  findPostgresBin,
  freePort,
  log,
  pnpm,
  root,
  startEmbedded,
  startTempPostgres,
} from "./lib.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
const pnpmCmd = ensurePnpm();

let e2eUrl;
let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  const pg = createRequire(path.join(root, "packages/db/package.json"))("pg");
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS armstrail_e2e WITH (FORCE)");
  await admin.query("CREATE DATABASE armstrail_e2e");
  await admin.end();
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = "/armstrail_e2e";
  e2eUrl = u.toString();
  log("Browser-test database: armstrail_e2e on the server at DATABASE_URL");
} else if (findPostgresBin()) {
  const server = await startTempPostgres(findPostgresBin());
  e2eUrl = server.url;
  cleanup = async () => server.stop();
  log("Browser-test database: a throwaway PostgreSQL cluster");
} else {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "armstrail-e2e-"));
  const server = await startEmbedded(pnpmCmd, { dataDir, port: await freePort() });
  e2eUrl = server.url;
  cleanup = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  log("Browser-test database: the embedded one (PGlite)");
}

let failed = false;
try {
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/db", "run", "db:migrate"], {
    env: { DATABASE_URL: e2eUrl },
  });
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/prisma", "run", "db:seed"], {
    env: { DATABASE_URL: e2eUrl },
  });
  pnpm(pnpmCmd, [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@armstrail/explainer",
    "--output-logs=errors-only",
  ]);
  pnpm(pnpmCmd, ["--filter", "@armstrail/explainer", "run", "test:e2e"], {
    env: { E2E_DATABASE_URL: e2eUrl, CHROMIUM_PATH: chromium },
  });
} catch {
  failed = true;
} finally {
  await cleanup();
}

const report = path.join(root, "apps/explainer/.e2e-report.json");
let passed = 0;
let failures = 0;
let skipped = 0;
if (existsSync(report)) {
  const { stats } = JSON.parse(readFileSync(report, "utf8"));
  passed = stats.expected + stats.flaky;
  failures = stats.unexpected;
  skipped = stats.skipped;
}
if (failed && failures === 0) failures = 1;
console.log(`${passed} passed, ${failures} failed, ${skipped} skipped`);
process.exit(failed || failures ? 1 : 0);
