import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import type { Scope } from "~/lib/investigations";
import { data } from "./data";

export type InvestigationParams = { params: Promise<{ slug: string }> };

/**
 * The investigation a slug names, as the scope of a view; null when it is unknown, malformed
 * or not published.
 */
export async function findScope(slug: string): Promise<NonNullable<Scope> | null> {
  try {
    const investigation = await data.investigation(slug);
    return {
      slug: investigation.slug,
      title: investigation.title,
      standfirst: investigation.standfirst,
    };
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  }
}

/** The scope of a page at /investigations/<slug>/...; an unknown slug is the site's 404 page. */
export async function scopeOf(params: InvestigationParams["params"]): Promise<NonNullable<Scope>> {
  return requireScope((await params).slug);
}

/** The investigation a slug names, or the site's 404 page. */
export async function requireScope(slug: string): Promise<NonNullable<Scope>> {
  const scope = await findScope(slug);
  if (!scope) notFound();
  return scope;
}

/**
 * The same for a route handler (a download, a feed): answered by `respond`, or a plain 404
 * when the investigation is unknown.
 */
export async function withScope(
  params: InvestigationParams["params"],
  respond: (scope: NonNullable<Scope>) => Promise<Response>,
): Promise<Response> {
  const scope = await findScope((await params).slug);
  if (!scope) {
    return new Response("No published investigation has this address.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return respond(scope);
}

/**
 * The investigations a claim belongs to: the one that owns it, and any whose checked articles
 * contain it. Read from cached lists, as a claim page is read far more often than it changes.
 */
export async function investigationsOfClaim(ref: string): Promise<NonNullable<Scope>[]> {
  const list = await data.investigations();
  const holding = await Promise.all(
    list.map(async (i) => ((await data.investigationClaimRefs(i.slug)).includes(ref) ? i : null)),
  );
  return holding
    .filter((i) => i !== null)
    .map((i) => ({ slug: i.slug, title: i.title, standfirst: i.standfirst }));
}
