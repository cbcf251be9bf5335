import "server-only";
import type { SessionUser } from "@armstrail/db";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

/**
 * Who is calling, from a request's headers (session cookie or API token). Sign-in (Better
 * Auth) and API tokens arrive with @armstrail/auth; until then nobody is signed in, so every
 * editor procedure answers UNAUTHORIZED and every page sends people to /sign-in.
 */
function resolve(_headers: Headers): Promise<SessionUser | null> {
  return Promise.resolve(null);
}

/** For route handlers. */
export function sessionFrom(req: Request): Promise<SessionUser | null> {
  return resolve(req.headers);
}

/** For server components: resolved once per request however many components ask. */
export const currentSession = cache(async () => resolve(await headers()));

/** The signed-in person, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireSession(next?: string): Promise<SessionUser> {
  const session = await currentSession();
  if (!session) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  return session;
}
