// The editor's work on entities, the same for every type: create, update (with optimistic
// concurrency), submit, publish (four eyes), reject, list, revisions. Each change is one
// transaction with its revision, its audit entry and, for published data, a revalidation job.
// A record's rows are what readers see once it is published: a change to a published record
// is kept as a revision beside it (proposed, then in review) and reaches the rows only when a
// second person approves it, as a claim correction does.
import {
  decideEntitySave,
  decideEntityTransition,
  diffRecords,
  refPrefixes,
  type EntityAction,
  type EntityInputs,
  type EntityListInput,
  type EntityStatus,
  type EntityType,
  type EntityUpdateInput,
  type OpenChange,
} from "@armstrail/domain";
import type { Db } from "../../client";
import { ForbiddenError, NotFoundError, RuleError } from "../../errors";
import { auditActorOf, type SessionUser } from "../../repositories/users";
import { appendAudit } from "../audit";
import { enqueueRevalidation } from "../outbox";
import { kinds, resolveRefs, type Kind, type RefUse, type Tx } from "./kinds";
import { inTurn, refuse } from "../workflow-support";
import { advanceVersion, nextRevisionNumber } from "../versioned";

const metaSelect = {
  id: true,
  ref: true,
  refNumber: true,
  reviewStatus: true,
  version: true,
  createdById: true,
  updatedAt: true,
} as const;

interface Meta {
  id: string;
  ref: string;
  refNumber: number;
  reviewStatus: EntityStatus;
  version: number;
  createdById: string | null;
  updatedAt: Date;
}

