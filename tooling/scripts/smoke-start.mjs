// Smoke test of `npm start` itself, as a new user runs it: it must bring up both apps on
// the embedded database, serve every seeded claim, answer 1,200 reads made 16 at a time with
// no error, and stop everything on Ctrl+C. Ends with "N passed, N failed". CI runs it in
// a fresh clone with no pnpm on PATH. ARMSTRAIL_EXPLAINER_PORT, ARMSTRAIL_EDITOR_PORT and
// ARMSTRAIL_EMBEDDED_PORT move it off :3000, :3001 and :5433; it talks to loopback only.
import { spawn } from "node:child_process";
import { log, portIsOpen, root, seededClaimCount } from "./lib.mjs";

const ports = {
  explainer: Number(process.env.ARMSTRAIL_EXPLAINER_PORT ?? 3000),
  editor: Number(process.env.ARMSTRAIL_EDITOR_PORT ?? 3001),
  database: Number(process.env.ARMSTRAIL_EMBEDDED_PORT ?? 5433),
};
const explainer = `http://127.0.0.1:${ports.explainer}`;
// The editor checks a request's origin against EDITOR_URL, which npm start sets to localhost.
const editor = `http://localhost:${ports.editor}`;

const results = [];
function check(name, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "✓" : "✗"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
}

