// `pnpm fuzz:explainer`: sends malformed input to every public procedure and every page
// route of the explainer's production build, on a seeded PostgreSQL database, and counts
// answers of 5xx: there must be none. At least FUZZ_CASES inputs (default 1,000) per
// target: NUL bytes, malformed percent-encoding, huge strings, wrong types, deep JSON,
// overlong batches, invalid UTF-8 and CR/LF, by GET, batch and POST. Then it checks the
// limits by their answers (batch size, body size, rate limit, the search cache).
// Deterministic: FUZZ_SEED picks the inputs. Ends with "N passed, N failed".
//   node apps/explainer/fuzz/fuzz.mjs                 build, seed and serve, then fuzz
//   node apps/explainer/fuzz/fuzz.mjs --base URL      fuzz a server already running
// The procedures come from publicRouter itself (procedures.ts); the page routes from the
// app folder, checked against the table below, so a new route fails until it is listed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import {
  buildApps,
  ensurePnpm,
  log,
  prepareCaseDatabase,
  root,
  serveApp,
} from "../../../tooling/scripts/lib.mjs";

const CASES = Number(process.env.FUZZ_CASES ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 9);
const CONCURRENCY = 4;
/** Only the targets whose name matches, to replay one (e.g. FUZZ_ONLY=claims). */
const ONLY = new RegExp(process.env.FUZZ_ONLY ?? "");
/** The explainer's own limits, as served here (see src/app/api/trpc/[trpc]/route.ts). */
const MAX_BATCH_SIZE = 10;
const RATE_LIMIT = 600;
const app = path.join(root, "apps/explainer");

// ------------------------------------------------------------------ what is fuzzed

/**
 * Every route file of the app and the addresses that reach it; `{ref}` is where a fuzzed
 * reference goes, `{q}` a fuzzed search. A route file missing here fails the run.
 */
const ROUTES = {
  "route.tsx": ["/"],
  "actors/page.tsx": ["/actors"],
  "actors/[ref]/page.tsx": ["/actors/{ref}"],
  "claims/page.tsx": ["/claims"],
  "claims/[ref]/page.tsx": ["/claims/{ref}"],
  "corrections/page.tsx": ["/corrections"],
  "data/page.tsx": ["/data"],
  "data/claims.csv/route.ts": ["/data/claims.csv"],
  "data/claims.json/route.ts": ["/data/claims.json"],
  "data/entities.ftm.jsonl/route.ts": ["/data/entities.ftm.jsonl"],
  "data/transfers.csv/route.ts": ["/data/transfers.csv"],
  "feed.xml/route.ts": ["/feed.xml"],
  "map/page.tsx": ["/map"],
  "methodology/page.tsx": ["/methodology"],
  "network/page.tsx": ["/network"],
  "robots.ts": ["/robots.txt"],
  "sitemap.ts": ["/sitemap.xml"],
  "sanctions/page.tsx": ["/sanctions"],
  "sanctions/[ref]/page.tsx": ["/sanctions/{ref}"],
  "places/[ref]/page.tsx": ["/places/{ref}"],
  "search/page.tsx": ["/search?q={q}"],
  "sources/page.tsx": ["/sources"],
  "timeline/page.tsx": ["/timeline"],
  "transfers/page.tsx": ["/transfers"],
  "transfers/[ref]/page.tsx": ["/transfers/{ref}"],
  // An investigation's pages; `{ref}` takes the slug's place.
  "investigations/[slug]/route.tsx": ["/investigations/{ref}"],
  "investigations/[slug]/claims/page.tsx": ["/investigations/{ref}/claims"],
  "investigations/[slug]/transfers/page.tsx": ["/investigations/{ref}/transfers"],
  "investigations/[slug]/timeline/page.tsx": ["/investigations/{ref}/timeline"],
  "investigations/[slug]/network/page.tsx": ["/investigations/{ref}/network"],
  "investigations/[slug]/map/page.tsx": ["/investigations/{ref}/map"],
  "investigations/[slug]/data/page.tsx": ["/investigations/{ref}/data"],
  "investigations/[slug]/data/claims.csv/route.ts": ["/investigations/{ref}/data/claims.csv"],
  "investigations/[slug]/data/claims.json/route.ts": ["/investigations/{ref}/data/claims.json"],
  "investigations/[slug]/data/transfers.csv/route.ts": ["/investigations/{ref}/data/transfers.csv"],
  "investigations/[slug]/feed.xml/route.ts": ["/investigations/{ref}/feed.xml"],
  "api/audit-head/route.ts": ["/api/audit-head"],
  "api/revalidate/route.ts": ["/api/revalidate"],
  // Fuzzed procedure by procedure below.
  "api/trpc/[trpc]/route.ts": [],
};

