import { readFileSync } from "node:fs";
import { expect, test } from "@armstrail/e2e/csp-guard";

// The seed's drafts, claims in review and rejected claims (C901-C906) and their reviewer
// notes must appear nowhere a reader or a machine can look.
const drafts = JSON.parse(
  readFileSync(new URL("../../../prisma/seed/data/drafts.json", import.meta.url), "utf8"),
) as {
  ref: string;
  statement: string;
  reviewerNote: string | null;
}[];

test.describe("nothing unpublished leaks", () => {
  test.skip(({ isMobile }) => isMobile, "same server answers at any width");

  test("drafts are on no page, in no search, download, feed or sitemap", async ({ request }) => {
    expect(drafts.length).toBeGreaterThanOrEqual(4);
    const haystacks: Record<string, string> = {};
    for (const url of [
      "/",
      "/claims",
      "/claims?verdict=needs_context",
      "/sources",
      "/timeline",
      "/corrections",
      "/data/claims.json",
      "/data/claims.csv",
      "/data/entities.ftm.jsonl",
      "/feed.xml",
      "/sitemap.xml",
    ]) {
      haystacks[url] = await (await request.get(url)).text();
    }
    for (const d of drafts) {
      expect((await request.get(`/claims/${d.ref}`)).status(), d.ref).toBe(404);
      const word = d.statement.split(/\s+/).find((w) => w.length > 6) ?? d.statement;
      haystacks[`/search?q=${word}`] = await (
        await request.get(`/search?q=${encodeURIComponent(word)}`)
      ).text();
      const api = await request.get(
        `/api/trpc/claim.byRef?input=${encodeURIComponent(JSON.stringify({ ref: d.ref }))}`,
      );
      expect(api.status()).toBe(404);
      for (const [url, text] of Object.entries(haystacks)) {
        expect(text.includes(d.statement), `${d.ref}'s statement on ${url}`).toBe(false);
        expect(new RegExp(`\\b${d.ref}\\b`).test(text), `${d.ref} on ${url}`).toBe(false);
        if (d.reviewerNote)
          expect(text.includes(d.reviewerNote), `${d.ref}'s reviewer note on ${url}`).toBe(false);
      }
    }
  });
});
