import "server-only";
import { type Auth, createAuth, isSameOriginMutation, resolveCaller } from "@armstrail/auth";
import type { SessionUser } from "@armstrail/db";
import { env } from "~/env";
import { db } from "./db";

const holder = globalThis as unknown as { armstrailAuth?: Auth };

/** One Better Auth instance per server process, on the editor's database. */
export function auth(): Auth {
  const e = env();
  holder.armstrailAuth ??= createAuth({
    db: db(),
    secret: e.BETTER_AUTH_SECRET,
    baseURL: e.EDITOR_URL,
    trustedOrigins: [e.EDITOR_URL],
    secureCookies: e.EDITOR_URL.startsWith("https://"),
    trustedProxies: e.TRUSTED_PROXIES,
  });
  return holder.armstrailAuth;
}

/** Who is calling: session cookie or API token (an Authorization header is judged alone). */
export function callerFrom(headers: Headers): Promise<SessionUser | null> {
  return resolveCaller(auth(), db(), headers);
}

/** A cookie mutation must come from the editor's own origin; reads and token calls pass. */
export function isAllowedOrigin(req: Request): boolean {
  return isSameOriginMutation(req, [env().EDITOR_URL]);
}
