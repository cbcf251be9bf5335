import { editorRouter } from "@armstrail/api";
import { hashPassword } from "@armstrail/auth";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { callerFrom, isAllowedOrigin } from "~/server/auth";
import { db } from "~/server/db";

// The editor mounts only the editor router; every procedure checks the session and role.
async function handler(req: Request) {
  // A cookie-carrying mutation from another site is refused before anything runs.
  if (!isAllowedOrigin(req)) {
    return Response.json(
      {
        error: {
          message: "This request did not come from the editor itself",
          code: -32003,
          data: { code: "FORBIDDEN", httpStatus: 403 },
        },
      },
      { status: 403 },
    );
  }
  const session = await callerFrom(req.headers);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: editorRouter,
    // Accepting an invitation sets a password with Better Auth's (memory-hard) hash.
    createContext: () => ({ db: db(), session, hashPassword }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