function routeFiles(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return routeFiles(path.join(dir, e.name), rel);
    const special = /^(robots|sitemap|manifest|icon|opengraph-image)\.(ts|tsx)$/.test(e.name);
    return /^(page|route)\.(ts|tsx)$/.test(e.name) || special ? [rel] : [];
  });
}

function publicProcedures() {
  const r = spawnSync(process.execPath, ["--import", "tsx", "fuzz/procedures.ts"], {
    cwd: app,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`Could not list the public procedures:\n${r.stderr}`);
  return r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
}

// ------------------------------------------------------------------ malformed input

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generators(random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const int = (n) => Math.floor(random() * n);
  const strings = () =>
    pick([
      "",
      "\u0000",
      "ab\u0000cd",
      "C01\u0000",
      "place\u0000name",
      "%C0",
      "%",
      "%E0%A4%A",
      "\uD800",
      "x\uDFFFy",
      "\u202Eevil\u202C",
      "\r\nX-Injected: 1",
      "line\nbreak",
      "x".repeat(1 + int(20_000)),
      "'; DROP TABLE claims; --",
      "<script>alert(1)</script>",
      "../../etc/passwd",
      `C${"9".repeat(1 + int(40))}`,
      pick(["C01", "A01", "T01", "X01", "E01", "S01", "C39", "C999999"]),
      "00000000-0000-7000-8000-000000000000",
      "00000000-0000-7000-8000-00000000000g",
      "😀".repeat(1 + int(300)),
      "\u0085\u2028\uFEFF",
      "   ",
      "__proto__",
      "shells",
      "Ra",
      "%00",
      "\\u0000",
    ]);
  function deep(depth) {
    let v = pick([null, 1, "x", {}]);
    for (let i = 0; i < depth; i++) v = random() < 0.5 ? [v] : { a: v };
    return v;
  }
  function value(level = 0) {
    switch (int(level > 1 ? 3 : 9)) {
      case 0:
        return strings();
      case 1:
        return pick([null, true, false, 0, -1, 1.5, 2 ** 53, -1e308, 1e308, 101, 50, 1]);
      case 2:
        return strings();
      case 3:
        return Array.from({ length: int(5) }, () => value(level + 1));
      case 4:
        return deep(1 + int(3000));
      case 5:
        return Object.fromEntries(
          Array.from({ length: int(4) }, () => [strings(), value(level + 1)]),
        );
      case 6:
        return { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } };
      case 7:
        return Array.from({ length: int(5000) }, () => 1);
      default:
        return strings();
    }
  }
  /** An input for a procedure whose object has these keys: mostly its own keys, badly filled. */
  function input(keys) {
    const r = random();
    if (r < 0.2 || keys.length === 0) return value();
    const out = {};
    for (const k of keys) if (random() < 0.7) out[k] = random() < 0.25 ? strings() : value(1);
    if (random() < 0.2) out[strings()] = value(1);
    return out;
  }
  /** A JSON text, sometimes broken on purpose. */
  function jsonText(v) {
    const text = JSON.stringify(v) ?? "null";
    switch (int(8)) {
      case 0:
        return text.slice(0, int(text.length + 1));
      case 1:
        return `${text}}`;
      default:
        return text;
    }
  }
  /** Percent-encodes a text, sometimes with raw malformed escapes spliced in. */
  function encode(text) {
    // By bytes: a lone surrogate goes as UTF-8's replacement, where encodeURIComponent throws.
    let e = "";
    for (const b of Buffer.from(text, "utf8"))
      e += /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    if (random() < 0.15) {
      const at = int(e.length + 1);
      return (
        e.slice(0, at) +
        pick(["%C0", "%", "%E0%A4%A", "%00", "%FF%FE", "%0D%0A", "%C0%80", "%2"]) +
        e.slice(at)
      );
    }
    return e;
  }
  return { pick, int, strings, value, input, jsonText, encode };
}

