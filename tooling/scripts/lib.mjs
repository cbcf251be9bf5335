// Shared by `npm start`, `npm test` and .ci/run. Plain Node with no dependencies, so it
// works on a machine that has only Node.js.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  chownSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
const PNPM_VERSION = JSON.parse(
  readFileSync(path.join(root, "package.json"), "utf8"),
).packageManager.split("@")[1];
const localPnpmPrefix = path.join(root, ".cache", "pnpm");
const localPnpm = path.join(localPnpmPrefix, "node_modules", "pnpm", "bin", "pnpm.cjs");
// npm links a `pnpm` executable here; turbo (and any script that says `pnpm`) finds it on PATH.
const localPnpmBin = path.join(localPnpmPrefix, "node_modules", ".bin");

/**
 * How many published claims the seed makes: the first case's seed files plus every case
 * dossier the seed imports (prisma/seed/cases/<slug>/dossier.json), read from the data so
 * that no count of a case lives in code.
 */
export function seededClaimCount() {
  const read = (file) => JSON.parse(readFileSync(file, "utf8"));
  const casesDir = path.join(root, "prisma/seed/cases");
  const cases = existsSync(casesDir)
    ? readdirSync(casesDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(path.join(casesDir, e.name, "dossier.json")))
        .map((e) => read(path.join(casesDir, e.name, "dossier.json")).claims.length)
    : [];
  return (
    read(path.join(root, "prisma/seed/data/claims.json")).length + cases.reduce((a, b) => a + b, 0)
  );
}

export const quietEnv = {
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  COREPACK_ENABLE_STRICT: "0",
  TURBO_NO_UPDATE_NOTIFIER: "1",
};

export function log(message) {
  console.log(`\x1b[1m[armstrail]\x1b[0m ${message}`);
}

/**
 * pnpm as [command, ...prefixArgs]: the one on PATH if it is pnpm 10, else a private copy
 * fetched from npm. The private copy's folder is put first on this process's PATH, which
 * every child inherits: turbo runs tasks through the package manager that `packageManager`
 * names and stops with "Unable to find package manager binary" when no `pnpm` is on PATH.
 */
export function ensurePnpm() {
  const onPath = spawnSync("pnpm", ["--version"], {
    encoding: "utf8",
    env: { ...process.env, ...quietEnv },
    shell: process.platform === "win32",
  });
  if (onPath.status === 0 && onPath.stdout.trim().startsWith("10.")) return ["pnpm"];
  if (!existsSync(localPnpm) || !existsSync(path.join(localPnpmBin, "pnpm"))) {
    log(
      `pnpm ${PNPM_VERSION} is not installed; fetching a private copy into .cache/pnpm (no root needed)`,
    );
    const r = spawnSync(
      "npm",
      [
        "install",
        "--prefix",
        localPnpmPrefix,
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        `pnpm@${PNPM_VERSION}`,
      ],
      {
        stdio: "inherit",
        shell: process.platform === "win32",
      },
    );
    if (r.status !== 0)
      throw new Error("Could not install pnpm with npm. Is the npm registry reachable?");
  }
  process.env.PATH = [localPnpmBin, process.env.PATH].filter(Boolean).join(path.delimiter);
  return [process.execPath, localPnpm];
}

/** Runs a command to completion, inheriting output; throws on failure. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    cwd: root,
    ...options,
    env: { ...process.env, ...quietEnv, ...(options.env ?? {}) },
  });
  if (r.status !== 0)
    throw new Error(`${[cmd, ...args].join(" ")} failed (exit ${r.status ?? r.signal})`);
}

export function pnpm(pnpmCmd, args, options = {}) {
  const [cmd, ...prefix] = pnpmCmd;
  run(cmd, [...prefix, ...args], options);
}

export function installDependencies(pnpmCmd) {
  log("Installing dependencies (pnpm install --frozen-lockfile)");
  pnpm(pnpmCmd, ["install", "--frozen-lockfile", "--prefer-offline"]);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function portIsOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: "127.0.0.1" });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/**
 * Starts the embedded PostgreSQL (PGlite) in a child process that owns `dataDir`, and
 * resolves once it prints `ready <url>`.
 */
export function startEmbedded(pnpmCmd, { dataDir, port }) {
  const [cmd, ...prefix] = pnpmCmd;
  const child = spawnGroup(
    cmd,
    [...prefix, "--silent", "--filter", "@armstrail/db", "run", "db:embedded"],
    {
      cwd: root,
      env: {
        ...process.env,
        ...quietEnv,
        ARMSTRAIL_EMBEDDED_DIR: dataDir,
        ARMSTRAIL_EMBEDDED_PORT: String(port),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(
      () => reject(new Error("The embedded database did not start within 120 s")),
      120_000,
    );
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      const m = /ready (\S+)/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop: () => stopChild(child) });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `The embedded database exited early (code ${code}). Is another copy using ${dataDir}?`,
        ),
      );
    });
  });
}

/**
 * Long-running children (database, servers) run in a process group of their own, so that
 * stopping them also stops what pnpm and tsx started beneath them.
 */
export function spawnGroup(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: process.platform !== "win32" });
  const killGroup = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", killGroup);
  return child;
}

