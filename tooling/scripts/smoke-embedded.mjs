// Smoke test of the embedded default, as `npm start` runs it: PGlite in a fresh folder,
// migrate, seed, serve the explainer's production build, read claims through the HTTP
// API; then restart the database on the same folder and check nothing was lost or
// duplicated. Ends with "N passed, N failed". Run after the explainer is built.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ensurePnpm,
  freePort,
  log,
  pnpm,
  quietEnv,
  root,
  seededClaimCount,
  startEmbedded,
  spawnGroup,
  stopChild,
} from "./lib.mjs";

const pnpmCmd = ensurePnpm();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "armstrail-smoke-"));
const results = [];
function check(name, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "✓" : "✗"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
}

async function serveExplainer(url) {
  const port = await freePort();
  const [cmd, ...prefix] = pnpmCmd;
  const child = spawnGroup(
    cmd,
    [
      ...prefix,
      "--filter",
      "@armstrail/explainer",
      "exec",
      "next",
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        ...quietEnv,
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: "2",
        NODE_ENV: "production",
      },
      stdio: "ignore",
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/trpc/claim.counts?input=%7B%7D`)).ok)
        return { base, stop: () => stopChild(child) };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopChild(child);
  throw new Error("The explainer did not start");
}

const byRef = (base, ref) =>
  fetch(`${base}/api/trpc/claim.byRef?input=${encodeURIComponent(JSON.stringify({ ref }))}`);

let port = await freePort();
let db = await startEmbedded(pnpmCmd, { dataDir, port });
try {
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/db", "run", "db:migrate"], {
    env: { DATABASE_URL: db.url },
  });
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/prisma", "run", "db:seed"], {
    env: { DATABASE_URL: db.url },
  });
  let app = await serveExplainer(db.url);
  const c39 = await byRef(app.base, "C39");
  const body = await c39.json();
  check(
    "claim.byRef C39 answers through HTTP with verdict inaccurate",
    c39.status === 200 && body.result?.data?.verdict === "inaccurate",
    JSON.stringify(body).slice(0, 200),
  );
  check(
    "a seeded draft (C901) is NOT_FOUND on the public API",
    (await byRef(app.base, "C901")).status === 404,
  );
  const listing = await (await fetch(`${app.base}/claims`)).text();
  const listed = new Set([...listing.matchAll(/href="\/claims\/(C\d+)"/g)].map((m) => m[1]));
  const seeded = seededClaimCount();
  check(
    `the claims page lists the ${seeded} published claims of every investigation`,
    listed.size === seeded,
    `${listed.size} listed`,
  );
  // The home page lists the investigations; the first case's story is one link away.
  const home = await (await fetch(`${app.base}/`)).text();
  const storyPath = /href="(\/investigations\/[a-z0-9-]+)"/.exec(home)?.[1];
  check("the home page links an investigation's story", storyPath !== undefined);
  const story = storyPath ? await (await fetch(`${app.base}${storyPath}`)).text() : "";
  check(
    "the story's footnotes lead to claims (C39 among them)",
    story.includes('href="/claims/C39"'),
  );
  await app.stop();

  log("Restarting the embedded database on the same folder");
  await db.stop();
  port = await freePort();
  db = await startEmbedded(pnpmCmd, { dataDir, port });
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/db", "run", "db:migrate"], {
    env: { DATABASE_URL: db.url },
  });
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/prisma", "run", "db:seed"], {
    env: { DATABASE_URL: db.url },
  });
  app = await serveExplainer(db.url);
  const counts = await (await fetch(`${app.base}/api/trpc/claim.counts?input=%7B%7D`)).json();
  check(
    `after a restart and a second seed, still exactly ${seeded} published claims`,
    counts.result?.data?.total === seeded,
    JSON.stringify(counts).slice(0, 200),
  );
  await app.stop();
} catch (e) {
  check("smoke run completed", false, e.message);
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