// Prisma gives each table its own delegate type; these are the few calls the generic code
// makes, which every entity delegate answers in the same way.
interface Delegate {
  findFirst(args: { where: object; select: typeof metaSelect }): Promise<Meta | null>;
  findMany(args: object): Promise<Meta[]>;
  aggregate(args: { _max: { refNumber: true } }): Promise<{ _max: { refNumber: number | null } }>;
  create(args: { data: object; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}
/** The Prisma client's name for each type's table delegate (camelCase, unlike the type). */
const delegateNames: Record<EntityType, string> = {
  actor: "actor",
  event: "event",
  sanction: "sanction",
  transfer: "transfer",
  source: "source",
  place: "place",
  investigation: "investigation",
  checked_article: "checkedArticle",
};
export const delegate = (tx: Tx | Db, type: EntityType) =>
  (tx as unknown as Record<string, Delegate>)[delegateNames[type]]!;

const TX = { timeout: 30_000, maxWait: 15_000 } as const;

export const entityPath = (type: EntityType, ref: string) => `/${type}s/${ref}`;

async function people(db: Tx | Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  const rows = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((u) => [u.id, u]));
}

async function loadMeta(db: Tx | Db, type: EntityType, key: { id: string } | { ref: string }) {
  const meta = await delegate(db, type).findFirst({ where: key, select: metaSelect });
  if (!meta) throw new NotFoundError(type, "id" in key ? key.id : key.ref);
  return meta;
}

async function lastRevision(db: Tx | Db, type: EntityType, entityId: string) {
  return db.entityRevision.findFirst({
    where: { entityType: type, entityId },
    orderBy: { number: "desc" },
    include: { author: { select: { id: true, name: true } } },
  });
}

export async function addRevision(
  tx: Tx,
  type: EntityType,
  meta: { id: string; createdById: string | null },
  record: object,
  authorId: string,
  note: string | null | undefined,
  state: "applied" | OpenChange = "applied",
) {
  await tx.entityRevision.create({
    data: {
      entityType: type,
      entityId: meta.id,
      number: await nextRevisionNumber(tx, type, meta.id),
      data: record,
      authorId,
      entityAuthorId: meta.createdById,
      note: note ?? null,
      state,
    },
  });
}

const openStates: OpenChange[] = ["proposed", "in_review"];

/** The change to a published record that waits for review, if there is one. */
async function openChange(db: Tx | Db, type: EntityType, entityId: string) {
  return db.entityRevision.findFirst({
    where: { entityType: type, entityId, state: { in: openStates } },
    orderBy: { number: "desc" },
    include: { author: { select: { id: true, name: true } } },
  });
}

/** Everyone who wrote the open change: its revisions since the record's last settled one. */
async function changeAuthors(db: Tx | Db, type: EntityType, entityId: string) {
  const settled = await db.entityRevision.findFirst({
    where: { entityType: type, entityId, state: { in: ["applied", "approved", "rejected"] } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const rows = await db.entityRevision.findMany({
    where: { entityType: type, entityId, number: { gt: settled?.number ?? 0 } },
    orderBy: { number: "asc" },
    include: { author: { select: { id: true, name: true } } },
  });
  return [...new Map(rows.map((r) => [r.author.id, r.author])).values()];
}

/** A stored revision's record as the form edits it (the ref is the record's own). */
function recordOf<T extends EntityType>(data: unknown): EntityInputs[T] {
  const { ref: _ref, ...rest } = data as Record<string, unknown>;
  return rest as unknown as EntityInputs[T];
}

/** What the editor works on: the open change if there is one, else the record itself. */
async function workingData(db: Tx | Db, type: EntityType, entityId: string) {
  const change = await openChange(db, type, entityId);
  if (change) return recordOf(change.data);
  return (await kinds[type].read(db, entityId)).data;
}

/**
 * Runs writes only to see what they would store (every rule of the write path applies,
 * and the stored shape comes back), then undoes them: a change to a published record is
 * checked and normalised exactly as its approval will write it, without touching the rows.
 */
async function dryRun<R>(tx: Tx, fn: () => Promise<R>): Promise<R> {
  await tx.$executeRaw`SAVEPOINT entity_dry_run`;
  try {
    return await fn();
  } finally {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT entity_dry_run`;
  }
}

/** Writes a record's fields and lists onto its rows; returns what was stored. */
async function writeRecord<T extends EntityType>(
  tx: Tx,
  type: T,
  id: string,
  data: EntityInputs[T],
  ids: Awaited<ReturnType<typeof resolveRefs>>,
  fields: object = {},
) {
  const kind = kinds[type] as Kind<T>;
  await delegate(tx, type).updateMany({
    where: { id },
    data: { ...kind.fields(data, ids), ...fields },
  });
  await kind.writeLists(tx, id, data, ids);
  return (await kind.read(tx, id)).data;
}

/** A refusal of the entity rules: whoever may not change a record is FORBIDDEN. */
function refuseFor(ref: string, decision: { reason: string; message: string }): never {
  const message = `${ref}: ${decision.message}`;
  if (decision.reason === "not_editable") throw new ForbiddenError(message, decision.reason);
  return refuse({ reason: decision.reason, message });
}

/** A published record may point only at published ones, or readers would see it half. */
async function assertReferencesPublished(tx: Tx, uses: RefUse[], what: string) {
  const byType = (type: RefUse["type"]) => [
    ...new Set(uses.filter((u) => u.type === type).map((u) => u.ref)),
  ];
  const notPublished = { reviewStatus: { not: "published" as const } };
  const select = { ref: true } as const;
  const [actors, sources, sanctions, investigations] = await inTurn([
    () => tx.actor.findMany({ where: { ref: { in: byType("actor") }, ...notPublished }, select }),
    () => tx.source.findMany({ where: { ref: { in: byType("source") }, ...notPublished }, select }),
    () =>
      tx.sanction.findMany({ where: { ref: { in: byType("sanction") }, ...notPublished }, select }),
    // A checked article's investigation (named by slug). Its claims are not asked for: a
    // reader sees only those that are published, whenever they are.
    () =>
      tx.investigation.findMany({
        where: { slug: { in: byType("investigation") }, ...notPublished },
        select,
      }),
  ]);
  const refs = [...actors, ...sources, ...sanctions, ...investigations].map((r) => r.ref).sort();
  if (refs.length) {
    throw new RuleError(
      "unpublished_references",
      `${what} refers to records that are not published yet: ${refs.join(", ")}. Publish them first.`,
    );
  }
}

/**
 * What a stale change of a record is told, through the versioned-record core: the record as
 * the editor works on it now (its open change, if any), who saved it last, and which fields
 * differ from what the caller sent.
 */
export function explainEntity(tx: Tx, type: EntityType, id: string, yours?: object) {
  return async () => {
    const current = await delegate(tx, type).findFirst({ where: { id }, select: metaSelect });
    if (!current) return null;
    const last = await lastRevision(tx, type, id);
    const theirs = (await workingData(tx, type, id)) as unknown as Record<string, unknown>;
    const mine = (yours ?? null) as Record<string, unknown> | null;
    return {
      ref: current.ref,
      status: current.reviewStatus,
      currentVersion: current.version,
      // A save of a draft is audited without its version: its revision says who made it.
      lastChange: last
        ? {
            by: { id: last.author.id, name: last.author.name },
            at: current.updatedAt.toISOString(),
            action: `${type}.update`,
          }
        : null,
      changedFields: mine ? diffRecords(mine, theirs).map((c) => c.field) : [],
      current: theirs,
      base: null,
      yours: mine,
    };
  };
}

/** Optimistic concurrency: the change applies only to the version it was based on. */
async function bumpVersion(
  tx: Tx,
  type: EntityType,
  meta: Meta,
  baseVersion: number,
  fields: object,
  yours?: object,
) {
  await advanceVersion(
    tx,
    type,
    meta.id,
    baseVersion,
    explainEntity(tx, type, meta.id, yours),
    fields,
  );
}

/**
 * The next `count` free numbers of the type's letter; the lock keeps two creations (or an
 * import) apart until the transaction ends. A merged actor's old reference stays taken.
 */
export async function reserveRefs(tx: Tx, type: EntityType, count: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`entity-ref:${type}`}))`;
  const max = await delegate(tx, type).aggregate({ _max: { refNumber: true } });
  let highest = max._max.refNumber ?? 0;
  if (type === "actor") {
    for (const r of await tx.actorRedirect.findMany({ select: { fromRef: true } }))
      highest = Math.max(highest, Number(r.fromRef.slice(1)) || 0);
  }
  return Array.from({ length: count }, (_, i) => {
    const refNumber = highest + i + 1;
    return { refNumber, ref: `${refPrefixes[type]}${String(refNumber).padStart(2, "0")}` };
  });
}

async function nextRef(tx: Tx, type: EntityType) {
  return (await reserveRefs(tx, type, 1))[0]!;
}

/**
 * Writes a new draft record under a given ref, with its lists and first revision: the one
 * way an entity row comes to exist, whether typed in the editor, imported or seeded.
 */
export async function insertEntity<T extends EntityType>(
  tx: Tx,
  type: T,
  at: { ref: string; refNumber: number; createdById: string | null; authorId: string },
  data: EntityInputs[T],
  options: { reviewStatus?: EntityStatus; note?: string } = {},
) {
  const kind = kinds[type] as Kind<T>;
  const ids = await resolveRefs(tx, kind.uses(data));
  const row = await delegate(tx, type).create({
    data: {
      ref: at.ref,
      refNumber: at.refNumber,
      reviewStatus: options.reviewStatus ?? "draft",
      createdById: at.createdById,
      ...kind.fields(data, ids),
    },
    select: { id: true },
  });
  await kind.writeLists(tx, row.id, data, ids);
  const saved = await kind.read(tx, row.id);
  const record = { ref: at.ref, ...saved.data };
  await addRevision(
    tx,
    type,
    { id: row.id, createdById: at.createdById },
    record,
    at.authorId,
    options.note ?? "Created",
  );
  return { id: row.id, record };
}

// ---------------------------------------------------------------- reads

export async function getEditorEntity<T extends EntityType>(
  db: Db | Tx,
  type: T,
  key: { id: string } | { ref: string },
) {
  const meta = await loadMeta(db, type, key);
  const kind = kinds[type] as Kind<T>;
  const { data: rowData } = await kind.read(db, meta.id);
  const change = await openChange(db, type, meta.id);
  const data = change ? recordOf<T>(change.data) : rowData;
  const last = await lastRevision(db, type, meta.id);
  const who = await people(db, [meta.createdById]);
  return {
    id: meta.id,
    type,
    ref: meta.ref,
    label: kind.label(data),
    reviewStatus: meta.reviewStatus,
    version: meta.version,
    createdBy: meta.createdById ? (who.get(meta.createdById) ?? null) : null,
    updatedAt: meta.updatedAt.toISOString(),
    change: (change?.state as OpenChange | undefined) ?? null,
    data,
    lastRevision: last
      ? { number: last.number, author: last.author, at: last.createdAt.toISOString() }
      : null,
    // While a change waits, readers still see the rows: the editor shows both.
    pendingChange: change
      ? {
          state: change.state as OpenChange,
          revision: change.number,
          at: change.createdAt.toISOString(),
          authors: await changeAuthors(db, type, meta.id),
        }
      : null,
    publicData: change ? rowData : null,
  };
}

/** Every status, for the editor: by status, by creator, by words or reference. */
export async function listEditorEntities(db: Db, type: EntityType, input: EntityListInput) {
  const kind = kinds[type];
  const q = input.query?.trim();
  const where = {
    ...(input.status ? { reviewStatus: input.status } : {}),
    ...(input.createdById ? { createdById: input.createdById } : {}),
    ...(q
      ? {
          OR: [
            { ref: { equals: q.toUpperCase() } },
            ...kind.textColumns.map((c) => ({ [c]: { contains: q, mode: "insensitive" } })),
          ],
        }
      : {}),
  };
  const rows = await delegate(db, type).findMany({
    where,
    select: { ...metaSelect, ...Object.fromEntries(labelColumns[type].map((c) => [c, true])) },
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  const who = await people(
    db,
    page.map((r) => r.createdById),
  );
  const open = await db.entityRevision.findMany({
    where: { entityType: type, entityId: { in: page.map((r) => r.id) }, state: { in: openStates } },
    select: { entityId: true, state: true },
  });
  const changes = new Map(open.map((r) => [r.entityId, r.state as OpenChange]));
  return {
    items: page.map((r) => ({
      id: r.id,
      type,
      ref: r.ref,
      label: rowLabel(type, r as unknown as Record<string, string | null>),
      reviewStatus: r.reviewStatus,
      version: r.version,
      createdBy: r.createdById ? (who.get(r.createdById) ?? null) : null,
      updatedAt: r.updatedAt.toISOString(),
      change: changes.get(r.id) ?? null,
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export const labelColumns: Record<EntityType, string[]> = {
  actor: ["name"],
  source: ["title"],
  event: ["title"],
  sanction: ["instrument"],
  transfer: ["designation", "itemCategory"],
  place: ["name"],
  investigation: ["title"],
  checked_article: ["title"],
};

export function rowLabel(type: EntityType, row: Record<string, string | null>): string {
  if (type === "transfer") return row.designation ?? (row.itemCategory ?? "").replaceAll("_", " ");
  return row[labelColumns[type][0]!] ?? "";
}

export async function listEntityRevisions(db: Db, type: EntityType, id: string) {
  await loadMeta(db, type, { id });
  const rows = await db.entityRevision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { number: "asc" },
    include: { author: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({
    number: r.number,
    author: r.author,
    at: r.createdAt.toISOString(),
    note: r.note,
  }));
}

/** Two saved states side by side, with the fields that differ. */
export async function compareEntityRevisions(
  db: Db,
  type: EntityType,
  input: { id: string; from: number; to: number },
) {
  const rows = await db.entityRevision.findMany({
    where: { entityType: type, entityId: input.id, number: { in: [input.from, input.to] } },
    include: { author: { select: { id: true, name: true } } },
  });
  const pick = (n: number) => {
    const r = rows.find((x) => x.number === n);
    if (!r) throw new NotFoundError(`revision of ${type}`, `${input.id} #${n}`);
    return {
      number: r.number,
      author: r.author,
      at: r.createdAt.toISOString(),
      note: r.note,
      data: r.data as Record<string, unknown>,
    };
  };
  const from = pick(input.from);
  const to = pick(input.to);
  return { from, to, changes: diffRecords(from.data, to.data) };
}

/** For the evidence picker: sources by words in title, publisher or address, or by ref. */
export async function searchEditorSources(db: Db, query: string, limit: number) {
  return listEditorEntities(db, "source", { query, limit }).then((page) =>
    page.items.filter((s) => s.reviewStatus !== "rejected"),
  );
}

// ---------------------------------------------------------------- changes

export async function createEntity<T extends EntityType>(
  db: Db,
  session: SessionUser,
  type: T,
  data: EntityInputs[T],
) {
  return db.$transaction(async (tx) => {
    const { ref, refNumber } = await nextRef(tx, type);
    const { id, record } = await insertEntity(
      tx,
      type,
      { ref, refNumber, createdById: session.id, authorId: session.id },
      data,
    );
    await appendAudit(tx, auditActorOf(session), {
      action: `${type}.create`,
      entityType: type,
      entityId: id,
      after: { reviewStatus: "draft", record },
    });
    return getEditorEntity(tx, type, { id });
  }, TX);
}

export async function updateEntity<T extends EntityType>(
  db: Db,
  session: SessionUser,
  type: T,
  input: EntityUpdateInput<T>,
) {
  const kind = kinds[type] as Kind<T>;
  const { id, baseVersion, changeNote, ...rest } = input;
  const data = rest as unknown as EntityInputs[T];
  return db.$transaction(async (tx) => {
    const meta = await loadMeta(tx, type, { id });
    const open = await openChange(tx, type, id);
    const decision = decideEntitySave(
      {
        status: meta.reviewStatus,
        change: (open?.state as OpenChange) ?? null,
        createdById: meta.createdById,
      },
      { userId: session.id, role: session.role },
    );
    if (!decision.ok) refuseFor(meta.ref, decision);
    const before = await workingData(tx, type, id);
    const ids = await resolveRefs(tx, kind.uses(data));
    if (decision.writes === "change") {
      // A published record: its rows stay as readers know them until a second person
      // approves the change, which waits as a revision (the newest one replaces the last).
      await bumpVersion(tx, type, meta, baseVersion, {}, data);
      await assertReferencesPublished(tx, kind.uses(data), `Published ${meta.ref}`);
      const proposed = await dryRun(tx, () => writeRecord(tx, type, id, data, ids));
      if (open)
        await tx.entityRevision.update({ where: { id: open.id }, data: { state: "superseded" } });
      const record = { ref: meta.ref, ...proposed };
      await addRevision(tx, type, meta, record, session.id, changeNote, decision.change);
      const changes = diffRecords(before, proposed);
      await appendAudit(tx, auditActorOf(session), {
        action: `${type}.update`,
        entityType: type,
        entityId: id,
        before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
        after: {
          ...Object.fromEntries(changes.map((c) => [c.field, c.after])),
          change: decision.change,
          version: baseVersion + 1,
        },
      });
      return getEditorEntity(tx, type, { id });
    }
    // A record nobody reads yet: the change is the record. A rejected record that someone
    // reworks is a draft again: it goes back through review.
    const reopened = meta.reviewStatus !== decision.status;
    await bumpVersion(
      tx,
      type,
      meta,
      baseVersion,
      reopened ? { reviewStatus: decision.status } : {},
      data,
    );
    const after = await writeRecord(tx, type, id, data, ids);
    const record = { ref: meta.ref, ...after };
    await addRevision(tx, type, meta, record, session.id, changeNote);
    const changes = diffRecords(before, after);
    await appendAudit(tx, auditActorOf(session), {
      action: `${type}.update`,
      entityType: type,
      entityId: id,
      before: {
        ...Object.fromEntries(changes.map((c) => [c.field, c.before])),
        ...(reopened && { reviewStatus: meta.reviewStatus }),
      },
      after: {
        ...Object.fromEntries(changes.map((c) => [c.field, c.after])),
        ...(reopened && { reviewStatus: decision.status }),
      },
    });
    return getEditorEntity(tx, type, { id });
  }, TX);
}

export type { EntityAction };

/**
 * submit (draft -> in review), publish (four eyes) or reject a record; on a published
 * record, the same three act on its open change, and approving that change is what writes
 * it onto the rows readers see.
 */
export async function transitionEntity(
  db: Db,
  session: SessionUser,
  type: EntityType,
  action: EntityAction,
  input: { id: string; baseVersion: number; note?: string | null | undefined },
) {
  const kind = kinds[type];
  return db.$transaction(async (tx) => {
    const meta = await loadMeta(tx, type, { id: input.id });
    const open = await openChange(tx, type, meta.id);
    const last = await lastRevision(tx, type, meta.id);
    const authorIds = [
      meta.createdById,
      ...(open ? (await changeAuthors(tx, type, meta.id)).map((a) => a.id) : [last?.authorId]),
    ].filter((x): x is string => typeof x === "string");
    const decision = decideEntityTransition({
      record: {
        status: meta.reviewStatus,
        change: (open?.state as OpenChange) ?? null,
        createdById: meta.createdById,
      },
      action,
      actor: { userId: session.id, role: session.role },
      authorIds,
    });
    if (!decision.ok) refuseFor(meta.ref, decision);
    const audit = (before: object, after: object) =>
      appendAudit(tx, auditActorOf(session), {
        action: `${type}.${action}`,
        entityType: type,
        entityId: meta.id,
        before: { ...before, version: meta.version },
        after: { ...after, version: input.baseVersion + 1, note: input.note ?? null },
      });
    const approve = (revisionId: string) =>
      tx.entityRevision.update({
        where: { id: revisionId },
        data: {
          state: "approved",
          approvedById: session.id,
          approvedAt: new Date(),
          entityAuthorId: meta.createdById,
        },
      });

    if (open && decision.changeOutcome) {
      const outcome = decision.changeOutcome;
      if (outcome === "approved") {
        // The change goes live: checked again as it will stand, then written onto the rows.
        const data = recordOf(open.data);
        await assertReferencesPublished(tx, kind.uses(data as never), meta.ref);
        await bumpVersion(tx, type, meta, input.baseVersion, {});
        const before = (await kind.read(tx, meta.id)).data;
        const ids = await resolveRefs(tx, kind.uses(data as never));
        const after = await writeRecord(tx, type, meta.id, data as never, ids);
        await approve(open.id);
        const changes = diffRecords(before, after);
        await audit(
          { ...Object.fromEntries(changes.map((c) => [c.field, c.before])), change: open.state },
          {
            ...Object.fromEntries(changes.map((c) => [c.field, c.after])),
            change: "approved",
            revision: open.number,
          },
        );
        await enqueueRevalidation(tx, `${type} ${meta.ref} corrected`, [
          entityPath(type, meta.ref),
        ]);
      } else {
        await bumpVersion(tx, type, meta, input.baseVersion, {});
        await tx.entityRevision.update({ where: { id: open.id }, data: { state: outcome } });
        await audit({ change: open.state }, { change: outcome, revision: open.number });
      }
      return getEditorEntity(tx, type, { id: meta.id });
    }

    if (action === "publish") {
      const { data } = await kind.read(tx, meta.id);
      await assertReferencesPublished(tx, kind.uses(data as never), meta.ref);
    }
    await bumpVersion(tx, type, meta, input.baseVersion, { reviewStatus: decision.status });
    // The revision that goes public names who published it; the database keeps them apart.
    if (action === "publish" && last) await approve(last.id);
    await audit({ reviewStatus: meta.reviewStatus }, { reviewStatus: decision.status });
    if (action === "publish")
      await enqueueRevalidation(tx, `${type} ${meta.ref} published`, [entityPath(type, meta.ref)]);
    return getEditorEntity(tx, type, { id: meta.id });
  }, TX);
}
