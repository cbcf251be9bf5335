import { needsCitation, splitSentences } from "@armstrail/domain";
import {
  countPublishedClaims,
  getPublishedClaim,
  getPublishedInvestigation,
  getPublishedStory,
  listPublishedInvestigations,
  listPublishedClaims,
  listReviewQueue,
  seedCase,
} from "@armstrail/db";
import { useTestDb } from "@armstrail/db/testing";
import { describe, expect, it } from "vitest";
import { demoAccounts, loadCase } from "./load";

/** Row counts of every table plus a digest of claim content: equal before and after means nothing changed. */
async function snapshot(db: ReturnType<typeof useTestDb>["db"]) {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}"`,
    );
    counts[table_name] = Number(rows[0]?.n ?? 0);
  }
  const digest = await db.$queryRaw<{ d: string }[]>`
    SELECT md5(string_agg(c.ref || r.statement || r.verdict || c.status || c.id::text || r.id::text, ',' ORDER BY c.ref)) AS d
    FROM claims c JOIN claim_revisions r ON r.id = c.current_revision_id`;
  return { counts, digest: digest[0]?.d };
}

describe("the first case's seed", () => {
  const t = useTestDb();

  it("loads all 45 checked claims as published, with the dossier's verdict counts", async () => {
    const data = await loadCase();
    const report = await seedCase(t.db, data, { demoAccounts: [...demoAccounts] });
    expect(report).toMatchObject({
      claims: 45,
      sources: 97,
      actors: 56,
      events: 41,
      sanctions: 8,
      transfers: 8,
      investigations: 2, // I01, and I02 whose records come in through the importer
      articles: 1,
    });
    expect(report.drafts).toBeGreaterThanOrEqual(4);
    const counts: Record<string, number> = {};
    for (const verdict of [
      "accurate",
      "mostly_accurate",
      "needs_context",
      "unverifiable",
      "inaccurate",
      "opinion",
    ] as const) {
      counts[verdict] = await countPublishedClaims(t.db, { verdict });
    }
    expect(counts).toEqual({
      accurate: 9,
      mostly_accurate: 9,
      needs_context: 13,
      unverifiable: 4,
      inaccurate: 6,
      opinion: 4,
    });
  });

  it("publishes the first investigation and its checked article, claims in reading order", async () => {
    const data = await loadCase();
    const [first] = await listPublishedInvestigations(t.db);
    expect(first).toMatchObject({ ref: "I01", slug: "russia-north-korea-munitions" });
    expect(first?.counts.total).toBe(45);
    const page = await getPublishedInvestigation(t.db, "russia-north-korea-munitions");
    const article = page.articles[0]!;
    expect(article.ref).toBe("K01");
    expect(article.counts).toEqual(first?.counts);
    expect(article.claims.map((c) => c.position)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    expect(article.claims[0]).toMatchObject({ ref: "C01", verdict: "accurate" });
    // Every transfer and event is the first investigation's.
    expect(await t.db.investigationTransfer.count()).toBe(data.transfers.length);
    expect(await t.db.investigationEvent.count()).toBe(data.events.length);
  });

  it("rates C39 (the veto date) inaccurate, with its sources", async () => {
    const c39 = await getPublishedClaim(t.db, { ref: "C39" });
    expect(c39.verdict).toBe("inaccurate");
    expect(c39.evidence.length).toBeGreaterThan(0);
    expect(c39.appearance?.ref).toBe("S01");
  });

  it("keeps its drafts out of the public list and in the editor's queue", async () => {
    const published = await listPublishedClaims(t.db, { limit: 100 });
    expect(published.items).toHaveLength(45);
    expect(published.items.every((c) => /^C\d{2}$/.test(c.ref))).toBe(true);
    const queue = await listReviewQueue(t.db, { limit: 100 });
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((c) => c.status === "in_review")).toBe(true);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot(t.db);
    const report = await seedCase(t.db, await loadCase(), { demoAccounts: [...demoAccounts] });
    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("publishes a story in which every sentence with a number or a date cites an approved claim", async () => {
    const story = await getPublishedStory(t.db);
    expect(story.sections.map((s) => s.key)).toEqual([
      "trade",
      "shipping",
      "kharkiv",
      "components",
      "sanctions",
      "next",
    ]);
    const uncited: string[] = [];
    let checked = 0;
    for (const block of story.sections.flatMap((s) => s.blocks)) {
      for (const segment of block.segments) {
        const sentences = splitSentences(segment.text);
        sentences.forEach((sentence, i) => {
          if (!needsCitation(sentence)) return;
          checked++;
          // Citations are resolved against published claims only, so an empty list here
          // means no approved claim backs the sentence.
          const cited = i === sentences.length - 1 && segment.citations.length > 0;
          if (!cited) uncited.push(sentence);
        });
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(uncited).toEqual([]);
  });

  it("drops a story citation whose claim is no longer published", async () => {
    await t.db.claim.update({
      where: { ref: "C39" },
      data: { status: "retracted", retractedAt: new Date() },
    });
    const story = await getPublishedStory(t.db);
    const refs = story.sections.flatMap((s) =>
      s.blocks.flatMap((b) => b.segments.flatMap((x) => x.citations.map((c) => c.ref))),
    );
    expect(refs).not.toContain("C39");
    expect(refs).toContain("C05");
    await t.db.claim.update({
      where: { ref: "C39" },
      data: { status: "approved", retractedAt: null },
    });
  });

  it("keeps the transfer's dated estimates exact (the containers series)", async () => {
    const t01 = await t.db.transfer.findUniqueOrThrow({
      where: { ref: "T01" },
      include: { estimates: { orderBy: { asOf: "asc" } } },
    });
    const figures = t01.estimates.map((e) => e.best?.toFixed());
    expect(figures[0]).toBe("1000");
    expect(figures).toContain("13000");
  });
});