const env = { ...process.env };
delete env.DATABASE_URL; // the embedded default, as on a laptop with no PostgreSQL
// The 1,200 reads below all come from one address, which is exactly what the public API's
// per-address limit exists to slow down (429). Its answers are checked by the fuzz run;
// here it is off, so the reads measure the server and the embedded database.
env.PUBLIC_API_RATE_LIMIT = "0";
const child = spawn("npm", ["start"], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
let output = "";
child.stdout.on("data", (d) => (output += d));

async function until(fn, seconds, giveUp = () => false) {
  for (let i = 0; i < seconds && !giveUp(); i++) {
    try {
      if (await fn()) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

/** A tRPC query over GET, as `curl` in the README makes it. */
const trpcUrl = (base, procedure, input) =>
  `${base}/api/trpc/${procedure}${input ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;

const editorHeaders = (cookie) => ({
  "content-type": "application/json",
  origin: editor,
  ...(cookie ? { cookie } : {}),
});

/** Signs a demo account in through Better Auth; resolves to its session cookie. */
async function signIn(email) {
  const res = await fetch(`${editor}/api/auth/sign-in/email`, {
    method: "POST",
    headers: editorHeaders(),
    body: JSON.stringify({ email, password: "armstrail-demo" }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { ok: res.ok && cookie.length > 0, status: res.status, cookie };
}

/**
 * The issue's "done when", over HTTP as the browser would do it: a demo contributor signs
 * in and drafts a claim with evidence and submits it; a demo fact-checker approves it; the
 * explainer shows it within seconds.
 */
async function demoStory(check) {
  async function call(cookie, procedure, input) {
    const res = await fetch(`${editor}/api/trpc/${procedure}`, {
      method: "POST",
      headers: editorHeaders(cookie),
      body: JSON.stringify(input),
    });
    const body = await res.json();
    if (!res.ok)
      throw new Error(`${procedure}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body.result.data;
  }
  const writer = await signIn("contributor@armstrail.local");
  check(
    "a demo contributor signs in with the documented password",
    writer.ok,
    String(writer.status),
  );
  const checker = await signIn("factchecker@armstrail.local");
  if (!writer.ok || !checker.ok) return;
  try {
    // With several investigations a new claim names its own: the first one published.
    // investigation.list takes no input: a `?input=` of `{}` is refused.
    const listing = await fetch(trpcUrl(explainer, "investigation.list"));
    const listed = await listing.json();
    if (!listing.ok)
      throw new Error(
        `investigation.list: ${listing.status} ${JSON.stringify(listed).slice(0, 300)}`,
      );
    const investigation = listed.result.data[0]?.slug;
    const draft = await call(writer.cookie, "claim.create", {
      investigation,
      statement: "Smoke test: a claim taken from draft to published by npm start's demo accounts.",
      claimant: "Arms Trail smoke test",
      claimType: "event",
      verdict: "accurate",
      finding: "Checked against the record of the vote in source S10.",
      evidence: [{ source: "S10", reliability: "A", credibility: 1, supports: "The vote record." }],
    });
    const sent = await call(writer.cookie, "claim.submit", {
      id: draft.id,
      baseVersion: draft.version,
    });
    await call(checker.cookie, "claim.approve", { id: sent.id, baseVersion: sent.version });
    const shown = await until(async () => (await fetch(`${explainer}/claims/${draft.ref}`)).ok, 30);
    check(
      `a claim taken from draft to approved in the editor appears on the explainer (${draft.ref})`,
      shown,
    );
  } catch (e) {
    check(
      "a demo claim goes from draft to published",
      false,
      e instanceof Error ? e.message : String(e),
    );
  }
}

/**
 * Both apps under a reader's and a newsroom's load at once: 1,200 GET requests, 16 in
 * flight at a time, across the explainer's pages, its public API and the editor's
 * screens and API signed in. Each public read must answer 2xx or 3xx, each signed-in
 * read 200. On the embedded database this
 * is what once mixed one request's rows into another's (500s and false 401s).
 */
async function readLoad(check, refs) {
  const total = 1200;
  const inFlight = 16;
  const publicReads = [
    "/",
    "/claims",
    "/actors",
    "/transfers",
    "/sanctions",
    "/timeline",
    "/sources",
    "/corrections",
    "/search?q=port",
    "/search?q=missile",
    ...refs.slice(0, 12).map((ref) => `/claims/${ref}`),
  ].map((p) => ({ url: `${explainer}${p}` }));
  const apiReads = [
    ...refs.slice(0, 12).map((ref) => trpcUrl(explainer, "claim.byRef", { ref })),
    trpcUrl(explainer, "claim.list", { limit: 20 }),
    trpcUrl(explainer, "search", { query: "missile" }),
    trpcUrl(explainer, "search", { query: "shells" }),
    trpcUrl(explainer, "actor.list", { limit: 20 }),
    trpcUrl(explainer, "transfer.list", { limit: 20 }),
  ].map((url) => ({ url }));
  const reader = await signIn("factchecker@armstrail.local");
  check("a demo fact-checker signs in for the editor's reads", reader.ok, String(reader.status));
  const editorReads = [
    "/claims",
    "/review",
    "/story",
    "/entities/actor",
    trpcUrl(editor, "review.queue", { limit: 20 }),
  ].map((p) => ({
    url: p.startsWith("http") ? p : `${editor}${p}`,
    headers: { cookie: reader.cookie },
    // Signed in, every screen answers itself: a redirect to sign-in means a lost session.
    signedIn: true,
  }));
  const reads = [...publicReads, ...apiReads, ...editorReads];
  const byStatus = new Map();
  const failures = [];
  let nextRead = 0;
  let errors = 0;
  async function worker() {
    while (nextRead < total) {
      const read = reads[nextRead++ % reads.length];
      let status;
      try {
        const res = await fetch(read.url, {
          headers: read.headers,
          redirect: "manual",
          signal: globalThis.AbortSignal.timeout(60_000),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch (e) {
        status = e instanceof Error ? e.name : "error";
      }
      const ok = typeof status === "number" && (read.signedIn ? status === 200 : status < 400);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (!ok) errors++;
      if (!ok && failures.length < 10) failures.push(`${status} ${read.url}`);
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  console.log(
    `  ${total} reads (${reads.length} kinds), ${inFlight} at a time: ${[...byStatus]
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ")}; ${errors} errors`,
  );
  check(
    `${total} reads, ${inFlight} at a time, answer with 0 errors`,
    errors === 0,
    failures.join("; "),
  );
}

try {
  // From a fresh clone npm start installs, migrates, seeds and builds both apps first;
  // on CI's two cores that takes minutes. It stops waiting at once if npm start exits.
  const up = await until(
    async () => (await fetch(`${explainer}/claims`)).ok && (await fetch(`${editor}/`)).ok,
    1500,
    () => child.exitCode !== null,
  );
  check(
    `npm start serves the explainer on :${ports.explainer} and the editor on :${ports.editor}`,
    up,
    output.slice(-2000),
  );
  if (up) {
    const html = await (await fetch(`${explainer}/claims`)).text();
    const listed = new Set([...html.matchAll(/href="\/claims\/(C\d+)"/g)].map((m) => m[1]));
    const seeded = seededClaimCount();
    check(
      `the explainer lists the ${seeded} checked claims of every investigation`,
      listed.size === seeded,
      `${listed.size} listed`,
    );
    const api = await fetch(trpcUrl(explainer, "claim.byRef", { ref: "C39" }));
    check(
      "curl of claim.byRef C39 gives verdict inaccurate",
      (await api.text()).includes('"verdict":"inaccurate"'),
    );
    // The same question again, naming the ETag it was given: 304, no body.
    const etag = api.headers.get("etag");
    const again = await fetch(trpcUrl(explainer, "claim.byRef", { ref: "C39" }), {
      headers: etag ? { "if-none-match": etag } : {},
    });
    check(
      "the public API sends an ETag and a public cache policy, and answers 304 when it matches",
      etag !== null &&
        /public, max-age=\d+/.test(api.headers.get("cache-control") ?? "") &&
        again.status === 304,
      `${etag} ${api.headers.get("cache-control")} then ${again.status}`,
    );
    const anonymous = await fetch(`${editor}/api/trpc/review.queue`);
    check(
      "the editor's API refuses an anonymous caller",
      anonymous.status === 401,
      String(anonymous.status),
    );
    await demoStory(check);
    await readLoad(check, [...listed]);
  }
} finally {
  log("Stopping npm start (SIGINT)");
  process.kill(-child.pid, "SIGINT");
  const stopped = await until(
    async () =>
      !(await portIsOpen(ports.explainer)) &&
      !(await portIsOpen(ports.editor)) &&
      !(await portIsOpen(ports.database)),
    60,
  );
  check("Ctrl+C stops both apps and the database", stopped);
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
