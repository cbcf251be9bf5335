import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Turns the API's NOT_FOUND (and a malformed ref, BAD_REQUEST) into the site's 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}
