// `pnpm bench:explainer`: serves the explainer's production build on a seeded database
// and prints measured figures for the home page, the first investigation's story, the claims
// list, a claim page and the network page: time to first byte under concurrent load on loopback (median and 95th
// percentile, and as a ratio to a static baseline, /robots.txt), autocannon's throughput,
// the JavaScript each page ships (raw and gzipped), and Lighthouse's performance and
// accessibility scores in headless Chromium. `--write` records them in docs/benchmarks.md,
// keeping the hand-written section that reads them.
// Figures are printed, never asserted: timing belongs here, not in tests.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import {
  buildApps,
  ensurePnpm,
  log,
  prepareCaseDatabase,
  root,
  serveApp,
} from "../../../tooling/scripts/lib.mjs";

const PAGES = ["/", "/claims", "/claims/C39", "/network"];
const BASELINE = "/robots.txt";
const CONCURRENCY = 10;
const SAMPLES = 300;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const pnpmCmd = ensurePnpm();
const db = await prepareCaseDatabase(pnpmCmd, "armstrail_bench");
buildApps(pnpmCmd, "explainer");
const app = await serveApp(pnpmCmd, "explainer", {
  DATABASE_URL: db.url,
  DATABASE_POOL_SIZE: "10",
});

/** Time to first byte of `samples` GETs, `concurrency` at a time, in milliseconds. */
async function ttfb(url, samples, concurrency) {
  const times = [];
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  async function worker() {
    while (next < samples) {
      next++;
      await new Promise((resolve, reject) => {
        const start = process.hrtime.bigint();
        http
          .get(url, { agent }, (res) => {
            times.push(Number(process.hrtime.bigint() - start) / 1e6);
            res.resume();
            res.on("end", resolve);
          })
          .on("error", reject);
      });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return { median: pct(50), p95: pct(95) };
}

async function javascriptBytes(url) {
  const html = await (await fetch(url)).text();
  // Scripts a modern browser runs: `nomodule` polyfills are skipped by every browser
  // that supports modules, so they are not counted.
  const srcs = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]))
    .map((m) => /\ssrc="([^"]+)"/.exec(m[1])?.[1])
    .filter(Boolean);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: new Set(srcs).size, raw, gzip, html: Buffer.byteLength(html) };
}

function lighthouse(url) {
  const bin = path.join(root, "apps/explainer/node_modules/.bin/lighthouse");
  const flags =
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";
  const r = spawnSync(
    bin,
    [
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility",
      `--chrome-flags=${flags}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: chromium },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  try {
    const report = JSON.parse(r.stdout);
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
    };
  } catch {
    return { performance: null, accessibility: null };
  }
}

const rows = [];
try {
  // The first investigation's story, as the home page links it.
  const home = await (await fetch(`${app.base}/`)).text();
  const story = /href="(\/investigations\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (story) PAGES.splice(1, 0, story);
  for (const p of [BASELINE, ...PAGES]) await ttfb(app.base + p, 30, 2); // warm the caches
  const base = await ttfb(app.base + BASELINE, SAMPLES, CONCURRENCY);
  log(`Baseline ${BASELINE}: median ${base.median.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);
  for (const p of PAGES) {
    const t = await ttfb(app.base + p, SAMPLES, CONCURRENCY);
    const load = await autocannon({ url: app.base + p, connections: CONCURRENCY, duration: 10 });
    const js = await javascriptBytes(app.base + p);
    const lh = lighthouse(app.base + p);
    rows.push({
      page: p,
      ...t,
      ratio: t.median / base.median,
      rps: load.requests.average,
      ...js,
      ...lh,
    });
    log(`${p}: measured`);
  }
} finally {
  await app.stop();
  await db.cleanup();
}

const kb = (n) => (n / 1024).toFixed(1);
const table = [
  `| page | TTFB median (ms) | TTFB p95 (ms) | median / baseline | req/s (autocannon, ${CONCURRENCY} conn.) | JS files | JS raw (kB) | JS gzip (kB) | HTML (kB) | Lighthouse perf. | Lighthouse a11y |`,
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| \`${r.page}\` | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.ratio.toFixed(1)}× | ${r.rps.toFixed(0)} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.html)} | ${r.performance ?? "n/a"} | ${r.accessibility ?? "n/a"} |`,
  ),
].join("\n");
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
console.log(
  `\n${table}\n\nMachine: ${machine}. Database: ${process.env.DATABASE_URL ? "PostgreSQL server" : "local"}; ${SAMPLES} samples per page, ${CONCURRENCY} at a time.`,
);

if (process.argv.includes("--write")) {
  // The prose that reads the figures is written by hand; keep it below the new table.
  const docPath = path.join(root, "docs/benchmarks.md");
  const previous = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
  const reading = previous.indexOf("\n## Reading these figures");
  const prose = reading >= 0 ? previous.slice(reading) : "";
  const md = `# Explainer benchmarks

Measured by \`pnpm bench:explainer -- --write\` on ${new Date().toISOString().slice(0, 10)}.

Machine: ${machine}.

Method: the production build served by \`next start\` on loopback, on a PostgreSQL database
holding the first case. Time to first byte is measured over ${SAMPLES} requests per page,
${CONCURRENCY} at a time, after a warm-up, and compared with a static baseline
(\`${BASELINE}\`) measured the same way. Throughput is autocannon's average over 10 s with
${CONCURRENCY} connections. JavaScript is every \`<script src>\` the page loads, gzipped at
the default level; \`nomodule\` polyfills, which module-capable browsers never run, are not
counted. Lighthouse ${"12.2.3"} runs in headless Chromium with its default
(simulated mobile) throttling. These are figures, not pass/fail thresholds.

${table}
${prose}`;
  writeFileSync(docPath, md);
  log("Wrote docs/benchmarks.md");
}
