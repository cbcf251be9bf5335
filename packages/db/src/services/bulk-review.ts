// Bulk review (issue 10 §7): one action on many records, so publishing a case is one request
// rather than two per record. Nothing here decides anything: each record goes through the
// very function its own procedure calls (actOnClaim, actOnStoryBlock, transitionEntity), in
// its own transaction, with its own audit entry and revalidation job. This file only finds
// the records, puts them in dependency order and reports each outcome.
import {
  bulkKindRank,
  type BulkAction,
  type BulkItem,
  type BulkKind,
  type BulkOutcome,
  type BulkReviewInput,
  type BulkReviewResult,
  type ClaimAction,
  type ClaimStatus,
  type EntityStatus,
  type EntityType,
  type ReviewItem,
  type ReviewItemsInput,
  type ReviewStage,
  type StoryAction,
} from "@armstrail/domain";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, InputError, NotFoundError, RuleError } from "../errors";
import type { SessionUser } from "../repositories/users";
import { actOnClaim } from "./claims";
import { delegate, labelColumns, rowLabel, transitionEntity } from "./entities/core";
import { kinds } from "./entities/kinds";
import { actOnStoryBlock, citedRefs } from "./story-blocks";

type Dep = { kind: BulkKind; ref: string };

/** A record found by its ref, with the records it refers to (for the order). */
interface Found {
  id: string;
  ref: string;
  deps: Dep[];
}

interface Target {
  id: string;
  /** The version the caller saw, or the record's own when they gave none. */
  version: number | undefined;
  note: string | null;
}

/** What bulk review needs of one kind of record. */
interface BulkKindImpl {
  find(db: Db, refs: string[]): Promise<Found[]>;
  /** Takes the action through the kind's own single-record code; returns the new status. */
  act(db: Db, session: SessionUser, action: BulkAction, target: Target): Promise<string>;
  list(db: Db, stage: ReviewStage, take: number): Promise<ReviewItem[]>;
}

// ------------------------------------------------------------------ claims and story blocks

/** Claims and story blocks share one workflow: these statuses wait at each stage. */
const workflowStatuses: Record<ReviewStage, ClaimStatus[]> = {
  to_submit: ["draft", "changes_requested"],
  in_review: ["in_review"],
};

/** Their word for publishing is "approve". */
const workflowAction: Record<BulkAction, ClaimAction & StoryAction> = {
  submit: "submit",
  publish: "approve",
  reject: "reject",
};

async function versionOf(
  read: () => Promise<{ version: number } | null>,
  given: number | undefined,
  what: string,
) {
  if (given !== undefined) return given;
  const row = await read();
  if (!row) throw new NotFoundError(what, "");
  return row.version;
}

const claims: BulkKindImpl = {
  async find(db, refs) {
    const refOf = { select: { ref: true } } as const;
    const rows = await db.claim.findMany({
      where: { ref: { in: refs } },
      select: {
        id: true,
        ref: true,
        currentRevision: {
          select: {
            appearance: refOf,
            evidence: { select: { source: refOf } },
            subjects: {
              select: { kind: true, actor: refOf, transfer: refOf, sanction: refOf, event: refOf },
            },
          },
        },
      },
    });
    return rows.map((c) => {
      const r = c.currentRevision;
      const deps: Dep[] = r
        ? [
            ...(r.appearance ? [{ kind: "source" as const, ref: r.appearance.ref }] : []),
            ...r.evidence.map((e) => ({ kind: "source" as const, ref: e.source.ref })),
            ...r.subjects.flatMap((s) => {
              const target = s.actor ?? s.transfer ?? s.sanction ?? s.event;
              return target ? [{ kind: s.kind, ref: target.ref }] : [];
            }),
          ]
        : [];
      return { id: c.id, ref: c.ref, deps };
    });
  },
  async act(db, session, action, t) {
    const baseVersion = await versionOf(
      () => db.claim.findUnique({ where: { id: t.id }, select: { version: true } }),
      t.version,
      "claim",
    );
    const claim = await actOnClaim(db, session, workflowAction[action], {
      id: t.id,
      baseVersion,
      note: t.note,
    });
    return claim.status;
  },
  async list(db, stage, take) {
    const rows = await db.claim.findMany({
      where: { status: { in: workflowStatuses[stage] } },
      select: {
        ref: true,
        status: true,
        version: true,
        updatedAt: true,
        publishedRevisionId: true,
        currentRevision: { select: { statement: true } },
      },
      orderBy: { refNumber: "asc" },
      take,
    });
    return rows.map((c) => ({
      kind: "claim",
      ref: c.ref,
      label: c.currentRevision?.statement ?? "",
      status: c.status,
      version: c.version,
      published: c.publishedRevisionId !== null,
      updatedAt: c.updatedAt.toISOString(),
    }));
  },
};

