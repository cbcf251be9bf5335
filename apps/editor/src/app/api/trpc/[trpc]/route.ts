import { editorRouter } from "@armstrail/api";
import {
  MAX_BATCH_SIZE,
  MAX_URL_LENGTH,
  errorResponse,
  limitBody,
  limitUrl,
} from "@armstrail/api/http";
import { hashPassword } from "@armstrail/auth";
import { MAX_DOSSIER_BYTES } from "@armstrail/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { callerFrom, isAllowedOrigin } from "~/server/auth";
import { db } from "~/server/db";

/**
 * The largest input is a dossier file sent whole as JSON text; escaping its quotes and
 * line breaks can double it. Everything else is far smaller.
 */
const MAX_BODY_BYTES = 2 * MAX_DOSSIER_BYTES + 64 * 1024;

// The editor mounts only the editor router; every procedure checks the session and role.
// A request's address and body are bounded before anything parses them, and tRPC refuses
// a batch of more than MAX_BATCH_SIZE calls.
async function handler(incoming: Request) {
  // A cookie-carrying mutation from another site is refused before anything runs.
  if (!isAllowedOrigin(incoming)) {
    return errorResponse(403, "FORBIDDEN", "This request did not come from the editor itself");
  }
  const tooLong = limitUrl(incoming, MAX_URL_LENGTH);
  if (tooLong) return tooLong;
  const req = await limitBody(incoming, MAX_BODY_BYTES);
  if (req instanceof Response) return req;
  const session = await callerFrom(req.headers);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: editorRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    // Accepting an invitation sets a password with Better Auth's (memory-hard) hash.
    createContext: () => ({ db: db(), session, hashPassword }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
