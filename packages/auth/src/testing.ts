// Helpers for this package's database tests.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { setCredentialPassword, type Db } from "@armstrail/db";
import { hashPassword } from "better-auth/crypto";
import { createAuth } from "./auth";

export const TEST_SECRET = "test-secret-that-is-long-enough-0123456789";
export const EDITOR_ORIGIN = "http://editor.test";

/** The proxy the tests' requests pretend to come through, so their addresses are believed. */
export const TEST_PROXIES = ["10.0.0.0/8"];

export function testAuth(db: Db, secureCookies = false, trustedProxies: string[] = TEST_PROXIES) {
  return createAuth({
    db,
    secret: TEST_SECRET,
    baseURL: EDITOR_ORIGIN,
    trustedOrigins: [EDITOR_ORIGIN],
    secureCookies,
    trustedProxies,
  });
}

export async function givePassword(db: Db, email: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  await setCredentialPassword(db, user.id, await hashPassword(password));
  return user;
}

let address = 1;
/** A client address of its own per test, so Better Auth's per-address limits do not mix tests. */
export function freshAddress(): string {
  address++;
  return `192.0.2.${address % 250}`;
}

export function signInRequest(
  email: string,
  password: string,
  init: { ip?: string; origin?: string } = {},
) {
  return new Request(`${EDITOR_ORIGIN}/api/auth/sign-in/email`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: init.origin ?? EDITOR_ORIGIN,
      "x-forwarded-for": init.ip ?? freshAddress(),
    },
    body: JSON.stringify({ email, password }),
  });
}

/** The `name=value` part of each Set-Cookie, ready for a Cookie header. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

/** `pnpm armstrail-admin ...` as a person runs it: a process of its own, on the given database. */
export function runAdminCli(url: string, args: string[], stdin = "") {
  return spawnSync(tsx, [cli, ...args], {
    input: stdin,
    encoding: "utf8",
    // The child runs as the command would: this environment, pointed at the test database.
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, DATABASE_URL: url },
  });
}
