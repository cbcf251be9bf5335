import { auth } from "~/server/auth";

// Better Auth's endpoints (sign-in, sign-out, session). Sign-up and self-service changes are
// switched off in @armstrail/auth: people join by invitation.
function handler(req: Request) {
  return auth().handler(req);
}

export { handler as GET, handler as POST };
