import "server-only";
import { allPages } from "@armstrail/domain";
import { unstable_cache } from "next/cache";
import { publicApi } from "./api";

/** Every cached read carries this tag; publishing or retracting anything expires it. */
export const PUBLISHED_TAG = "published";

/**
 * Published data, cached across requests and processes until the editor says something
 * changed (POST /api/revalidate) or an hour passes. Pages render on request from this
 * cache, so they need no database at build time.
 */
function cached<Args extends unknown[], T>(name: string, fn: (...args: Args) => Promise<T>) {
  return unstable_cache(fn, [name], { tags: [PUBLISHED_TAG], revalidate: 3600 });
}

type Api = ReturnType<typeof publicApi>;
type In<F extends (input: never) => unknown> = Parameters<F>[0];

export const data = {
  investigations: cached("investigations", () => publicApi().investigation.list()),
  investigation: cached("investigation", (slug: string) =>
    publicApi().investigation.bySlug({ slug }),
  ),
  /** The refs of an investigation's own published claims and of those its articles checked. */
  investigationClaimRefs: cached("investigationClaimRefs", async (slug: string) => {
    const [claims, investigation] = await Promise.all([
      allPages((cursor) => publicApi().claim.list({ limit: 100, cursor, investigation: slug })),
      publicApi().investigation.bySlug({ slug }),
    ]);
    return [
      ...new Set([
        ...claims.map((c) => c.ref),
        ...investigation.articles.flatMap((a) => a.claims.map((c) => c.ref)),
      ]),
    ];
  }),
  story: cached("story", (investigation?: string) => publicApi().story.get({ investigation })),
  claims: cached("claims", (input: In<Api["claim"]["list"]>) => publicApi().claim.list(input)),
  claimCounts: cached("claimCounts", (input: In<Api["claim"]["counts"]>) =>
    publicApi().claim.counts(input),
  ),
  claim: cached("claim", (ref: string) => publicApi().claim.byRef({ ref })),
  claimHistory: cached("claimHistory", (ref: string) => publicApi().claim.history({ ref })),
  corrections: cached("corrections", (investigation?: string) =>
    publicApi().corrections.list({ investigation }),
  ),
  actors: cached("actors", (input: In<Api["actor"]["list"]>) => publicApi().actor.list(input)),
  actor: cached("actor", (ref: string) => publicApi().actor.byRef({ ref })),
  actorRedirect: cached("actorRedirect", (ref: string) => publicApi().actor.redirect({ ref })),
  transfers: cached("transfers", (input: In<Api["transfer"]["list"]>) =>
    publicApi().transfer.list(input),
  ),
  transfer: cached("transfer", (ref: string) => publicApi().transfer.byRef({ ref })),
  sanctions: cached("sanctions", (input: In<Api["sanction"]["list"]>) =>
    publicApi().sanction.list(input),
  ),
  sanction: cached("sanction", (ref: string) => publicApi().sanction.byRef({ ref })),
  events: cached("events", (input: In<Api["event"]["list"]>) => publicApi().event.list(input)),
  sources: cached("sources", (input: In<Api["source"]["list"]>) => publicApi().source.list(input)),
  /**
   * Not cached: every distinct query would write an entry of its own to the data cache
   * (files on disk, without bound), and anyone can send as many queries as they like.
   */
  search: (query: string) => publicApi().search({ query, limit: 50 }),
};

/** Pages through a list procedure to the end (the case is small; lists are capped at 100 a page). */
export { allPages as all } from "@armstrail/domain";
