import type { Story } from "@armstrail/domain";
import { parseCitedText } from "@armstrail/domain";
import type { Db } from "../client";
import { inPublishedInvestigation, publishedClaim } from "./published";

/**
 * The published story: each block's published revision, with its citations resolved
 * against published claims only. A marker naming a claim that is not published shows
 * nothing, so an unapproved claim can never surface through the story.
 */
export async function getPublishedStory(
  db: Db,
  filter: { investigationSlug?: string | undefined } = {},
): Promise<Story> {
  const blocks = await db.storyBlock.findMany({
    where: {
      publishedRevisionId: { not: null },
      // One investigation's story; without a slug, every published block as before.
      ...(filter.investigationSlug
        ? { investigation: inPublishedInvestigation(filter.investigationSlug) }
        : {}),
    },
    include: { publishedRevision: { select: { body: true } } },
    orderBy: [{ sectionPosition: "asc" }, { position: "asc" }],
  });
  const parsed = blocks.map((b) => ({
    block: b,
    segments: parseCitedText(b.publishedRevision?.body ?? ""),
  }));
  const refs = [...new Set(parsed.flatMap((p) => p.segments.flatMap((s) => s.refs)))];
  const claims = await db.claim.findMany({
    where: { ...publishedClaim, ref: { in: refs } },
    select: { ref: true, publishedRevision: { select: { verdict: true, statement: true } } },
  });
  const byRef = new Map(
    claims.flatMap((c) => (c.publishedRevision ? [[c.ref, c.publishedRevision] as const] : [])),
  );
  const sections: Story["sections"] = [];
  for (const { block, segments } of parsed) {
    let section = sections.at(-1);
    if (section?.key !== block.sectionKey) {
      section = { key: block.sectionKey, title: block.sectionTitle, blocks: [] };
      sections.push(section);
    }
    section.blocks.push({
      key: block.key,
      segments: segments.map((s) => ({
        text: s.text,
        citations: s.refs.flatMap((ref) => {
          const c = byRef.get(ref);
          return c ? [{ ref, verdict: c.verdict, statement: c.statement }] : [];
        }),
      })),
    });
  }
  return { sections };
}
