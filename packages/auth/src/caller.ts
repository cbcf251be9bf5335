import { findUserById, resolveApiToken, type Db, type SessionUser } from "@armstrail/db";
import type { Auth } from "./auth";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who is calling: an API token when the request carries `Authorization: Bearer at_...`,
 * otherwise the session cookie's user. Either way the user must still be active. A request
 * with an Authorization header is judged by that header alone and never falls back to the
 * cookie, which is what lets the cross-site check exempt bearer requests.
 */
export async function resolveCaller(
  auth: Auth,
  db: Db,
  headers: Headers,
): Promise<SessionUser | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const token = BEARER.exec(authorization)?.[1];
    return token ? resolveApiToken(db, token) : null;
  }
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const user = await findUserById(db, found.user.id);
  return user ? { ...user, via: "session" } : null;
}

export function hasBearerToken(headers: Headers): boolean {
  return BEARER.test(headers.get("authorization") ?? "");
}