const storyBlocks: BulkKindImpl = {
  async find(db, refs) {
    const rows = await db.storyBlock.findMany({
      where: { key: { in: refs } },
      select: { id: true, key: true, currentRevision: { select: { body: true } } },
    });
    return rows.map((b) => ({
      id: b.id,
      ref: b.key,
      deps: citedRefs(b.currentRevision?.body ?? "").map((ref) => ({ kind: "claim", ref })),
    }));
  },
  async act(db, session, action, t) {
    const baseVersion = await versionOf(
      () => db.storyBlock.findUnique({ where: { id: t.id }, select: { version: true } }),
      t.version,
      "story block",
    );
    const block = await actOnStoryBlock(db, session, workflowAction[action], {
      id: t.id,
      baseVersion,
      note: t.note,
    });
    return block.status;
  },
  async list(db, stage, take) {
    const rows = await db.storyBlock.findMany({
      where: { status: { in: workflowStatuses[stage] } },
      select: {
        key: true,
        status: true,
        version: true,
        updatedAt: true,
        publishedRevisionId: true,
        currentRevision: { select: { body: true } },
      },
      orderBy: [{ sectionPosition: "asc" }, { position: "asc" }],
      take,
    });
    return rows.map((b) => ({
      kind: "story_block",
      ref: b.key,
      label: (b.currentRevision?.body ?? "").replaceAll(/\{\{[^}]*\}\}/g, "").slice(0, 200),
      status: b.status,
      version: b.version,
      published: b.publishedRevisionId !== null,
      updatedAt: b.updatedAt.toISOString(),
    }));
  },
};

// ------------------------------------------------------------------ actors, sources...

/** A record waits at a stage by its own status, or, once published, by its open change's. */
const entityStages: Record<ReviewStage, { statuses: EntityStatus[]; change: string }> = {
  to_submit: { statuses: ["draft", "rejected"], change: "proposed" },
  in_review: { statuses: ["in_review"], change: "in_review" },
};

/** The entity types bulk review acts on: every one. */
type BulkEntityType = Extract<EntityType, BulkKind>;
const isBulkKind = (kind: string): kind is BulkKind => kind in bulkKindRank;

/** Records name their investigation by slug; the bulk order knows it by its ref. */
async function bulkRefs(db: Db, deps: Dep[]): Promise<Dep[]> {
  const slugs = deps.filter((d) => d.kind === "investigation").map((d) => d.ref);
  if (!slugs.length) return deps;
  const refOf = new Map(
    (
      await db.investigation.findMany({
        where: { slug: { in: slugs } },
        select: { slug: true, ref: true },
      })
    ).map((i) => [i.slug, i.ref]),
  );
  return deps.map((d) =>
    d.kind === "investigation" ? { ...d, ref: refOf.get(d.ref) ?? d.ref } : d,
  );
}

