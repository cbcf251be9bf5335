// Two investigations side by side, as a fresh `npm start` seeds them: the first case from
// the seed files, the second imported from cases/ and published through bulk review. Each
// one's claims, counts, events and transfers are its own; the shared register holds one of
// each actor both cases name.
import {
  countPublishedClaims,
  getPublishedInvestigation,
  getPublishedStory,
  listEvents,
  listPublishedClaims,
  listPublishedInvestigations,
  listTransfers,
  seedCase,
} from "@armstrail/db";
import { useTestDb } from "@armstrail/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "./load";
import { seedCases } from "./seed-cases";

const first = "russia-north-korea-munitions";
const second = "myanmar-military-supply";

describe("two seeded investigations", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await seedCase(t.db, await loadCase());
    await seedCases(t.db);
  });

  const refs = async (slug: string) =>
    new Set(
      (
        await listPublishedClaims(t.db, { investigationSlug: slug, limit: 100, cursor: null })
      ).items.map((c) => c.ref),
    );

  it("are both listed, each with its own claim count", async () => {
    const list = await listPublishedInvestigations(t.db);
    expect(list.map((i) => [i.slug, i.counts.total])).toEqual([
      [first, 45],
      [second, 10],
    ]);
    expect(list[1]!.counts.byVerdict).toMatchObject({
      accurate: 2,
      mostly_accurate: 3,
      needs_context: 3,
      unverifiable: 1,
      opinion: 1,
      inaccurate: 0,
    });
  });

  it("each publish the article they checked, built from its own claims", async () => {
    for (const slug of [first, second]) {
      const { articles } = await getPublishedInvestigation(t.db, slug);
      expect(articles.length, slug).toBe(1);
      const own = await refs(slug);
      const cited = articles[0]!.claims.map((c) => c.ref);
      expect(cited.length, slug).toBeGreaterThan(0);
      expect(
        cited.filter((r) => !own.has(r)),
        slug,
      ).toEqual([]);
    }
  });

  it("each tell their own story, citing only their own published claims", async () => {
    const sectionsOf = new Map<string, string[]>();
    for (const slug of [first, second]) {
      const story = await getPublishedStory(t.db, { investigationSlug: slug });
      const blocks = story.sections.flatMap((s) => s.blocks);
      expect(blocks.length, slug).toBeGreaterThan(0);
      const cited = blocks.flatMap((b) => b.segments.flatMap((s) => s.citations.map((c) => c.ref)));
      const own = await refs(slug);
      expect(cited.length, slug).toBeGreaterThan(0);
      expect(
        cited.filter((r) => !own.has(r)),
        slug,
      ).toEqual([]);
      sectionsOf.set(
        slug,
        story.sections.map((s) => s.key),
      );
    }
    expect(sectionsOf.get(second)).toEqual(["myanmar-money", "myanmar-air", "myanmar-calls"]);
    // Every one of the second case's claims is cited somewhere in its story.
    const secondStory = await getPublishedStory(t.db, { investigationSlug: second });
    const citedSecond = new Set(
      secondStory.sections.flatMap((s) =>
        s.blocks.flatMap((b) => b.segments.flatMap((g) => g.citations.map((c) => c.ref))),
      ),
    );
    expect([...(await refs(second))].filter((r) => !citedSecond.has(r))).toEqual([]);
    // Written by one desk and approved by another, like any block from the editor.
    const blocks = await t.db.storyBlock.findMany({
      where: { investigation: { slug: second } },
      select: { authorId: true, publishedRevision: { select: { approvedById: true } } },
    });
    for (const b of blocks) {
      expect(b.publishedRevision?.approvedById).toEqual(expect.any(String));
      expect(b.publishedRevision?.approvedById).not.toBe(b.authorId);
    }
  });

  it("keep their claims apart", async () => {
    const a = await refs(first);
    const b = await refs(second);
    expect(b.size).toBe(10);
    expect([...b].filter((r) => a.has(r))).toEqual([]);
    expect(await countPublishedClaims(t.db, { investigationSlug: second })).toBe(10);
  });

  it("keep their events and transfers apart", async () => {
    const page = { limit: 100, cursor: null };
    const eventsB = await listEvents(t.db, { ...page, investigationSlug: second });
    const eventsA = await listEvents(t.db, { ...page, investigationSlug: first });
    expect(eventsB.items).toHaveLength(10);
    expect(eventsB.items.filter((e) => eventsA.items.some((x) => x.ref === e.ref))).toEqual([]);
    const transfersB = await listTransfers(t.db, { ...page, investigationSlug: second });
    expect(transfersB.items).toHaveLength(4);
  });

  it("share one Russia, and a second seed changes nothing", async () => {
    expect(await t.db.actor.count({ where: { name: "Russian Federation" } })).toBe(1);
    expect(await seedCases(t.db)).toEqual([`${second}: already imported, nothing changed.`]);
  });
});