// ------------------------------------------------------------------ sending

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
let base;
let addressCounter = 0;
/** Each API request from its own made-up address, so the rate limit (on) spares the fuzzing. */
const nextAddress = () => {
  const n = ++addressCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

function send({ method = "GET", path: p, headers = {}, body }) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = http.request(
      // A redirect may echo a long address back in its Location header: read it all.
      {
        host: url.hostname,
        port: url.port,
        method,
        path: p,
        headers,
        agent,
        maxHeaderSize: 1 << 20,
      },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode));
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error("timeout")));
    req.on("error", (e) => {
      // Refused by Node's own client for characters it will not send: not an answer.
      if (/unescaped|Invalid character|ERR_INVALID_/.test(`${e.code} ${e.message}`))
        resolve("skip");
      // Node's server drops a request whose head passes its 16 kB limit (431), before any
      // of our code: the reset is that answer.
      else if (e.code === "ECONNRESET" && p.length > 16 * 1024) resolve(431);
      else resolve(`error ${e.message}`);
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Raw bytes on a socket, for what no client library sends: CR/LF and invalid UTF-8 in the request line. */
function sendRaw(bytes) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let data = "";
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on("connect", () => socket.write(bytes));
    socket.on("data", (d) => {
      data += d.toString("latin1");
      if (data.includes("\r\n")) socket.destroy();
    });
    socket.on("close", () =>
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0) || "closed"),
    );
    socket.on("error", () => {});
  });
}

