import { publicRouter } from "@armstrail/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "~/server/db";

// The explainer mounts only the public router: no editor procedure is reachable here.
function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: publicRouter,
    createContext: () => ({ db: db(), session: null }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
