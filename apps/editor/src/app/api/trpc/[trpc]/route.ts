import { editorRouter } from "@armstrail/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "~/server/db";
import { sessionFrom } from "~/server/session";

// The editor mounts only the editor router; every procedure checks the session and role.
async function handler(req: Request) {
  const session = await sessionFrom(req);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: editorRouter,
    createContext: () => ({ db: db(), session }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
