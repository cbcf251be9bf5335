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
