import { downloadHeaders } from "~/lib/dataset";
import { toJsonLines } from "~/lib/ftm";
import { ftmEntities } from "../downloads";

export const dynamic = "force-dynamic";

/** Actors, sanctions and transfers as FollowTheMoney entities, one JSON object a line. */
export async function GET() {
  const entities = await ftmEntities();
  return new Response(toJsonLines(entities), {
    headers: downloadHeaders("application/x-ndjson; charset=utf-8", "armstrail-entities.ftm.jsonl"),
  });
}
