// The append-only, hash-chained audit log. Every state change, role change, token change and
// sign-in is appended here inside the transaction that makes the change, so the log and the
// data never disagree. Each entry's hash covers the previous entry's hash, so editing,
// deleting or reordering any entry breaks every hash after it; `verifyAuditChain` finds the
// first break. Triggers in the database refuse UPDATE, DELETE and TRUNCATE on the table outright.
// A cut at the very end leaves an intact (shorter) chain, so the head hash is published
// (`auditHead`) and `verifyAuditChain` can be given one it must find.
import { createHash } from "node:crypto";
import type { AuditHead } from "@armstrail/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";

/** Who did something, as the audit log records it. */
export interface AuditActor {
  /** The user, or null for the system itself (seed, migrations, background jobs). */
  userId: string | null;
  /** An email address or "system": kept as text so the entry reads on its own. */
  label: string;
  /** How they acted: "session", "token:<name>", "command" or "system". */
  via: string;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = "0".repeat(64);

/** A transaction client or the client itself; entries are meant to be written in a transaction. */
type Tx = Prisma.TransactionClient | Db;

/** JSON with object keys sorted, so the hash does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

interface HashedFields {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  via: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export function entryHash(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    via: e.via,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

// One constant key: appends are serialised so that each reads the true previous hash.
const AUDIT_LOCK_KEY = 7_406_217_101;

/**
 * Appends one entry. Call it inside the transaction that makes the change: the advisory lock
 * it takes is held until that transaction ends, so two appends can never share a parent.
 */
export async function appendAudit(tx: Tx, actor: AuditActor, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY}::bigint)`;
  const last = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    at: new Date(),
    actorId: actor.userId,
    actorLabel: actor.label,
    via: actor.via,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: toJson(input.before),
    after: toJson(input.after),
  };
  await tx.auditEntry.create({
    data: {
      ...fields,
      before: fields.before === null ? undefined : (fields.before as Prisma.InputJsonValue),
      after: fields.after === null ? undefined : (fields.after as Prisma.InputJsonValue),
      prevHash,
      hash: entryHash(prevHash, fields),
    },
  });
}

/** Plain JSON (dates as ISO strings, bigints as strings), as jsonb will give it back. */
function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(canonicalJson(value)) as unknown;
}

/**
 * The head as one query, so the backup can read it inside its own snapshot with `pg`
 * and `auditHead` through Prisma, and both say the same thing.
 */
export const AUDIT_HEAD_SQL = `SELECT h.hash, h.at, (SELECT count(*) FROM audit_log) AS count
  FROM (SELECT NULL) AS one LEFT JOIN LATERAL
    (SELECT hash, at FROM audit_log ORDER BY seq DESC LIMIT 1) AS h ON true`;

export interface AuditHeadRow {
  hash: string | null;
  at: Date | null;
  count: bigint | number | string;
}

export function toAuditHead(row: AuditHeadRow | undefined): AuditHead {
  return {
    hash: row?.hash ?? GENESIS_HASH,
    count: Number(row?.count ?? 0),
    at: row?.at ? new Date(row.at).toISOString() : null,
  };
}

/** The newest entry's hash: what the explainer publishes so that a cut tail can be seen. */
export async function auditHead(db: Db): Promise<AuditHead> {
  const rows = await db.$queryRawUnsafe<AuditHeadRow[]>(AUDIT_HEAD_SQL);
  return toAuditHead(rows[0]);
}

export type AuditVerification =
  | {
      ok: true;
      entries: number;
      lastHash: string;
      /** Given a head to find: where it sits, and how many entries were written after it. */
      head?: { hash: string; seq: string | null; followedBy: number };
    }
  | { ok: false; entries: number; brokenAt: string; problem: string };

export interface VerifyOptions {
  /**
   * A head hash recorded earlier (published on the explainer, printed by a backup). The
   * chain must contain it: if it does not, its tail was cut off, or this is another chain.
   */
  head?: string | undefined;
  batchSize?: number;
}

/** Walks the whole chain in order and reports the first entry that does not fit. */
export async function verifyAuditChain(
  db: Db,
  { head, batchSize = 1000 }: VerifyOptions = {},
): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let count = 0;
  let after: bigint | null = null;
  // The genesis hash stands before the first entry: every chain contains it.
  let found: { seq: string | null; position: number } | null =
    head === GENESIS_HASH ? { seq: null, position: 0 } : null;
  for (;;) {
    const rows: Awaited<ReturnType<typeof db.auditEntry.findMany>> = await db.auditEntry.findMany({
      where: after === null ? {} : { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      count++;
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          entries: count,
          brokenAt: row.seq.toString(),
          problem:
            "its previous-hash does not match the entry before it (an entry was removed, added or reordered)",
        };
      }
      const expected = entryHash(prevHash, {
        at: row.at,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        via: row.via,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      });
      if (expected !== row.hash) {
        return {
          ok: false,
          entries: count,
          brokenAt: row.seq.toString(),
          problem: "its contents do not match its hash (the entry was changed)",
        };
      }
      if (row.hash === head) found = { seq: row.seq.toString(), position: count };
      prevHash = row.hash;
    }
    after = rows.at(-1)!.seq;
  }
  if (head === undefined) return { ok: true, entries: count, lastHash: prevHash };
  if (!found) {
    return {
      ok: false,
      entries: count,
      brokenAt: after === null ? "the start" : after.toString(),
      problem: `the head hash ${head} is not in the chain (entries were cut off its end, or this is a different chain)`,
    };
  }
  return {
    ok: true,
    entries: count,
    lastHash: prevHash,
    head: { hash: head, seq: found.seq, followedBy: count - found.position },
  };
}

export interface AuditListFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  limit: number;
  /** Entries older than this sequence number (for paging back in time). */
  before?: string | null | undefined;
}

export async function listAudit(db: Db, filter: AuditListFilter) {
  const rows = await db.auditEntry.findMany({
    where: {
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.before ? { seq: { lt: BigInt(filter.before) } } : {}),
    },
    orderBy: { seq: "desc" },
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((r) => ({
      seq: r.seq.toString(),
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      via: r.via,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before ?? null,
      after: r.after ?? null,
      hash: r.hash,
    })),
    nextBefore: rows.length > filter.limit ? (page.at(-1)?.seq.toString() ?? null) : null,
  };
}
