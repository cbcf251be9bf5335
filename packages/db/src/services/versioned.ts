// The versioned-record core: claims, story blocks and every entity type keep a `version`
// that each change moves on from the version its caller based it on, and a numbered list of
// revisions. This is the one place that does the version check, answers a stale change with
// the domain's conflict details, and numbers the next revision. A record's own service only
// says what its values are (`Explain`); new versioned kinds (any entity type) need nothing
// more than their table named after their kind.
import {
  ConflictDetailsSchema,
  conflictMessage,
  type ConflictDetails,
  type VersionedKind,
} from "@armstrail/domain";
import { ConflictError, NotFoundError } from "../errors";
import { changeThatMade, type Tx } from "./workflow-support";

interface VersionedTable {
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}

interface RevisionTable {
  findFirst(args: {
    where: object;
    orderBy: { number: "desc" };
    select: { number: true };
  }): Promise<{ number: number } | null>;
}

// Prisma names each table's delegate after its model, in camel case (story_block is storyBlock).
const delegateName = (kind: VersionedKind) =>
  kind.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const table = (tx: Tx, kind: VersionedKind) =>
  (tx as unknown as Record<string, VersionedTable>)[delegateName(kind)]!;

function revisions(tx: Tx, kind: VersionedKind, id: string) {
  const t = tx as unknown as Record<string, RevisionTable>;
  if (kind === "claim") return { table: t.claimRevision!, where: { claimId: id } };
  if (kind === "story_block") return { table: t.storyBlockRevision!, where: { blockId: id } };
  return { table: t.entityRevision!, where: { entityType: kind, entityId: id } };
}

/** What a record's service says about it once its version has moved on. */
export type ConflictState = Omit<
  ConflictDetails,
  "kind" | "id" | "expectedVersion" | "lastChange"
> & {
  /** Who changed it last, where the audit log does not say (it is asked first). */
  lastChange?: ConflictDetails["lastChange"];
};

/** Reads the record as it stands now; null when it no longer exists. */
export type Explain = () => Promise<ConflictState | null>;

/** The conflict a stale change gets: the domain's details, with the sentence they make. */
export async function conflictFor(
  tx: Tx,
  kind: VersionedKind,
  id: string,
  expectedVersion: number,
  explain: Explain,
): Promise<ConflictError | NotFoundError> {
  const state = await explain();
  if (!state) return new NotFoundError(kind.replace("_", " "), id);
  const audited = await changeThatMade(tx, kind, id, state.currentVersion);
  const details = ConflictDetailsSchema.parse({
    ...state,
    kind,
    id,
    expectedVersion,
    lastChange: audited ?? state.lastChange ?? null,
  });
  return new ConflictError(conflictMessage(details), details);
}

/**
 * Moves a record's version on from `expectedVersion` (writing `fields` with it), or throws
 * the conflict `explain` describes. The row lock the update takes makes a concurrent change
 * of the same record wait until this one commits; its own update then finds the version
 * moved, so of two changes from one version exactly one wins.
 */
export async function advanceVersion(
  tx: Tx,
  kind: VersionedKind,
  id: string,
  expectedVersion: number,
  explain: Explain,
  fields: object = {},
): Promise<void> {
  const { count } = await table(tx, kind).updateMany({
    where: { id, version: expectedVersion },
    data: { ...fields, version: { increment: 1 } },
  });
  if (count !== 1) throw await conflictFor(tx, kind, id, expectedVersion, explain);
}

/** The number the record's next revision takes. */
export async function nextRevisionNumber(tx: Tx, kind: VersionedKind, id: string): Promise<number> {
  const { table: t, where } = revisions(tx, kind, id);
  const last = await t.findFirst({ where, orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}
