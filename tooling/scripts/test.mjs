// `npm test`: the whole unit and database test suite, on a real PostgreSQL when one can
// be found, in this order: DATABASE_URL; a throwaway local cluster when PostgreSQL's
// binaries are installed; else the embedded database. Ends with "N passed, N failed".
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ensurePnpm,
  findPostgresBin,
  freePort,
  installDependencies,
  log,
  pnpm,
  root,
  startEmbedded,
  startTempPostgres,
} from "./lib.mjs";

const pnpmCmd = ensurePnpm();
if (!process.argv.includes("--no-install")) installDependencies(pnpmCmd);

let databaseUrl = process.env.DATABASE_URL;
let kind = "postgres";
let cleanup = async () => {};
if (databaseUrl) {
  log(
    "Test database: the PostgreSQL server at DATABASE_URL (each test file gets its own database)",
  );
} else {
  // ARMSTRAIL_TEST_DB=embedded forces the embedded path (CI uses it to cover that path too).
  const bin = process.env.ARMSTRAIL_TEST_DB === "embedded" ? null : findPostgresBin();
  if (bin) {
    log(`Test database: a throwaway PostgreSQL cluster (binaries in ${bin})`);
    const pg = await startTempPostgres(bin);
    databaseUrl = pg.url;
    cleanup = async () => pg.stop();
  } else {
    kind = "embedded";
    log(
      "Test database: the embedded one (PGlite). Install PostgreSQL to also run the tests that need several sessions at once.",
    );
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "armstrail-pglite-"));
    const server = await startEmbedded(pnpmCmd, { dataDir, port: await freePort() });
    databaseUrl = server.url;
    cleanup = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
}

const reportDirs = ["packages", "apps", "tooling"].flatMap((d) =>
  existsSync(path.join(root, d))
    ? readdirSync(path.join(root, d)).map((p) => path.join(root, d, p))
    : [],
);
reportDirs.push(path.join(root, "prisma"));
for (const dir of reportDirs) rmSync(path.join(dir, ".test-report.json"), { force: true });

let failed = false;
try {
  pnpm(
    pnpmCmd,
    [
      "exec",
      "turbo",
      "run",
      "test",
      ...(kind === "embedded" ? ["--concurrency=1"] : []),
      "--continue",
    ],
    {
      env: { DATABASE_URL: databaseUrl, ARMSTRAIL_TEST_DB_KIND: kind, ARMSTRAIL_TEST_REPORT: "1" },
    },
  );
} catch {
  failed = true;
} finally {
  await cleanup();
}

let passed = 0;
let failures = 0;
let skipped = 0;
for (const dir of reportDirs) {
  const file = path.join(dir, ".test-report.json");
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failures += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
if (failed && failures === 0) failures = 1; // a package failed before its tests could report
console.log(`${passed} passed, ${failures} failed, ${skipped} skipped`);
process.exit(failed || failures ? 1 : 0);
