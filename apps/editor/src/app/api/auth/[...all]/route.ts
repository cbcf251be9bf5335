import { limitBody } from "@armstrail/api/http";
import { auth } from "~/server/auth";

// Better Auth's endpoints (sign-in, sign-out, session). Sign-up and self-service changes are
// switched off in @armstrail/auth: people join by invitation.
/** A sign-in is an email and a password of at most 128 characters: 16 kB is plenty. */
const AUTH_BODY_LIMIT = 16 * 1024;

async function handler(req: Request) {
  // Anyone may post here without signing in, so the body is bounded before Better Auth reads it.
  const limited = await limitBody(req, AUTH_BODY_LIMIT);
  if (limited instanceof Response) return limited;
  return auth().handler(limited);
}

export { handler as GET, handler as POST };
