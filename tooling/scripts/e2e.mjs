// `pnpm test:e2e`: browser tests of the apps' production builds, on a fresh database
// that holds the first case (found like `npm test` finds one), in Debian's Chromium.
import { existsSync, readFileSync } from "node:fs";
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
const db = await prepareCaseDatabase(pnpmCmd, "armstrail_e2e");

const report = path.join(root, "apps/explainer/.e2e-report.json");
let failed = false;
try {
  pnpm(pnpmCmd, [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@armstrail/explainer",
    "--output-logs=errors-only",
  ]);
  pnpm(pnpmCmd, ["--filter", "@armstrail/explainer", "run", "test:e2e"], {
    env: { E2E_DATABASE_URL: db.url, CHROMIUM_PATH: chromium },
  });
} catch {
  failed = true;
} finally {
  await db.cleanup();
}

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
