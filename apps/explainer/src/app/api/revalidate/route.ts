import { timingSafeEqual } from "node:crypto";
import { limitBody } from "@armstrail/api/http";
import { revalidateTag } from "next/cache";
import { env } from "~/env";
import { PUBLISHED_TAG } from "~/server/data";

function authorised(req: Request): boolean {
  const secret = env().REVALIDATE_SECRET;
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/**
 * The editor calls this when a claim or the story is published, corrected or retracted.
 * It expires every cached read at once: the next request renders fresh data.
 */
export async function POST(req: Request) {
  // The notice carries no body: anything beyond a few bytes is refused unread.
  const limited = await limitBody(req, 1024);
  if (limited instanceof Response) return limited;
  if (!authorised(req)) {
    return Response.json({ error: "A valid bearer secret is required" }, { status: 401 });
  }
  revalidateTag(PUBLISHED_TAG, { expire: 0 });
  return Response.json({ revalidated: true, at: new Date().toISOString() });
}