function entity(type: BulkEntityType): BulkKindImpl {
  const rows = (db: Db) => delegate(db, type);
  return {
    async find(db, refs) {
      const found = (await rows(db).findMany({
        where: { ref: { in: refs } },
        select: { id: true, ref: true },
      })) as { id: string; ref: string }[];
      const out: Found[] = [];
      for (const r of found) {
        // What will be published: the open change if there is one, else the record.
        const change = await db.entityRevision.findFirst({
          where: { entityType: type, entityId: r.id, state: { in: ["proposed", "in_review"] } },
          orderBy: { number: "desc" },
          select: { data: true },
        });
        const data: unknown = change ? change.data : (await kinds[type].read(db, r.id)).data;
        const deps = await bulkRefs(
          db,
          kinds[type]
            .uses(data as never)
            .flatMap((u) => (isBulkKind(u.type) ? [{ kind: u.type, ref: u.ref }] : [])),
        );
        out.push({ id: r.id, ref: r.ref, deps });
      }
      return out;
    },
    async act(db, session, action, t) {
      const baseVersion = await versionOf(
        () =>
          rows(db).findFirst({
            where: { id: t.id },
            select: { version: true } as never,
          }),
        t.version,
        type,
      );
      const after = (await transitionEntity(db, session, type, action, {
        id: t.id,
        baseVersion,
        note: t.note,
      })) as { reviewStatus: EntityStatus };
      return after.reviewStatus;
    },
    async list(db, stage, take) {
      const { statuses, change } = entityStages[stage];
      const open = await db.entityRevision.findMany({
        where: { entityType: type, state: change as never },
        select: { entityId: true },
      });
      const found = (await rows(db).findMany({
        where: {
          OR: [
            { reviewStatus: { in: statuses } },
            { reviewStatus: "published", id: { in: open.map((o) => o.entityId) } },
          ],
        },
        select: {
          ref: true,
          reviewStatus: true,
          version: true,
          updatedAt: true,
          ...Object.fromEntries(labelColumns[type].map((c) => [c, true])),
        },
        orderBy: { refNumber: "asc" },
        take,
      })) as unknown as ({
        ref: string;
        reviewStatus: EntityStatus;
        version: number;
        updatedAt: Date;
      } & Record<string, string | null>)[];
      return found.map((r) => ({
        kind: type,
        ref: r.ref,
        label: rowLabel(type, r),
        status: r.reviewStatus,
        version: r.version,
        published: r.reviewStatus === "published",
        updatedAt: r.updatedAt.toISOString(),
      }));
    },
  };
}

/** Every kind bulk review acts on; the domain's `bulkKindRefs` gives their order. */
const bulkKinds: Record<BulkKind, BulkKindImpl> = {
  investigation: entity("investigation"),
  source: entity("source"),
  place: entity("place"),
  actor: entity("actor"),
  sanction: entity("sanction"),
  transfer: entity("transfer"),
  event: entity("event"),
  claim: claims,
  checked_article: entity("checked_article"),
  story_block: storyBlocks,
};

// ------------------------------------------------------------------ order and outcome

interface Planned extends Found {
  index: number;
  kind: BulkKind;
  version: number | undefined;
}

/**
 * Dependency order: a record comes after every record of the selection it refers to; among
 * those free to go, the kind's rank then the caller's order decide. A cycle (two draft
 * actors linked to each other) is broken the same way, and its records then refused or not
 * by their own rules.
 */
export function dependencyOrder<
  T extends { index: number; kind: BulkKind; ref: string; deps: Dep[] },
>(items: readonly T[]): T[] {
  const key = (d: { kind: BulkKind; ref: string }) => `${d.kind}:${d.ref}`;
  const inBatch = new Set(items.map(key));
  const waitsFor = new Map(
    items.map((i) => [
      key(i),
      new Set(i.deps.map(key).filter((k) => k !== key(i) && inBatch.has(k))),
    ]),
  );
  const before = (a: T, b: T) => bulkKindRank[a.kind] - bulkKindRank[b.kind] || a.index - b.index;
  const left = [...items].sort(before);
  const placed = new Set<string>();
  const out: T[] = [];
  while (left.length) {
    let at = left.findIndex((i) => [...waitsFor.get(key(i))!].every((k) => placed.has(k)));
    if (at < 0) at = 0;
    const [next] = left.splice(at, 1);
    placed.add(key(next!));
    out.push(next!);
  }
  return out;
}

