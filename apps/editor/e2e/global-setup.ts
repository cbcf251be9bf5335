// The first admin of a new installation is made by a command, never by a default password:
// run it here as an operator would, with the password on standard input.
import { spawnSync } from "node:child_process";
import { admin } from "./helpers";

export default function globalSetup() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: tooling/scripts/e2e.mjs prepares one");
  const r = spawnSync(
    "pnpm",
    [
      "--silent",
      "--filter",
      "@armstrail/auth",
      "run",
      "armstrail-admin",
      "create-admin",
      "--email",
      admin.email,
      "--name",
      admin.name,
    ],
    { input: `${admin.password}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
  );
  if (r.status !== 0) {
    throw new Error(`Creating the first admin failed:\n${r.stdout}\n${r.stderr}`);
  }
}
