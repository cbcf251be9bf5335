// The story's narrative blocks in the editor: the claim workflow's pattern (a version per
// change, revisions, four eyes, audit, revalidation) applied to paragraphs of text with
// citation markers. Reviewer notes live only in the audit log, which is never public.
import type {
  ClaimStatus,
  CreateStoryBlockInput,
  EditorStoryBlock,
  StoryAction,
} from "@armstrail/domain";
import {
  decideStorySave,
  decideStoryTransition,
  parseCitedText,
  uncitedFactualSentences,
} from "@armstrail/domain";
import type { Db } from "../client";
import { InputError, NotFoundError, RuleError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { publishedClaim } from "../repositories/published";
import { auditActorOf, type SessionUser } from "../repositories/users";
import { appendAudit } from "./audit";
import { investigationIdFor } from "./investigations";
import { enqueueRevalidation } from "./outbox";
import { advanceVersion as advanceRecordVersion, nextRevisionNumber } from "./versioned";
import {
  iso,
  isoOrNull,
  personSelect,
  refuse,
  revisionAtVersion,
  revisionMeta,
  revisionRole,
  run,
  toPerson,
  type Tx,
} from "./workflow-support";

const ENTITY = "story_block" as const;

const revisionInclude = {
  author: { select: personSelect },
  approvedBy: { select: personSelect },
} satisfies Prisma.StoryBlockRevisionInclude;

type RevisionRow = Prisma.StoryBlockRevisionGetPayload<{ include: typeof revisionInclude }>;

const blockInclude = {
  author: { select: personSelect },
  currentRevision: { include: revisionInclude },
  publishedRevision: { select: { id: true, number: true } },
} satisfies Prisma.StoryBlockInclude;

type BlockRow = Prisma.StoryBlockGetPayload<{ include: typeof blockInclude }>;

/** Cited claim references in order of first citation. */
export function citedRefs(body: string): string[] {
  return [...new Set(parseCitedText(body).flatMap((s) => s.refs))];
}

function toRevision(r: RevisionRow) {
  return {
    id: r.id,
    ...revisionMeta(r),
    body: r.body,
    citedRefs: citedRefs(r.body),
  };
}

function working(b: BlockRow): RevisionRow {
  if (!b.currentRevision) throw new Error(`Story block ${b.key} has no current revision`);
  return b.currentRevision;
}

const reviewActions = ["story.approve", "story.request_changes", "story.reject"];

export async function getEditorStoryBlock(db: Db, id: string): Promise<EditorStoryBlock> {
  const b = await db.storyBlock.findUnique({ where: { id }, include: blockInclude });
  if (!b) throw new NotFoundError("story block", id);
  const reviews = await db.auditEntry.findMany({
    where: { entityType: ENTITY, entityId: id, action: { in: reviewActions } },
    orderBy: { seq: "asc" },
    select: { at: true, actorLabel: true, after: true },
  });
  return {
    id: b.id,
    key: b.key,
    sectionKey: b.sectionKey,
    sectionTitle: b.sectionTitle,
    sectionPosition: b.sectionPosition,
    position: b.position,
    status: b.status,
    version: b.version,
    author: toPerson(b.author),
    updatedAt: iso(b.updatedAt),
    publishedAt: isoOrNull(b.publishedAt),
    publishedRevisionNumber: b.publishedRevision?.number ?? null,
    working: toRevision(working(b)),
    reviews: reviews.map((r) => {
      const after = (r.after ?? {}) as {
        status?: ClaimStatus;
        decision?: ClaimStatus;
        note?: string | null;
      };
      return {
        at: iso(r.at),
        reviewer: r.actorLabel,
        decision: after.decision ?? after.status ?? "in_review",
        note: after.note ?? null,
      };
    }),
  };
}

export async function listEditorStoryBlocks(db: Db, filter: { status?: ClaimStatus | undefined }) {
  const rows = await db.storyBlock.findMany({
    where: filter.status ? { status: filter.status } : {},
    include: {
      currentRevision: { select: { body: true } },
      investigation: { select: { slug: true, title: true } },
    },
    orderBy: [{ sectionPosition: "asc" }, { position: "asc" }],
  });
  return rows.map((b) => ({
    id: b.id,
    key: b.key,
    sectionKey: b.sectionKey,
    sectionTitle: b.sectionTitle,
    investigation: b.investigation,
    position: b.position,
    status: b.status,
    version: b.version,
    excerpt: (b.currentRevision?.body ?? "").slice(0, 200),
    published: b.publishedRevisionId !== null,
    updatedAt: iso(b.updatedAt),
  }));
}

export async function listStoryBlockRevisions(db: Db, id: string) {
  const block = await db.storyBlock.findUnique({
    where: { id },
    select: { currentRevisionId: true, publishedRevisionId: true },
  });
  if (!block) throw new NotFoundError("story block", id);
  const rows = await db.storyBlockRevision.findMany({
    where: { blockId: id },
    include: revisionInclude,
    orderBy: { number: "desc" },
  });
  return rows.map((r) => ({ ...revisionMeta(r), ...revisionRole(r, block) }));
}

async function revisionByNumber(db: Db | Tx, blockId: string, number: number) {
  const row = await db.storyBlockRevision.findUnique({
    where: { blockId_number: { blockId, number } },
    include: revisionInclude,
  });
  if (!row) throw new NotFoundError("story block revision", `${number} of block ${blockId}`);
  return row;
}

export async function compareStoryBlockRevisions(
  db: Db,
  input: { id: string; from: number; to: number },
) {
  const [a, b] = await Promise.all([
    revisionByNumber(db, input.id, input.from),
    revisionByNumber(db, input.id, input.to),
  ]);
  return { from: toRevision(a), to: toRevision(b), changed: a.body !== b.body };
}

/**
 * Moves the block's version on from `baseVersion` through the versioned-record core, or
 * explains why it cannot: the text now, the text the caller started from, and theirs.
 */
async function advanceVersion(
  tx: Tx,
  id: string,
  baseVersion: number,
  yours: string | null = null,
): Promise<BlockRow> {
  await advanceRecordVersion(tx, ENTITY, id, baseVersion, async () => {
    const b = await tx.storyBlock.findUnique({ where: { id }, include: blockInclude });
    if (!b) return null;
    const current = working(b).body;
    const baseNumber = await revisionAtVersion(tx, ENTITY, id, baseVersion);
    const base = baseNumber === null ? null : (await revisionByNumber(tx, id, baseNumber)).body;
    return {
      ref: b.key,
      status: b.status,
      currentVersion: b.version,
      changedFields: base !== null && base !== current ? ["body"] : [],
      current: { body: current },
      base: base === null ? null : { body: base },
      yours: yours === null ? null : { body: yours },
    };
  });
  return tx.storyBlock.findUniqueOrThrow({ where: { id }, include: blockInclude });
}

const stateOf = (b: BlockRow) => ({
  status: b.status,
  version: b.version,
  revision: working(b).number,
});

/**
 * The rules every block text meets, on save and on create: each sentence with a figure or
 * a date cites a claim (the input schema checks this too; the service keeps the rule for
 * any other caller), and every cited claim exists, published or not.
 */
async function checkBody(tx: Tx, body: string): Promise<void> {
  const uncited = uncitedFactualSentences(body);
  if (uncited.length)
    throw new InputError([
      {
        path: ["body"],
        message: `This sentence states a figure or a date but cites no claim: "${uncited[0]}"`,
      },
    ]);
  const refs = citedRefs(body);
  const found = await tx.claim.findMany({ where: { ref: { in: refs } }, select: { ref: true } });
  const missing = refs.filter((r) => !found.some((f) => f.ref === r));
  if (missing.length)
    throw new InputError([
      {
        path: ["body"],
        message: `The text cites ${missing.join(", ")}, which ${missing.length === 1 ? "is not a claim" : "are not claims"}`,
      },
    ]);
}

// Creations take this lock so that two new blocks never get the same key or position.
const STORY_LAYOUT_LOCK_KEY = 7_406_217_202;

/** The next free key of a section: "trade" -> "trade-5" when trade-1..trade-4 exist. */
async function nextBlockKey(tx: Tx, sectionKey: string): Promise<string> {
  const prefix = `${sectionKey}-`;
  const taken = new Set(
    (
      await tx.storyBlock.findMany({
        where: { key: { startsWith: prefix } },
        select: { key: true },
      })
    ).map((b) => b.key),
  );
  const numbers = [...taken].map((k) => k.slice(prefix.length)).filter((n) => /^\d+$/.test(n));
  let n = Math.max(0, ...numbers.map(Number)) + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * Creates a block as a draft by its author (revision 1), in an existing section or a new
 * one, after a given block (later blocks move down one) or at the section's end. Nothing
 * is public until an editor other than its authors approves it.
 */
export async function createStoryBlock(
  db: Db,
  session: SessionUser,
  input: CreateStoryBlockInput,
): Promise<EditorStoryBlock> {
  const id = await run(db, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STORY_LAYOUT_LOCK_KEY}::bigint)`;
    await checkBody(tx, input.body);
    const { section } = input;
    const inSection = await tx.storyBlock.findMany({
      where: { sectionKey: section.key },
      select: {
        id: true,
        position: true,
        sectionTitle: true,
        sectionPosition: true,
        investigation: { select: { id: true, slug: true } },
      },
      orderBy: { position: "asc" },
    });
    // A section belongs to one investigation's story: a block added to it is that
    // investigation's, and naming another is refused. A new section names its own.
    const owner = section.kind === "existing" ? inSection[0]?.investigation : undefined;
    if (owner && input.investigation !== undefined && input.investigation !== owner.slug)
      throw new InputError([
        {
          path: ["investigation"],
          message: `Section "${section.key}" belongs to the story of ${owner.slug}, not ${input.investigation}`,
        },
      ]);
    const investigationId = owner?.id ?? (await investigationIdFor(tx, input.investigation));
    let sectionTitle: string;
    let sectionPosition: number;
    if (section.kind === "new") {
      if (inSection.length)
        throw new InputError([
          {
            path: ["section", "key"],
            message: `There is already a section "${section.key}": choose it, or another key`,
          },
        ]);
      const last = await tx.storyBlock.aggregate({ _max: { sectionPosition: true } });
      sectionTitle = section.title;
      sectionPosition = (last._max.sectionPosition ?? 0) + 1;
    } else {
      const first = inSection[0];
      if (!first)
        throw new InputError([
          { path: ["section", "key"], message: `There is no section "${section.key}"` },
        ]);
      sectionTitle = first.sectionTitle;
      sectionPosition = first.sectionPosition;
    }
    let position = (inSection.at(-1)?.position ?? 0) + 1;
    let shifted = 0;
    if (input.afterId !== null) {
      const after = inSection.find((b) => b.id === input.afterId);
      if (!after)
        throw new InputError([
          {
            path: ["afterId"],
            message: `The block to follow is not in section "${section.key}"`,
          },
        ]);
      position = after.position + 1;
      // Positions are an order, not content: moving later blocks down changes no text,
      // no version and nothing public.
      shifted = (
        await tx.storyBlock.updateMany({
          where: { sectionKey: section.key, position: { gte: position } },
          data: { position: { increment: 1 } },
        })
      ).count;
    }
    const key = await nextBlockKey(tx, section.key);
    const block = await tx.storyBlock.create({
      data: {
        key,
        sectionKey: section.key,
        sectionTitle,
        sectionPosition,
        position,
        status: "draft",
        authorId: session.id,
        investigationId,
      },
      select: { id: true },
    });
    const revision = await tx.storyBlockRevision.create({
      data: {
        blockId: block.id,
        number: 1,
        authorId: session.id,
        blockAuthorId: session.id,
        body: input.body,
      },
      select: { id: true },
    });
    await tx.storyBlock.update({
      where: { id: block.id },
      data: { currentRevisionId: revision.id },
    });
    await appendAudit(tx, auditActorOf(session), {
      action: "story.create",
      entityType: ENTITY,
      entityId: block.id,
      before: null,
      after: {
        status: "draft",
        version: 1,
        revision: 1,
        key,
        sectionKey: section.key,
        sectionTitle,
        position,
        shifted,
        body: input.body,
      },
    });
    return block.id;
  });
  return getEditorStoryBlock(db, id);
}

/** Saves a new revision of a block's text. Every cited claim must exist (published or not). */
export async function saveStoryBlock(
  db: Db,
  session: SessionUser,
  input: { id: string; baseVersion: number; body: string },
): Promise<EditorStoryBlock> {
  await run(db, async (tx) => {
    const b = await advanceVersion(tx, input.id, input.baseVersion, input.body);
    const decision = decideStorySave(b.status, session.role);
    if (!decision.ok) refuse(decision);
    await checkBody(tx, input.body);
    const before = working(b);
    const revision = await tx.storyBlockRevision.create({
      data: {
        blockId: b.id,
        number: await nextRevisionNumber(tx, ENTITY, b.id),
        authorId: session.id,
        blockAuthorId: b.authorId,
        body: input.body,
      },
    });
    await tx.storyBlock.update({
      where: { id: b.id },
      data: { currentRevisionId: revision.id, status: decision.to },
    });
    await appendAudit(tx, auditActorOf(session), {
      action: "story.save",
      entityType: ENTITY,
      entityId: b.id,
      before: { ...stateOf(b), version: input.baseVersion, body: before.body },
      after: {
        status: decision.to,
        version: b.version,
        revision: revision.number,
        body: input.body,
      },
    });
  });
  return getEditorStoryBlock(db, input.id);
}

export async function actOnStoryBlock(
  db: Db,
  session: SessionUser,
  action: StoryAction,
  input: { id: string; baseVersion: number; note?: string | null },
): Promise<EditorStoryBlock> {
  await run(db, async (tx) => {
    const b = await advanceVersion(tx, input.id, input.baseVersion);
    const rev = working(b);
    const published = b.publishedRevisionId !== null;
    const since = b.publishedRevision?.number ?? 0;
    const authors = await tx.storyBlockRevision.findMany({
      where: { blockId: b.id, number: { gt: since } },
      select: { authorId: true },
      distinct: ["authorId"],
    });
    const decision = decideStoryTransition({
      status: b.status,
      action,
      actor: { userId: session.id, role: session.role },
      authorIds: [b.authorId, ...authors.map((a) => a.authorId)],
      published,
    });
    if (!decision.ok) refuse(decision);
    const changes: Prisma.StoryBlockUpdateInput = { status: decision.to };
    if (action === "approve") {
      const refs = citedRefs(rev.body);
      const live = await tx.claim.findMany({
        where: { ...publishedClaim, ref: { in: refs } },
        select: { ref: true },
      });
      const unpublished = refs.filter((r) => !live.some((c) => c.ref === r));
      if (unpublished.length)
        throw new RuleError(
          "citation_not_published",
          `The text cites ${unpublished.join(", ")}, which ${unpublished.length === 1 ? "is" : "are"} not published; approve ${unpublished.length === 1 ? "it" : "them"} first`,
        );
      const now = new Date();
      await tx.storyBlockRevision.update({
        where: { id: rev.id },
        data: { approvedById: session.id, approvedAt: now },
      });
      changes.publishedRevision = { connect: { id: rev.id } };
      changes.publishedAt = now;
    } else if (action === "reject" && published) {
      changes.currentRevision = { connect: { id: b.publishedRevisionId! } };
    }
    const updated = await tx.storyBlock.update({
      where: { id: b.id },
      data: changes,
      include: blockInclude,
    });
    await appendAudit(tx, auditActorOf(session), {
      action: `story.${action}`,
      entityType: ENTITY,
      entityId: b.id,
      before: stateOf(b),
      after: {
        ...stateOf(updated),
        // Reviews show as "rejected" even when the block falls back to its published text.
        ...(action === "reject" ? { decision: "rejected" } : {}),
        note: input.note ?? null,
        decidedRevision: rev.number,
      },
    });
    if (action === "approve")
      await enqueueRevalidation(tx, `story block ${b.key} published`, ["/"]);
  });
  return getEditorStoryBlock(db, input.id);
}