export function stopChild(child) {
  return new Promise((resolve) => {
    const signal = (sig) => {
      try {
        if (process.platform === "win32") child.kill(sig);
        else process.kill(-child.pid, sig);
      } catch {
        /* already gone */
      }
    };
    if (child.exitCode !== null || child.signalCode !== null) {
      signal("SIGKILL"); // the wrapper may be gone while its children live on
      return resolve();
    }
    child.once("exit", () => {
      signal("SIGKILL");
      resolve();
    });
    signal("SIGTERM");
    setTimeout(() => signal("SIGKILL"), 10_000).unref();
  });
}

/** PostgreSQL server binaries on this machine, if any: PATH first, then Debian's layout. */
export function findPostgresBin() {
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  const base = "/usr/lib/postgresql";
  if (existsSync(base)) {
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions)
      if (existsSync(path.join(base, v, "bin", "initdb"))) return path.join(base, v, "bin");
  }
  return null;
}

/**
 * A throwaway PostgreSQL cluster in a temporary folder, on a free loopback port. As root
 * (CI), initdb refuses to run, so the cluster belongs to the `postgres` user.
 */
export async function startTempPostgres(binDir) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "armstrail-pg-"));
  const data = path.join(dir, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const asUser = (cmd, args) =>
    asRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(binDir, cmd), ...args]]
      : [path.join(binDir, cmd), args];
  if (asRoot) {
    const pw = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    if (pw.status !== 0)
      throw new Error("Running as root needs a `postgres` user to own the test cluster");
    const uid = Number(pw.stdout.trim());
    chownSync(dir, uid, uid);
  }
  mkdirSync(data, { recursive: true, mode: 0o700 });
  if (asRoot) {
    const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
    chownSync(data, uid, uid);
  }
  const quiet = { stdio: ["ignore", "ignore", "inherit"] };
  run(
    ...asUser("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C",
    ]),
    quiet,
  );
  run(
    ...asUser("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
      "start",
    ]),
    quiet,
  );
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      spawnSync(...asUser("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]), { stdio: "ignore" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database holding the first case, for browser tests and benchmarks: a database
 * named `name` on the server at DATABASE_URL (prefixed with the database that URL names,
 * unless that is `postgres`, so checkouts sharing one server never drop each other's);
 * else a throwaway cluster; else the embedded database in a temporary folder. Migrated
 * and seeded (with the local demo accounts and their drafts unless `demoAccounts` is false).
 */
export async function prepareCaseDatabase(pnpmCmd, base, { demoAccounts = true } = {}) {
  let url;
  let cleanup = async () => {};
  if (process.env.DATABASE_URL) {
    const own = decodeURIComponent(new URL(process.env.DATABASE_URL).pathname.slice(1));
    const name = own && own !== "postgres" ? `${own}_${base}`.replace(/\W/g, "_") : base;
    const pg = createRequire(path.join(root, "packages/db/package.json"))("pg");
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    log(`Database: ${name} on the server at DATABASE_URL`);
  } else if (findPostgresBin()) {
    const server = await startTempPostgres(findPostgresBin());
    url = server.url;
    cleanup = async () => server.stop();
    log("Database: a throwaway PostgreSQL cluster");
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `armstrail-${base}-`));
    const server = await startEmbedded(pnpmCmd, { dataDir, port: await freePort() });
    url = server.url;
    cleanup = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    log("Database: the embedded one (PGlite)");
  }
  pnpm(pnpmCmd, ["--silent", "--filter", "@armstrail/db", "run", "db:migrate"], {
    env: { DATABASE_URL: url },
  });
  // Without demo accounts the database is a new installation's: the first admin is made
  // by the command, as the editor's browser tests do.
  pnpm(
    pnpmCmd,
    [
      "--silent",
      "--filter",
      "@armstrail/prisma",
      "run",
      "db:seed",
      ...(demoAccounts ? [] : ["--", "--no-demo"]),
    ],
    { env: { DATABASE_URL: url } },
  );
  return { url, cleanup };
}

/** pnpm arguments that serve an app's production build on `port`. */
export function nextStartArgs(app, port, ...more) {
  return [
    "--filter",
    `@armstrail/${app}`,
    "exec",
    "next",
    "start",
    "--port",
    String(port),
    ...more,
  ];
}

/** Production builds of the named apps, through Turborepo (a cache hit when nothing changed). */
export function buildApps(pnpmCmd, ...apps) {
  pnpm(pnpmCmd, [
    "exec",
    "turbo",
    "run",
    "build",
    ...apps.map((a) => `--filter=@armstrail/${a}`),
    "--output-logs=errors-only",
  ]);
}

/** Serves an app's production build on a loopback port (a free one unless given); resolves when it answers. */
export async function serveApp(pnpmCmd, app, env, { port = 0 } = {}) {
  port ||= await freePort();
  const [cmd, ...prefix] = pnpmCmd;
  const child = spawnGroup(
    cmd,
    [...prefix, ...nextStartArgs(app, port, "--hostname", "127.0.0.1")],
    {
      cwd: root,
      env: { ...process.env, ...quietEnv, NODE_ENV: "production", ...env },
      stdio: "ignore",
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${base}/robots.txt`);
      if (res.status < 500) return { base, port, stop: () => stopChild(child) };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopChild(child);
  throw new Error(`The ${app} did not start`);
}
