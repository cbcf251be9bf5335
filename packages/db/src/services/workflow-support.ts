// Pieces the claim and story-block services share: the transaction settings, the
// version check every change starts with, and what a conflict says about the change that
// won.
import type { PersonRef } from "@armstrail/domain";
import type { Db } from "../client";
import { ForbiddenError, RuleError } from "../errors";
import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

type Results<T extends readonly (() => Promise<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

/**
 * Runs reads one after another. A transaction holds one connection, and handing it several
 * queries at once makes pg queue them behind our back (deprecated; pg 9 will refuse).
 */
export async function inTurn<const T extends readonly (() => Promise<unknown>)[]>(
  reads: T,
): Promise<Results<T>> {
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as Results<T>;
}

/**
 * Changes wait for the row they change (a concurrent change to the same claim finishes
 * first) and for the audit log's lock; on the embedded server everything queues on one
 * session, so allow some time.
 */
export const txOptions = { maxWait: 15_000, timeout: 30_000 } as const;

export function run<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(fn, txOptions);
}

export const personSelect = { id: true, name: true } as const;

export function toPerson(p: { id: string; name: string }): PersonRef {
  return { id: p.id, name: p.name };
}

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** The audited change that gave a record its current version: who made it, when, and what it was. */
export async function changeThatMade(
  tx: Tx,
  entityType: string,
  entityId: string,
  version: number,
) {
  const entry = await tx.auditEntry.findFirst({
    where: { entityType, entityId, after: { path: ["version"], equals: version } },
    orderBy: { seq: "desc" },
    select: { actorId: true, at: true, action: true },
  });
  if (!entry) return null;
  const by = entry.actorId
    ? await tx.user.findUnique({ where: { id: entry.actorId }, select: personSelect })
    : null;
  return { by: by ? toPerson(by) : null, at: iso(entry.at), action: entry.action };
}

/**
 * The revision number a record had at a given version. Every audited change of a claim or
 * story block records the version and revision it left behind, so the log answers this.
 */
export async function revisionAtVersion(
  tx: Tx,
  entityType: string,
  entityId: string,
  version: number,
): Promise<number | null> {
  const entry = await tx.auditEntry.findFirst({
    where: { entityType, entityId, after: { path: ["version"], equals: version } },
    orderBy: { seq: "desc" },
    select: { after: true },
  });
  const after = entry?.after as { revision?: unknown } | null | undefined;
  if (typeof after?.revision === "number") return after.revision;
  // Every record begins at version 1 with revision 1; seeded and imported ones have no
  // audit entry for that start, but the answer is the same.
  return version === 1 ? 1 : null;
}

/**
 * A refusal from a domain rule as a typed error: who may not act (their role, someone
 * else's draft, their own work under review) is FORBIDDEN; what cannot happen yet is a
 * broken precondition.
 */
export function refuse(decision: { reason: string; message: string }): never {
  if (["role_not_allowed", "not_yours", "own_claim"].includes(decision.reason))
    throw new ForbiddenError(decision.message, decision.reason);
  throw new RuleError(decision.reason, decision.message);
}

interface RevisionMetaRow {
  id: string;
  number: number;
  author: { id: string; name: string };
  createdAt: Date;
  approvedBy: { id: string; name: string } | null;
  approvedAt: Date | null;
}

/** Who wrote a revision, when, and who approved it (claims and story blocks alike). */
export function revisionMeta(r: RevisionMetaRow) {
  return {
    number: r.number,
    author: toPerson(r.author),
    createdAt: iso(r.createdAt),
    approvedBy: r.approvedBy ? toPerson(r.approvedBy) : null,
    approvedAt: isoOrNull(r.approvedAt),
  };
}

/** Marks, in a revision list, the revision being worked on and the one readers see. */
export function revisionRole(
  r: { id: string },
  owner: { currentRevisionId: string | null; publishedRevisionId: string | null },
) {
  return {
    current: r.id === owner.currentRevisionId,
    published: r.id === owner.publishedRevisionId,
  };
}
