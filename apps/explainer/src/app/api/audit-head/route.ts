import { publicApi } from "~/server/api";

export const dynamic = "force-dynamic";

/**
 * The audit chain's head as plain JSON (`{ hash, count, at }`), for anyone to record: a copy
 * of the log whose end was cut off no longer contains it, which `pnpm armstrail-admin
 * verify-audit --head <hash>` reports. Read fresh on every request, never cached, and nothing
 * else of the log is shown.
 */
export async function GET() {
  const head = await publicApi().audit.head();
  return Response.json(head, { headers: { "Cache-Control": "no-store" } });
}
