// A case the seed brings in the way a newsroom would: its dossier file goes through the
// importer into its investigation (as drafts of the research desk), then through bulk review:
// the research desk submits, the review desk publishes, every record on its own with its own
// audit entry. Run again, the importer recognises the file and changes nothing; whatever of
// the file is not yet published (a run cut short) is taken through review again.
import {
  type BulkKind,
  type ImportReport,
  sectionKind,
  StoryBodySchema,
  StorySectionKeySchema,
  StorySectionTitleSchema,
} from "@armstrail/domain";
import { z } from "zod";
import type { Db } from "../client";
import type { SessionUser } from "../repositories/users";
import { listReviewItems, reviewInBulk } from "../services/bulk-review";
import { importDossier, type ImportFile } from "../services/import";
import { createStoryBlock } from "../services/story-blocks";
import { deskAccounts } from "./seed-case";

export class SeedImportError extends Error {}

async function desk(db: Db, account: (typeof deskAccounts)[keyof typeof deskAccounts]) {
  const user = await db.user.findUniqueOrThrow({
    where: { email: account.email },
    select: { id: true },
  });
  return { ...account, id: user.id, via: "session" } satisfies SessionUser;
}

/**
 * A case's story as its folder keeps it (`story.json`): sections of blocks whose citation
 * markers name claims by the dossier's own ids ({{MC1}}), since the public refs are only
 * known once the importer has given them out.
 */
export const CaseStorySchema = z.strictObject({
  about: z.string().optional(),
  sections: z
    .array(
      z.strictObject({
        key: StorySectionKeySchema,
        title: StorySectionTitleSchema,
        blocks: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});
export type CaseStory = z.infer<typeof CaseStorySchema>;

/** A block's text with each dossier claim id replaced by the ref the import gave that claim. */
export function storyBodyFor(body: string, claimRefs: ReadonlyMap<string, string>): string {
  const text = body.replaceAll(/\{\{([^}]*)\}\}/g, (_, id: string) => {
    const ref = claimRefs.get(id.trim());
    if (!ref) throw new SeedImportError(`The story cites ${id}, which is no claim of the dossier`);
    return `{{${ref}}}`;
  });
  const parsed = StoryBodySchema.safeParse(text);
  if (!parsed.success)
    throw new SeedImportError(
      `A story block is refused: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  return parsed.data;
}

/**
 * Writes the story of an imported case through the editor's own path, as drafts of the
 * research desk, unless the investigation already has a story. Returns the new blocks' keys.
 */
async function draftStory(
  db: Db,
  report: ImportReport,
  research: SessionUser,
  investigation: string,
  story: CaseStory,
): Promise<string[]> {
  const existing = await db.storyBlock.count({ where: { investigation: { slug: investigation } } });
  if (existing > 0) return [];
  const claimRefs = new Map(
    report.records.filter((r) => r.section === "claims").map((r) => [r.originalId, r.ref]),
  );
  const keys: string[] = [];
  for (const section of story.sections) {
    for (const [i, body] of section.blocks.entries()) {
      const block = await createStoryBlock(db, research, {
        section:
          i === 0
            ? { kind: "new", key: section.key, title: section.title }
            : { kind: "existing", key: section.key },
        afterId: null,
        body: storyBodyFor(body, claimRefs),
        investigation,
      });
      keys.push(block.key);
    }
  }
  return keys;
}

/** Publishes what this import created and is not yet published; returns how many. */
async function publishThrough(
  db: Db,
  report: ImportReport,
  storyKeys: readonly string[],
): Promise<number> {
  const research = await desk(db, deskAccounts.research);
  const review = await desk(db, deskAccounts.review);
  const mine = new Set([
    ...report.records
      .filter((r) => r.action === "create")
      .map((r) => `${sectionKind[r.section] as BulkKind}:${r.ref}`),
    // The investigation when the import made it, and the checked article of the file.
    ...(report.investigation?.created ? [`investigation:${report.investigation.ref}`] : []),
    ...(report.article ? [`checked_article:${report.article}`] : []),
    ...storyKeys.map((key) => `story_block:${key}`),
  ]);
  const waiting = async (stage: "to_submit" | "in_review") =>
    (await listReviewItems(db, { stage, limit: 500 })).items
      .filter((i) => !i.published && mine.has(`${i.kind}:${i.ref}`))
      .map((i) => ({ kind: i.kind, ref: i.ref }));
  let done = 0;
  const editing = await desk(db, deskAccounts.editing);
  const story = (kind: BulkKind) => kind === "story_block";
  // The review desk publishes records and the editing desk the story: each what its role may.
  for (const [stage, session, action, which] of [
    ["to_submit", research, "submit", () => true],
    ["in_review", review, "publish", (kind: BulkKind) => !story(kind)],
    ["in_review", editing, "publish", story],
  ] as const) {
    const items = (await waiting(stage)).filter((i) => which(i.kind));
    if (!items.length) continue;
    const result = await reviewInBulk(db, session, { action, items });
    const refused = result.items.filter((i) => i.outcome === "refused");
    if (refused.length)
      throw new SeedImportError(
        `Bulk ${action} refused ${refused.length} record(s): ${refused
          .map((r) => `${r.ref} (${r.message})`)
          .join("; ")}`,
      );
    if (action === "publish") done += result.summary.done;
  }
  return done;
}

/** Imports one dossier into its investigation and publishes it; refuses a file with problems. */
export async function seedImportedCase(
  db: Db,
  file: ImportFile,
  investigation: string,
  story?: CaseStory,
): Promise<{ report: ImportReport; published: number }> {
  const research = await desk(db, deskAccounts.research);
  const report = await importDossier(
    db,
    {
      userId: research.id,
      email: research.email,
      audit: { userId: research.id, label: research.email, via: "system" },
    },
    file,
    { investigation },
  );
  if (report.problems.length)
    throw new SeedImportError(
      `${file.name} has ${report.problems.length} problem(s):\n${report.problems
        .map((p) => `  - line ${p.line} ${p.id ?? ""} ${p.field ?? ""}: ${p.message}`)
        .join("\n")}`,
    );
  const drafted = story ? await draftStory(db, report, research, investigation, story) : [];
  // A run cut short may have left the desk's own blocks unpublished: take them too (never a
  // block someone else drafted in the editor).
  const unpublished = (
    await db.storyBlock.findMany({
      where: {
        investigation: { slug: investigation },
        publishedRevisionId: null,
        authorId: research.id,
      },
      select: { key: true },
    })
  ).map((b) => b.key);
  const storyKeys = [...new Set([...drafted, ...unpublished])];
  return { report, published: await publishThrough(db, report, storyKeys) };
}