/** Runs `n` requests made by `make(i)` a few at a time; returns the statuses. */
async function runCases(n, make) {
  const started = Date.now();
  const statuses = [];
  let next = 0;
  async function worker() {
    while (next < n) {
      const i = next++;
      const c = make(i);
      statuses.push({ status: await (c.raw ? sendRaw(c.raw) : send(c)), c });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  statuses.seconds = (Date.now() - started) / 1000;
  return statuses;
}

// ------------------------------------------------------------------ the run

const results = [];
function check(name, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "✓" : "✗"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
}

function report(target, statuses) {
  const bad = statuses.filter((s) => typeof s.status !== "number" || s.status >= 500);
  const sent = statuses.filter((s) => s.status !== "skip").length;
  const examples = bad
    .slice(0, 3)
    .map(
      (s) =>
        `${s.status} ${s.c.raw ? "RAW" : (s.c.method ?? "GET")} ${(s.c.path ?? JSON.stringify(s.c.raw.toString("latin1"))).slice(0, 160)}`,
    )
    .join("; ");
  check(
    `${target}: ${sent} malformed inputs, ${bad.length} answered 5xx (${statuses.seconds.toFixed(1)} s)`,
    bad.length === 0 && sent >= CASES,
    examples,
  );
}

function procedureCase(g, proc, i) {
  const enc = (v) => g.encode(g.jsonText(v));
  const xff = { "x-forwarded-for": nextAddress() };
  const kind = i % 10;
  if (kind === 9 && i % 50 === 9) {
    // The request line itself: raw CR/LF, raw invalid UTF-8 and raw NUL bytes.
    const junk = g.pick(["\r\nX-Evil: 1", "\xC0\xAF", "\xFF\xFE", "\x00", " HTTP/1.0\r\n", "\n"]);
    return {
      raw: Buffer.from(
        `GET /api/trpc/${proc.path}?input=${junk} HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n\r\n`,
        "latin1",
      ),
    };
  }
  switch (kind) {
    case 0:
    case 1:
    case 2:
    case 3:
      return { path: `/api/trpc/${proc.path}?input=${enc(g.input(proc.keys))}`, headers: xff };
    case 4:
    case 5: {
      const n = g.pick([2, 5, MAX_BATCH_SIZE, MAX_BATCH_SIZE + 1, 50, 200]);
      const inputs = Object.fromEntries(
        Array.from({ length: Math.min(n, 20) }, (_, k) => [k, g.input(proc.keys)]),
      );
      return {
        path: `/api/trpc/${Array(n).fill(proc.path).join(",")}?batch=1&input=${enc(inputs)}`,
        headers: xff,
      };
    }
    case 6:
    case 7: {
      const batch = i % 2 === 0;
      const payload = batch ? { 0: g.input(proc.keys), 1: g.input(proc.keys) } : g.input(proc.keys);
      return {
        method: "POST",
        path: `/api/trpc/${batch ? `${proc.path},${proc.path}?batch=1` : proc.path}`,
        headers: {
          ...xff,
          "content-type": g.pick([
            "application/json",
            "text/plain",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-7",
          ]),
        },
        body: g.jsonText(payload),
      };
    }
    case 8:
      // Broken paths and parameters around a real procedure.
      return {
        path: g.pick([
          `/api/trpc/${proc.path}${g.pick(["%C0", "%", "%00", "%2C", ",", ",,", "/x", "."])}?input=${enc(g.input(proc.keys))}`,
          `/api/trpc/${proc.path}?input=${g.pick(["%C0", "%", "{", "%7B%22", "%00"])}&batch=${g.pick(["1", "0", "x", "%00"])}`,
          `/api/trpc/${proc.path}?connectionParams=${enc(g.value())}&input=${enc(g.input(proc.keys))}`,
        ]),
        headers: { ...xff, "trpc-accept": g.pick(["application/jsonl", "x"]) },
      };
    default:
      return { path: `/api/trpc/${proc.path}?input=${enc(g.value())}`, headers: xff };
  }
}

function pageCase(g, template, i) {
  const kind = i % 10;
  const fill = () =>
    template
      .replace("{ref}", () =>
        kind < 3
          ? g.pick([
              "%C0",
              "%",
              "%E0%A4%A",
              "%00",
              "C01%00",
              "%FF",
              "..",
              "%2e%2e",
              "C01%2F..",
              "C01;x",
            ])
          : g.encode(g.strings()),
      )
      .replace("{q}", () => g.encode(g.strings()));
  const junkQuery = () =>
    `${fill().includes("?") ? "&" : "?"}${g.encode(g.strings())}=${g.encode(g.strings())}`;
  if (kind === 9 && i % 50 === 9) {
    const junk = g.pick(["\r\nX-Evil: 1", "\xC0\xAF", "\xFF", "\x00", "\n"]);
    return {
      raw: Buffer.from(
        `GET ${fill()}${junk} HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n\r\n`,
        "latin1",
      ),
    };
  }
  switch (kind) {
    case 7:
      // Next's own request headers, malformed: client navigation and server actions.
      return {
        method: g.pick(["GET", "POST"]),
        path: fill(),
        headers: g.pick([
          { rsc: "1", "next-router-state-tree": g.encode(g.strings()) },
          {
            rsc: "1",
            "next-router-prefetch": "1",
            "next-router-segment-prefetch": g.encode(g.strings()),
          },
          { "next-action": g.encode(g.strings()), "content-type": "text/plain" },
          { accept: "text/x-component", "next-url": g.encode(g.strings()) },
        ]),
        body: g.jsonText(g.value()),
      };
    case 8:
      return {
        method: g.pick(["POST", "PUT", "DELETE", "OPTIONS", "HEAD"]),
        path: fill(),
        body: g.jsonText(g.value()),
      };
    default:
      return { path: `${fill()}${kind % 2 ? junkQuery() : ""}` };
  }
}

async function main() {
  const argBase = process.argv.indexOf("--base");
  let stop = async () => {};
  if (argBase > 0) {
    base = process.argv[argBase + 1];
  } else {
    const pnpmCmd = ensurePnpm();
    const db = await prepareCaseDatabase(pnpmCmd, "armstrail_fuzz");
    buildApps(pnpmCmd, "explainer");
    const served = await serveApp(
      pnpmCmd,
      "explainer",
      { DATABASE_URL: db.url, PUBLIC_API_RATE_LIMIT: String(RATE_LIMIT) },
      process.env.FUZZ_PORT ? { port: Number(process.env.FUZZ_PORT) } : {},
    );
    base = served.base;
    stop = async () => {
      await served.stop();
      await db.cleanup();
    };
  }
  log(`Fuzzing ${base} with seed ${SEED}, ${CASES} inputs a target`);

  try {
    const files = routeFiles(path.join(app, "src/app"));
    const unlisted = files.filter((f) => !(f in ROUTES));
    check(
      "every route of the app is listed for fuzzing",
      unlisted.length === 0,
      `unlisted: ${unlisted.join(", ")}`,
    );
    const gone = Object.keys(ROUTES).filter((f) => !files.includes(f));
    check("every listed route exists", gone.length === 0, `missing: ${gone.join(", ")}`);

    const procedures = publicProcedures();
    check("the public procedures were found", procedures.length >= 20, `${procedures.length}`);
    let t = 0;
    for (const proc of procedures) {
      const g = generators(rng(SEED * 1000 + ++t));
      if (!ONLY.test(proc.path)) continue;
      report(`procedure ${proc.path}`, await runCases(CASES, (i) => procedureCase(g, proc, i)));
    }
    for (const [file, templates] of Object.entries(ROUTES)) {
      for (const template of templates) {
        const g = generators(rng(SEED * 1000 + ++t));
        if (!ONLY.test(template)) continue;
        report(
          `route ${template} (${file})`,
          await runCases(CASES, (i) => pageCase(g, template, i)),
        );
      }
    }

    // The findings of issue 9, one by one, by their answers.
    const input = (v) => encodeURIComponent(JSON.stringify(v));
    const status = (c) =>
      send({ ...c, headers: { "x-forwarded-for": nextAddress(), ...c.headers } });
    const byRefs = (n) =>
      `/api/trpc/${Array(n).fill("claim.list").join(",")}?batch=1&input=${input(Object.fromEntries(Array.from({ length: n }, (_, k) => [k, { limit: 100 }])))}`;
    check(
      "a batch of the largest size is answered",
      (await status({ path: byRefs(MAX_BATCH_SIZE) })) === 200,
    );
    check(
      `a batch of ${MAX_BATCH_SIZE + 1} calls is refused (400)`,
      (await status({ path: byRefs(MAX_BATCH_SIZE + 1) })) === 400,
    );
    // The issue's request: 200 list calls, 11.5 kB; its address alone is now too long.
    check(
      "a batch of 200 list calls is refused (400 or 414)",
      [400, 414].includes(await status({ path: byRefs(200) })),
    );
    check(
      "a body over the limit is refused before it is parsed (413)",
      (await status({
        method: "POST",
        path: "/api/trpc/claim.list",
        headers: { "content-type": "application/json" },
        body: `"${"x".repeat(64 * 1024)}"`,
      })) === 413,
    );
    check(
      "an address over the limit is refused (414)",
      (await status({ path: `/api/trpc/search?input=${"x".repeat(9000)}` })) === 414,
    );
    check(
      "a NUL in the public search is a bad request (400)",
      (await status({ path: `/api/trpc/search?input=${input({ query: "ab\u0000cd" })}` })) === 400,
    );
    check(
      "a NUL in /search is a bad request (400)",
      (await status({ path: "/search?q=ab%00cd" })) === 400,
    );
    check(
      "malformed percent-encoding in a record's path is not found (404)",
      (await status({ path: "/transfers/%C0" })) === 404,
    );
    check(
      "...in a procedure's path too (404)",
      (await status({ path: "/api/trpc/claim.byRef%C0" })) === 404,
    );
    // One address, past its minute's allowance (each call of a batch counts).
    // An address of this run's own (a server fuzzed twice in a minute remembers the last).
    const one = { "x-forwarded-for": `198.18.${(process.pid >> 8) & 255}.${process.pid & 255}` };
    const answers = [];
    for (let i = 0; i < 200 && answers.at(-1) !== 429; i++)
      answers.push(
        await send({
          path: byRefs(MAX_BATCH_SIZE).replace("limit%22%3A100", "limit%22%3A1"),
          headers: one,
        }),
      );
    check(
      `the public API limits one address to ${RATE_LIMIT} calls a minute (429 past it)`,
      answers.slice(0, RATE_LIMIT / MAX_BATCH_SIZE).every((s) => s === 200) &&
        answers.at(-1) === 429,
      answers.join(" "),
    );
    const cacheDir = path.join(app, ".next/cache/fetch-cache");
    const entries = () => (existsSync(cacheDir) ? readdirSync(cacheDir).length : 0);
    if (argBase > 0 && !base.includes("127.0.0.1")) {
      log("The search cache is checked only on a server this run started or on loopback");
    } else {
      const before = entries();
      for (let i = 0; i < 200; i++) await send({ path: `/search?q=fuzz+query+${SEED}+${i}` });
      const grown = entries() - before;
      check(
        "200 distinct searches do not write 200 cache entries",
        grown < 20,
        `${grown} new entries`,
      );
    }
  } finally {
    agent.destroy();
    await stop();
  }
  const passed = results.filter(Boolean).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(passed === results.length ? 0 : 1);
}

await main();
