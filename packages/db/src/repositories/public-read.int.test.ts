import { describe, expect, it } from "vitest";
import {
  claimRecord,
  draftRecord,
  insertCase,
  sourceRecord,
  actorRecord,
  useTestDb,
} from "../testing";
import { getPublishedClaim, listPublishedClaims } from "./public-claims";
import { searchPublished } from "./search";
import { listReviewQueue } from "./review-queue";

describe("public reads", () => {
  const t = useTestDb();
  const source = sourceRecord();
  const actor = actorRecord({ name: "Zvezda Shipping", aliases: ["Star Lines"] });
  const published = claimRecord({
    statement: "Ships carried shells from Rajin",
    evidence: [
      {
        sourceRef: source.ref,
        reliability: "B",
        credibility: 2,
        supports: "Imagery shows the ships.",
      },
    ],
    subjects: [{ kind: "actor", ref: actor.ref }],
  });
  const draft = draftRecord({
    statement: "A secret draft about Rajin",
    authorEmail: "writer@test.local",
    evidence: [
      { sourceRef: source.ref, reliability: "C", credibility: 3, supports: "Not yet checked." },
    ],
    subjects: [{ kind: "actor", ref: actor.ref }],
    status: "in_review",
    reviewerNote: "internal: check the second source",
  });

  it("return approved claims and never drafts, by list, by ref or by search", async () => {
    await insertCase(t.db, {
      sources: [source],
      actors: [actor],
      claims: [published],
      drafts: [draft],
    });
    const list = await listPublishedClaims(t.db, { limit: 100 });
    expect(list.items.map((c) => c.ref)).toEqual([published.ref]);
    await expect(getPublishedClaim(t.db, { ref: draft.ref })).rejects.toThrow(/No published claim/);
    const hits = await searchPublished(t.db, "Rajin", 20);
    expect(hits.map((h) => h.ref)).toContain(published.ref);
    expect(hits.map((h) => h.ref)).not.toContain(draft.ref);
    expect(JSON.stringify(list)).not.toContain("internal: check");
  });

  it("filter by actor through the published revision only", async () => {
    const byActor = await listPublishedClaims(t.db, { limit: 10, actorRef: actor.ref });
    expect(byActor.items.map((c) => c.ref)).toEqual([published.ref]);
    const none = await listPublishedClaims(t.db, { limit: 10, verdict: "inaccurate" });
    expect(none.items).toEqual([]);
  });

  it("find actors by alias", async () => {
    const hits = await searchPublished(t.db, "star lines", 20);
    expect(hits).toContainEqual(expect.objectContaining({ kind: "actor", ref: actor.ref }));
  });

  it("grade evidence in Admiralty form", async () => {
    const claim = await getPublishedClaim(t.db, { ref: published.ref });
    expect(claim.evidence[0]?.grade).toBe("B2");
  });

  it("leave drafts in the review queue", async () => {
    const queue = await listReviewQueue(t.db, { limit: 10 });
    expect(queue.items.map((c) => c.ref)).toEqual([draft.ref]);
    expect(queue.items[0]?.evidenceCount).toBe(1);
  });
});
