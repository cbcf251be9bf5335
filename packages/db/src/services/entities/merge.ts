// Merging two actors that are the same: every reference to the duplicate moves to the
// survivor in one transaction, the duplicate is deleted, and its ref redirects to the
// survivor (old links keep working). Where the survivor already holds the same place (both
// listed as intermediaries of one transfer, say), the survivor's row is kept.
// A merge changes what readers see when the actors are published (the duplicate's names
// appear on the survivor, its ref becomes a public redirect), so two published actors merge
// only when a second editor approves the proposal; two unpublished ones merge at once; a
// published and an unpublished one do not merge (decideActorMerge in the domain).
import {
  decideActorMerge,
  decideMergeReview,
  may,
  type ActorMergeInput,
  type MergeDecisionInput,
} from "@armstrail/domain";
import type { Db } from "../../client";
import { ForbiddenError, NotFoundError, RuleError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import { auditActorOf, type SessionUser } from "../../repositories/users";
import { appendAudit } from "../audit";
import { enqueueRevalidation } from "../outbox";
import { entityPath, explainEntity, getEditorEntity } from "./core";
import { kinds, type Tx } from "./kinds";
import { inTurn, refuse } from "../workflow-support";
import { advanceVersion, conflictFor, nextRevisionNumber } from "../versioned";

/** Join tables keyed by (group, actor): a row of the duplicate is dropped when the survivor
 * already sits in the same group, and moved otherwise. */
const joinTables: [table: string, group: string][] = [
  ["transfer_intermediaries", "transfer_id"],
  ["route_leg_vessels", "leg_id"],
  ["event_actors", "event_id"],
  ["sanction_designations", "sanction_id"],
  ["actor_sources", "source_id"],
];

/** Plain foreign keys with no uniqueness to mind. */
const plainColumns: [table: string, column: string][] = [
  ["transfers", "supplier_id"],
  ["transfers", "recipient_id"],
  ["route_legs", "from_id"],
  ["route_legs", "to_id"],
  ["sanctions", "imposed_by_id"],
  ["sanctions", "monitoring_body_id"],
  ["actor_identifiers", "actor_id"],
  ["actor_redirects", "actor_id"],
];

async function moveReferences(tx: Tx, mergedId: string, survivorId: string) {
  const m = Prisma.sql`${mergedId}::uuid`;
  const s = Prisma.sql`${survivorId}::uuid`;
  for (const [table, group] of joinTables) {
    const t = Prisma.raw(table);
    const g = Prisma.raw(group);
    await tx.$executeRaw`DELETE FROM ${t} AS d WHERE d.actor_id = ${m}
      AND EXISTS (SELECT 1 FROM ${t} AS k WHERE k.${g} = d.${g} AND k.actor_id = ${s})`;
    await tx.$executeRaw`UPDATE ${t} SET actor_id = ${s} WHERE actor_id = ${m}`;
  }
  for (const [table, column] of plainColumns) {
    const c = Prisma.raw(column);
    await tx.$executeRaw`UPDATE ${Prisma.raw(table)} SET ${c} = ${s} WHERE ${c} = ${m}`;
  }
  // Claim subjects: one revision names the survivor once.
  await tx.$executeRaw`DELETE FROM claim_subjects AS d WHERE d.actor_id = ${m}
    AND EXISTS (SELECT 1 FROM claim_subjects AS k WHERE k.revision_id = d.revision_id AND k.actor_id = ${s})`;
  await tx.$executeRaw`UPDATE claim_subjects SET actor_id = ${s} WHERE actor_id = ${m}`;
  // Links both ways: a link between the two would become a link to itself, so it goes;
  // a link the survivor already has is kept once.
  await tx.$executeRaw`DELETE FROM actor_links WHERE (actor_id = ${m} AND target_id = ${s})
    OR (actor_id = ${s} AND target_id = ${m})`;
  await tx.$executeRaw`DELETE FROM actor_links AS d WHERE d.actor_id = ${m}
    AND EXISTS (SELECT 1 FROM actor_links AS k WHERE k.actor_id = ${s} AND k.target_id = d.target_id AND k.type = d.type)`;
  await tx.$executeRaw`DELETE FROM actor_links AS d WHERE d.target_id = ${m}
    AND EXISTS (SELECT 1 FROM actor_links AS k WHERE k.target_id = ${s} AND k.actor_id = d.actor_id AND k.type = d.type)`;
  await tx.$executeRaw`UPDATE actor_links SET actor_id = ${s} WHERE actor_id = ${m}`;
  await tx.$executeRaw`UPDATE actor_links SET target_id = ${s} WHERE target_id = ${m}`;
}

/** The records that point at an actor: their refs for the audit entry, their pages to refresh. */
async function referrers(tx: Tx, actorId: string) {
  const actor = { actorId };
  const [transfers, sanctions, events, claims] = await inTurn([
    () =>
      tx.transfer.findMany({
        where: {
          OR: [
            { supplierId: actorId },
            { recipientId: actorId },
            { intermediaries: { some: actor } },
            {
              routeLegs: {
                some: {
                  OR: [{ fromId: actorId }, { toId: actorId }, { vessels: { some: actor } }],
                },
              },
            },
          ],
        },
        select: { ref: true },
      }),
    () =>
      tx.sanction.findMany({
        where: {
          OR: [
            { imposedById: actorId },
            { monitoringBodyId: actorId },
            { designations: { some: actor } },
          ],
        },
        select: { ref: true },
      }),
    () => tx.event.findMany({ where: { actors: { some: actor } }, select: { ref: true } }),
    () =>
      tx.claim.findMany({
        where: { revisions: { some: { subjects: { some: actor } } } },
        select: { ref: true },
      }),
  ]);
  const refs = [...transfers, ...sanctions, ...events, ...claims].map((r) => r.ref).sort();
  // The explainer pages that show them (events appear on the timeline).
  const pages = [
    ...transfers.map((t) => entityPath("transfer", t.ref)),
    ...sanctions.map((x) => entityPath("sanction", x.ref)),
    ...(events.length ? ["/timeline"] : []),
    ...claims.map((c) => `/claims/${c.ref}`),
  ];
  return { refs, pages };
}

type ActorRow = NonNullable<Awaited<ReturnType<Tx["actor"]["findUnique"]>>>;

const TX = { timeout: 30_000, maxWait: 15_000 } as const;
const person = { select: { id: true, name: true } } as const;
const proposalInclude = { proposedBy: person, decidedBy: person } as const;

function assertEditor(session: SessionUser) {
  if (!may(session.role, "publish"))
    throw new ForbiddenError("Only editors and admins may merge actors");
}

async function loadPair(tx: Tx, survivorId: string, mergedId: string) {
  const [survivor, merged] = await inTurn([
    () => tx.actor.findUnique({ where: { id: survivorId } }),
    () => tx.actor.findUnique({ where: { id: mergedId } }),
  ]);
  if (!survivor || !merged) throw new NotFoundError("actor", !survivor ? survivorId : mergedId);
  return { survivor, merged };
}

/** Published and unpublished never merge; a record with a change in review waits for it. */
async function assertMergeable(tx: Tx, survivor: ActorRow, merged: ActorRow) {
  const decision = decideActorMerge(
    { ref: survivor.ref, status: survivor.reviewStatus },
    { ref: merged.ref, status: merged.reviewStatus },
  );
  if (!decision.ok) refuse(decision);
  const waiting = await tx.entityRevision.findFirst({
    where: {
      entityType: "actor",
      entityId: { in: [survivor.id, merged.id] },
      state: { in: ["proposed", "in_review"] },
    },
    select: { entityId: true },
  });
  if (waiting) {
    const ref = waiting.entityId === survivor.id ? survivor.ref : merged.ref;
    throw new RuleError(
      "change_pending",
      `${ref} has a change waiting for review: approve or reject it first, then merge`,
    );
  }
  return decision.mode;
}

/** A merge based on a version of either actor that has moved on: the core's conflict. */
async function staleMerge(tx: Tx, row: ActorRow, version: number) {
  return conflictFor(tx, "actor", row.id, version, explainEntity(tx, "actor", row.id));
}

function proposalView(p: Prisma.ActorMergeProposalGetPayload<{ include: typeof proposalInclude }>) {
  return {
    id: p.id,
    survivorRef: p.survivorRef,
    mergedRef: p.mergedRef,
    status: p.status,
    note: p.note,
    proposedBy: p.proposedBy,
    at: p.createdAt.toISOString(),
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt?.toISOString() ?? null,
  };
}

/**
 * The merge itself: references move, the duplicate goes, its ref redirects. `authorId`
 * wrote the merge; `approverId`, when the actors were published, is the second editor.
 */
async function performMerge(
  tx: Tx,
  session: SessionUser,
  m: {
    survivor: ActorRow;
    merged: ActorRow;
    survivorVersion: number;
    mergedVersion: number;
    authorId: string;
    approverId: string | null;
    note: string | null | undefined;
  },
) {
  const { survivor, merged } = m;
  const kind = kinds.actor;
  const pointing = await referrers(tx, merged.id);
  const before = {
    survivor: { ref: survivor.ref, ...(await kind.read(tx, survivor.id)).data },
    merged: { ref: merged.ref, ...(await kind.read(tx, merged.id)).data },
    referrers: pointing.refs,
  };
  // Both must still be as the editor saw them.
  for (const [row, version] of [
    [survivor, m.survivorVersion],
    [merged, m.mergedVersion],
  ] as const) {
    await advanceVersion(tx, "actor", row.id, version, explainEntity(tx, "actor", row.id));
  }
  await moveReferences(tx, merged.id, survivor.id);
  // Names the duplicate went by stay findable on the survivor.
  const aliases = [...new Set([...survivor.aliases, merged.name, ...merged.aliases])].filter(
    (a) => a !== survivor.name,
  );
  await tx.actor.update({ where: { id: survivor.id }, data: { aliases } });
  await tx.actor.delete({ where: { id: merged.id } });
  await tx.actorRedirect.create({ data: { fromRef: merged.ref, actorId: survivor.id } });
  const after = { ref: survivor.ref, ...(await kind.read(tx, survivor.id)).data };
  await tx.entityRevision.create({
    data: {
      entityType: "actor",
      entityId: survivor.id,
      number: await nextRevisionNumber(tx, "actor", survivor.id),
      data: after,
      authorId: m.authorId,
      entityAuthorId: survivor.createdById,
      note: m.note ?? `Merged ${merged.ref} into ${survivor.ref}`,
      ...(m.approverId
        ? { state: "approved" as const, approvedById: m.approverId, approvedAt: new Date() }
        : {}),
    },
  });
  await appendAudit(tx, auditActorOf(session), {
    action: "actor.merge",
    entityType: "actor",
    entityId: survivor.id,
    before,
    after: {
      survivor: after,
      redirect: { from: merged.ref, to: survivor.ref },
      ...(m.approverId ? { proposedBy: m.authorId } : {}),
    },
  });
  if (merged.reviewStatus === "published" || survivor.reviewStatus === "published") {
    await enqueueRevalidation(tx, `actor ${merged.ref} merged into ${survivor.ref}`, [
      entityPath("actor", merged.ref),
      entityPath("actor", survivor.ref),
      ...pointing.pages,
    ]);
  }
}

/**
 * Merges two unpublished actors at once, or proposes the merge of two published ones for a
 * second editor to decide.
 */
export async function mergeActors(db: Db, session: SessionUser, input: ActorMergeInput) {
  assertEditor(session);
  if (input.survivorId === input.mergedId)
    throw new RuleError("same_actor", "An actor cannot be merged into itself");
  return db.$transaction(async (tx) => {
    const { survivor, merged } = await loadPair(tx, input.survivorId, input.mergedId);
    const mode = await assertMergeable(tx, survivor, merged);
    if (mode === "direct") {
      await performMerge(tx, session, {
        survivor,
        merged,
        survivorVersion: input.survivorVersion,
        mergedVersion: input.mergedVersion,
        authorId: session.id,
        approverId: null,
        note: input.note,
      });
      return {
        outcome: "merged" as const,
        survivor: await getEditorEntity(tx, "actor", { id: survivor.id }),
        proposal: null,
      };
    }
    if (survivor.version !== input.survivorVersion)
      throw await staleMerge(tx, survivor, input.survivorVersion);
    if (merged.version !== input.mergedVersion)
      throw await staleMerge(tx, merged, input.mergedVersion);
    const already = await tx.actorMergeProposal.findFirst({
      where: {
        status: "pending",
        OR: [{ mergedId: { in: [merged.id, survivor.id] } }, { survivorId: merged.id }],
      },
      select: { survivorRef: true, mergedRef: true },
    });
    if (already)
      throw new RuleError(
        "merge_pending",
        `A merge of ${already.mergedRef} into ${already.survivorRef} is already waiting for a decision`,
      );
    const proposal = await tx.actorMergeProposal.create({
      data: {
        survivorId: survivor.id,
        mergedId: merged.id,
        survivorRef: survivor.ref,
        mergedRef: merged.ref,
        survivorVersion: survivor.version,
        mergedVersion: merged.version,
        note: input.note ?? null,
        proposedById: session.id,
      },
      include: proposalInclude,
    });
    await appendAudit(tx, auditActorOf(session), {
      action: "actor.merge_propose",
      entityType: "actor",
      entityId: survivor.id,
      after: { proposal: proposal.id, survivor: survivor.ref, merged: merged.ref },
    });
    return {
      outcome: "proposed" as const,
      survivor: await getEditorEntity(tx, "actor", { id: survivor.id }),
      proposal: proposalView(proposal),
    };
  }, TX);
}

/**
 * Approves a proposed merge (an editor who did not propose it, nor created the survivor,
 * as the database's CHECK insists) or rejects it (the proposer may withdraw their own).
 */
export async function decideActorMergeProposal(
  db: Db,
  session: SessionUser,
  decision: "approve" | "reject",
  input: MergeDecisionInput,
) {
  assertEditor(session);
  return db.$transaction(async (tx) => {
    const proposal = await tx.actorMergeProposal.findUnique({ where: { id: input.proposalId } });
    if (!proposal) throw new NotFoundError("merge proposal", input.proposalId);
    if (proposal.status !== "pending")
      throw new RuleError("already_decided", `This merge was already ${proposal.status}`);
    if (decision === "approve") {
      if (!proposal.survivorId || !proposal.mergedId)
        throw new RuleError(
          "merge_gone",
          `${proposal.survivorId ? proposal.mergedRef : proposal.survivorRef} no longer exists: reject this merge`,
        );
      const { survivor, merged } = await loadPair(tx, proposal.survivorId, proposal.mergedId);
      const who = decideMergeReview(
        { userId: session.id, role: session.role },
        [proposal.proposedById, survivor.createdById].filter((x): x is string => x !== null),
      );
      if (!who.ok) refuse(who);
      await assertMergeable(tx, survivor, merged);
      for (const [row, version] of [
        [survivor, proposal.survivorVersion],
        [merged, proposal.mergedVersion],
      ] as const) {
        if (row.version !== version) throw await staleMerge(tx, row, version);
      }
      await performMerge(tx, session, {
        survivor,
        merged,
        survivorVersion: proposal.survivorVersion,
        mergedVersion: proposal.mergedVersion,
        authorId: proposal.proposedById,
        approverId: session.id,
        note: proposal.note,
      });
    }
    const decided = await tx.actorMergeProposal.update({
      where: { id: proposal.id },
      data: {
        status: decision === "approve" ? "approved" : "rejected",
        decidedById: session.id,
        decidedAt: new Date(),
        decisionNote: input.note ?? null,
      },
      include: proposalInclude,
    });
    if (decision === "reject")
      await appendAudit(tx, auditActorOf(session), {
        action: "actor.merge_reject",
        entityType: "actor",
        entityId: proposal.survivorId ?? proposal.id,
        after: { proposal: proposal.id, note: input.note ?? null },
      });
    return proposalView(decided);
  }, TX);
}

/** The merges waiting for a decision that involve an actor. */
export async function listActorMergeProposals(db: Db, actorId: string) {
  const rows = await db.actorMergeProposal.findMany({
    where: { status: "pending", OR: [{ survivorId: actorId }, { mergedId: actorId }] },
    orderBy: { createdAt: "asc" },
    include: proposalInclude,
  });
  return rows.map(proposalView);
}
