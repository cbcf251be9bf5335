// `pnpm test:e2e`: browser tests of the apps' production builds, on a fresh database
// that holds the first case (found like `npm test` finds one), in Debian's Chromium.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePnpm, pnpm, prepareCaseDatabase, root } from "./lib.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
const pnpmCmd = ensurePnpm();

// Each app's suite gets a fresh database of its own: the editor's story changes data that
// the explainer's tests count.
const suites = [
  { app: "explainer", database: "armstrail_e2e", demoAccounts: true },
  // A new installation: no demo accounts, so the tests make the first admin by command.
  { app: "editor", database: "armstrail_e2e_editor", demoAccounts: false },
];

let failed = false;
try {
  pnpm(pnpmCmd, [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@armstrail/explainer",
    "--filter=@armstrail/editor",
    "--output-logs=errors-only",
  ]);
} catch {
  failed = true;
}

let passed = 0;
let failures = 0;
let skipped = 0;
for (const suite of failed ? [] : suites) {
  const report = path.join(root, `apps/${suite.app}/.e2e-report.json`);
  rmSync(report, { force: true });
  const db = await prepareCaseDatabase(pnpmCmd, suite.database, {
    demoAccounts: suite.demoAccounts,
  });
  try {
    pnpm(pnpmCmd, ["--filter", `@armstrail/${suite.app}`, "run", "test:e2e"], {
      env: { E2E_DATABASE_URL: db.url, CHROMIUM_PATH: chromium },
    });
  } catch {
    failed = true;
  } finally {
    await db.cleanup();
  }
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, "utf8"));
    passed += stats.expected + stats.flaky;
    failures += stats.unexpected;
    skipped += stats.skipped;
    console.log(
      `${suite.app}: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`,
    );
  }
}
if (failed && failures === 0) failures = 1;
console.log(`${passed} passed, ${failures} failed, ${skipped} skipped`);
process.exit(failed || failures ? 1 : 0);