/** A typed refusal for a service's typed error; anything else is a fault and is thrown on. */
function refusalOf(
  e: unknown,
): Omit<Extract<BulkOutcome, { outcome: "refused" }>, "index" | "kind" | "ref"> | null {
  if (e instanceof ForbiddenError)
    return { outcome: "refused", reason: "forbidden", code: e.reason, message: e.message };
  if (e instanceof ConflictError)
    return { outcome: "refused", reason: "conflict", code: "version", message: e.message };
  if (e instanceof RuleError)
    return { outcome: "refused", reason: "precondition", code: e.reason, message: e.message };
  if (e instanceof InputError)
    return { outcome: "refused", reason: "precondition", code: "invalid", message: e.message };
  if (e instanceof NotFoundError)
    return { outcome: "refused", reason: "precondition", code: "not_found", message: e.message };
  return null;
}

/** Finds every item; an unknown one is a bad input on its own field, and nothing is done. */
async function plan(db: Db, items: readonly BulkItem[]): Promise<Planned[]> {
  const found = new Map<string, Found>();
  for (const kind of Object.keys(bulkKinds) as BulkKind[]) {
    const refs = items.filter((i) => i.kind === kind).map((i) => i.ref);
    if (!refs.length) continue;
    for (const f of await bulkKinds[kind].find(db, refs)) found.set(`${kind}:${f.ref}`, f);
  }
  const missing = items.flatMap((item, i) =>
    found.has(`${item.kind}:${item.ref}`)
      ? []
      : [
          {
            path: ["items", i, "ref"],
            message: `There is no ${item.kind.replace("_", " ")} ${item.ref}`,
          },
        ],
  );
  if (missing.length) throw new InputError(missing);
  return items.map((item, index) => ({
    ...found.get(`${item.kind}:${item.ref}`)!,
    index,
    kind: item.kind,
    version: item.version,
  }));
}

/**
 * Applies one action to many records, each on its own (per item, not all-or-nothing: what
 * an editor expects of "publish these 40" is the 38 that may be published, and a clear
 * reason for the other two). Each record is one transaction of its own code; a refusal
 * changes nothing of that record and stops nothing else. A record whose reference in the
 * selection was refused is then refused by its own rule (it refers to something not
 * published). Unknown records are a bad input: nothing at all is done.
 */
export async function reviewInBulk(
  db: Db,
  session: SessionUser,
  input: BulkReviewInput,
): Promise<BulkReviewResult> {
  const planned = dependencyOrder(await plan(db, input.items));
  const outcomes: BulkOutcome[] = [];
  for (const p of planned) {
    const at = { index: p.index, kind: p.kind, ref: p.ref };
    try {
      const status = await bulkKinds[p.kind].act(db, session, input.action, {
        id: p.id,
        version: p.version,
        note: input.note ?? null,
      });
      outcomes.push({ ...at, outcome: "done", status });
    } catch (e) {
      const refusal = refusalOf(e);
      if (!refusal) throw e;
      outcomes.push({ ...at, ...refusal });
    }
  }
  const done = outcomes.filter((o) => o.outcome === "done").length;
  return {
    action: input.action,
    mode: "per_item",
    summary: { total: outcomes.length, done, refused: outcomes.length - done },
    items: outcomes,
  };
}

/** What waits at a stage, of one kind or all, in the order bulk review would act on it. */
export async function listReviewItems(
  db: Db,
  input: ReviewItemsInput,
): Promise<{ items: ReviewItem[]; more: boolean }> {
  const wanted = input.kind ? [input.kind] : (Object.keys(bulkKinds) as BulkKind[]);
  const items: ReviewItem[] = [];
  for (const kind of wanted) {
    items.push(...(await bulkKinds[kind].list(db, input.stage, input.limit + 1 - items.length)));
    if (items.length > input.limit) break;
  }
  return { items: items.slice(0, input.limit), more: items.length > input.limit };
}
