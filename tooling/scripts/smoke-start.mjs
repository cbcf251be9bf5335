// Smoke test of `npm start` itself, as a new user runs it: it must bring up both apps on
// the embedded database, serve the 45 claims, and stop everything on Ctrl+C.
// Ends with "N passed, N failed". Run after the builds (it reuses Turborepo's cache).
import { spawn } from "node:child_process";
import { log, portIsOpen, root } from "./lib.mjs";

const results = [];
function check(name, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "✓" : "✗"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
}

const env = { ...process.env };
delete env.DATABASE_URL; // the embedded default, as on a laptop with no PostgreSQL
const child = spawn("npm", ["start"], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
let output = "";
child.stdout.on("data", (d) => (output += d));

async function until(fn, seconds) {
  for (let i = 0; i < seconds; i++) {
    try {
      if (await fn()) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

/**
 * The issue's "done when", over HTTP as the browser would do it: a demo contributor signs
 * in and drafts a claim with evidence and submits it; a demo fact-checker approves it; the
 * explainer shows it within seconds.
 */
async function demoStory(check) {
  const editor = "http://localhost:3001";
  const headers = (cookie) => ({
    "content-type": "application/json",
    origin: editor,
    ...(cookie ? { cookie } : {}),
  });
  async function signIn(email) {
    const res = await fetch(`${editor}/api/auth/sign-in/email`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ email, password: "armstrail-demo" }),
    });
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return { ok: res.ok && cookie.length > 0, status: res.status, cookie };
  }
  async function call(cookie, procedure, input) {
    const res = await fetch(`${editor}/api/trpc/${procedure}`, {
      method: "POST",
      headers: headers(cookie),
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
    const draft = await call(writer.cookie, "claim.create", {
      statement: "Smoke test: a claim taken from draft to published by npm start's demo accounts.",
      claimant: "Arms Trail smoke test",
      claimType: "event",
      verdict: "accurate",
      finding: "Checked against the record of the UN Security Council vote.",
      evidence: [{ source: "S10", reliability: "A", credibility: 1, supports: "The vote record." }],
    });
    const sent = await call(writer.cookie, "claim.submit", {
      id: draft.id,
      baseVersion: draft.version,
    });
    await call(checker.cookie, "claim.approve", { id: sent.id, baseVersion: sent.version });
    const shown = await until(
      async () => (await fetch(`http://127.0.0.1:3000/claims/${draft.ref}`)).ok,
      30,
    );
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

try {
  const up = await until(
    async () =>
      (await fetch("http://127.0.0.1:3000/claims")).ok &&
      (await fetch("http://127.0.0.1:3001/")).ok,
    600,
  );
  check("npm start serves the explainer on :3000 and the editor on :3001", up, output.slice(-2000));
  if (up) {
    const html = await (await fetch("http://127.0.0.1:3000/claims")).text();
    const listed = new Set([...html.matchAll(/href="\/claims\/(C\d+)"/g)].map((m) => m[1]));
    check("the explainer lists the 45 checked claims", listed.size === 45, `${listed.size} listed`);
    const api = await fetch(
      `http://127.0.0.1:3000/api/trpc/claim.byRef?input=${encodeURIComponent('{"ref":"C39"}')}`,
    );
    check(
      "curl of claim.byRef C39 gives verdict inaccurate",
      (await api.text()).includes('"verdict":"inaccurate"'),
    );
    const editor = await fetch("http://127.0.0.1:3001/api/trpc/review.queue");
    check(
      "the editor's API refuses an anonymous caller",
      editor.status === 401,
      String(editor.status),
    );
    await demoStory(check);
  }
} finally {
  log("Stopping npm start (SIGINT)");
  process.kill(-child.pid, "SIGINT");
  const stopped = await until(
    async () => !(await portIsOpen(3000)) && !(await portIsOpen(3001)) && !(await portIsOpen(5433)),
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
