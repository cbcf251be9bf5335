// Merging two actors that are the same: every reference to the duplicate moves to the
// survivor in one transaction, the duplicate is deleted, and its ref redirects to the
// survivor (old links keep working). Where the survivor already holds the same place (both
// listed as intermediaries of one transfer, say), the survivor's row is kept.
import type { ActorMergeInput } from "@armstrail/domain";
import type { Db } from "../../client";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import { auditActorOf, type SessionUser } from "../../repositories/users";
import { appendAudit } from "../audit";
import { enqueueRevalidation } from "../outbox";
import { delegate, entityPath, getEditorEntity } from "./core";
import { kinds, type Tx } from "./kinds";
import { inTurn } from "../workflow-support";

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

export async function mergeActors(db: Db, session: SessionUser, input: ActorMergeInput) {
  if (session.role !== "editor" && session.role !== "admin")
    throw new ForbiddenError("Only editors and admins may merge actors");
  if (input.survivorId === input.mergedId)
    throw new RuleError("same_actor", "An actor cannot be merged into itself");
  return db.$transaction(
    async (tx) => {
      const kind = kinds.actor;
      const [survivor, merged] = await inTurn([
        () => tx.actor.findUnique({ where: { id: input.survivorId } }),
        () => tx.actor.findUnique({ where: { id: input.mergedId } }),
      ]);
      if (!survivor || !merged) {
        throw new NotFoundError("actor", !survivor ? input.survivorId : input.mergedId);
      }
      if (merged.reviewStatus === "published" && survivor.reviewStatus !== "published") {
        throw new RuleError(
          "survivor_unpublished",
          `${merged.ref} is published and ${survivor.ref} is not: publish ${survivor.ref} first, or merge the other way`,
        );
      }
      const pointing = await referrers(tx, merged.id);
      const before = {
        survivor: { ref: survivor.ref, ...(await kind.read(tx, survivor.id)).data },
        merged: { ref: merged.ref, ...(await kind.read(tx, merged.id)).data },
        referrers: pointing.refs,
      };
      // Both must still be as the editor saw them.
      for (const [row, version] of [
        [survivor, input.survivorVersion],
        [merged, input.mergedVersion],
      ] as const) {
        const { count } = await delegate(tx, "actor").updateMany({
          where: { id: row.id, version },
          data: { version: { increment: 1 } },
        });
        if (count !== 1)
          throw new ConflictError(
            `${row.ref} changed after you opened it; reload and merge again`,
            {
              ref: row.ref,
              baseVersion: version,
              currentVersion: row.version,
            },
          );
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
      const last = await tx.entityRevision.findFirst({
        where: { entityType: "actor", entityId: survivor.id },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      await tx.entityRevision.create({
        data: {
          entityType: "actor",
          entityId: survivor.id,
          number: (last?.number ?? 0) + 1,
          data: after,
          authorId: session.id,
          note: input.note ?? `Merged ${merged.ref} into ${survivor.ref}`,
        },
      });
      await appendAudit(tx, auditActorOf(session), {
        action: "actor.merge",
        entityType: "actor",
        entityId: survivor.id,
        before,
        after: { survivor: after, redirect: { from: merged.ref, to: survivor.ref } },
      });
      if (merged.reviewStatus === "published" || survivor.reviewStatus === "published") {
        await enqueueRevalidation(tx, `actor ${merged.ref} merged into ${survivor.ref}`, [
          entityPath("actor", merged.ref),
          entityPath("actor", survivor.ref),
          ...pointing.pages,
        ]);
      }
      return getEditorEntity(tx, "actor", { id: survivor.id });
    },
    { timeout: 30_000, maxWait: 15_000 },
  );
}
