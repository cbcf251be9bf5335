import "server-only";
import type { SessionUser } from "@armstrail/db";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { callerFrom } from "./auth";

/** Who is calling, from a request's headers: the session cookie or an API token. */
function resolve(headers: Headers): Promise<SessionUser | null> {
  return callerFrom(headers);
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
