import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, permanentRedirect } from "next/navigation";
import { data } from "./data";

/** Turns the API's NOT_FOUND (and a malformed ref, BAD_REQUEST) into the site's 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}

/**
 * An actor page's record; a reference merged into another actor answers with a permanent
 * redirect to the survivor, so old links and search results keep working.
 */
export async function actorOrRedirect(ref: string) {
  const actor = await orNotFound(
    data.actor(ref).catch((e: unknown) => {
      // Only an unknown reference may have been merged away; anything else is as before.
      if (e instanceof TRPCError && e.code === "NOT_FOUND") return null;
      throw e;
    }),
  );
  if (actor) return actor;
  const { redirectTo } = await orNotFound(data.actorRedirect(ref));
  if (redirectTo) permanentRedirect(`/actors/${redirectTo}`);
  notFound();
}
