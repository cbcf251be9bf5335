// The claim workflow on the database: drafting, saving revisions, review, approval,
// retraction and correction. Every change runs in one transaction that starts by moving
// the claim's version on from the version the caller based it on (a concurrent change
// makes that update find no row, and the caller gets a conflict that says what changed);
// then the domain's rules decide, the change is written, the audit log gets an entry,
// and changes to what readers see queue a revalidation notice.
import type {
  ClaimAction,
  ClaimConflict,
  ClaimContent,
  ClaimDraft,
  ClaimStatus,
  EditorClaim,
  EditorClaimListInput,
  EditorClaimListItem,
  EditorClaimRevision,
  RevisionComparison,
  ClaimRevisionListItem,
  SubjectKind,
} from "@armstrail/domain";
import {
  gradeOf,
  ungradedEvidence,
  canEditClaim,
  decideTransition,
  diffClaimContent,
  nextRef,
  roleRank,
} from "@armstrail/domain";
import type { Db } from "../client";
import { ConflictError, NotFoundError, RuleError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { toSource } from "../mappers";
import { auditActorOf, type SessionUser } from "../repositories/users";
import { appendAudit } from "./audit";
import { investigationIdFor } from "./investigations";
import { enqueueRevalidation } from "./outbox";
import {
  iso,
  isoOrNull,
  changeThatMade,
  personSelect,
  revisionAtVersion,
  refuse,
  revisionMeta,
  revisionRole,
  run,
  toPerson,
  type Tx,
  inTurn,
} from "./workflow-support";

const ENTITY = "claim";

// ------------------------------------------------------------------ reading

const statusSelect = { reviewStatus: true } as const;

const revisionInclude = {
  author: { select: personSelect },
  approvedBy: { select: personSelect },
  appearance: true,
  evidence: { include: { source: true }, orderBy: { position: "asc" } },
  subjects: {
    include: {
      actor: { select: { ref: true, name: true, ...statusSelect } },
      transfer: { select: { ref: true, designation: true, itemCategory: true, ...statusSelect } },
      sanction: { select: { ref: true, instrument: true, ...statusSelect } },
      event: { select: { ref: true, title: true, ...statusSelect } },
    },
    orderBy: { position: "asc" },
  },
  seeAlso: { include: { target: { select: { ref: true } } }, orderBy: { position: "asc" } },
} satisfies Prisma.ClaimRevisionInclude;

type RevisionRow = Prisma.ClaimRevisionGetPayload<{ include: typeof revisionInclude }>;

function subjectOf(s: RevisionRow["subjects"][number]) {
  if (s.actor) return { ...s.actor, kind: "actor" as const, label: s.actor.name };
  if (s.transfer)
    return {
      ...s.transfer,
      kind: "transfer" as const,
      label: s.transfer.designation ?? s.transfer.itemCategory.replaceAll("_", " "),
    };
  if (s.sanction) return { ...s.sanction, kind: "sanction" as const, label: s.sanction.instrument };
  if (s.event) return { ...s.event, kind: "event" as const, label: s.event.title };
  throw new Error(`Claim subject ${s.id} has no target`);
}

const editorSource = (s: RevisionRow["evidence"][number]["source"]) => ({
  ...toSource(s),
  reviewStatus: s.reviewStatus,
});

function toEditorRevision(r: RevisionRow): EditorClaimRevision {
  return {
    id: r.id,
    ...revisionMeta(r),
    restoredFrom: r.restoredFrom,
    ...assessmentOf(r),
    appearance: r.appearance ? editorSource(r.appearance) : null,
    evidence: r.evidence.map((e) => ({
      id: e.id,
      position: e.position,
      source: editorSource(e.source),
      reliability: e.reliability,
      credibility: e.credibility,
      grade: gradeOf(e),
      supports: e.supports,
    })),
    subjects: r.subjects.map((s) => {
      const subject = subjectOf(s);
      return {
        kind: subject.kind,
        ref: subject.ref,
        label: subject.label,
        reviewStatus: subject.reviewStatus,
      };
    }),
    seeAlso: r.seeAlso.map((s) => s.target.ref),
    changeNote: r.changeNote,
  };
}

/** The assessment a revision holds, as the domain names its fields. */
function assessmentOf(r: Prisma.ClaimRevisionGetPayload<object>) {
  return {
    statement: r.statement,
    quotedPhrase: r.quotedPhrase,
    claimant: r.claimant,
    claimType: r.claimType,
    verdict: r.verdict,
    likelihood: r.likelihood,
    confidence: r.confidence,
    finding: r.finding,
  };
}

/** A revision in comparable form: the fields a person writes, sources and subjects by reference. */
export function toClaimContent(r: RevisionRow): ClaimContent {
  return {
    ...assessmentOf(r),
    appearance: r.appearance?.ref ?? null,
    evidence: r.evidence.map((e) => ({
      source: e.source.ref,
      reliability: e.reliability,
      credibility: e.credibility,
      supports: e.supports,
    })),
    subjects: r.subjects.map((s) => {
      const subject = subjectOf(s);
      return { kind: subject.kind, ref: subject.ref };
    }),
    seeAlso: r.seeAlso.map((s) => s.target.ref),
    changeNote: r.changeNote,
  };
}

const claimInclude = {
  author: { select: personSelect },
  assignee: { select: personSelect },
  currentRevision: { include: revisionInclude },
  publishedRevision: { select: { id: true, number: true } },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

function working(c: ClaimRow): RevisionRow {
  if (!c.currentRevision) throw new Error(`Claim ${c.ref} has no current revision`);
  return c.currentRevision;
}

/** Whether readers see an approved revision of the claim. */
const isPublished = (c: { publishedRevisionId: string | null; retractedAt: Date | null }) =>
  c.publishedRevisionId !== null && c.retractedAt === null;

export async function getEditorClaim(
  db: Db | Tx,
  key: { id?: string | undefined; ref?: string | undefined },
): Promise<EditorClaim> {
  const where = key.id ? { id: key.id } : { ref: key.ref ?? "" };
  const c = await db.claim.findUnique({ where, include: claimInclude });
  if (!c) throw new NotFoundError("claim", key.id ?? key.ref ?? "");
  const [revisions, reviews, comments, history] = await inTurn([
    () =>
      db.claimRevision.findMany({ where: { claimId: c.id }, select: { id: true, number: true } }),
    () =>
      db.claimReview.findMany({
        where: { revision: { claimId: c.id } },
        include: { reviewer: { select: personSelect }, revision: { select: { number: true } } },
        orderBy: { createdAt: "asc" },
      }),
    () =>
      db.claimComment.findMany({
        where: { claimId: c.id },
        include: { author: { select: personSelect } },
        orderBy: { createdAt: "asc" },
      }),
    () =>
      db.claimHistory.findMany({
        where: { claimId: c.id },
        include: { actor: { select: personSelect } },
        orderBy: { at: "asc" },
      }),
  ]);
  const numberOf = new Map(revisions.map((r) => [r.id, r.number]));
  const published = isPublished(c);
  return {
    id: c.id,
    ref: c.ref,
    status: c.status,
    version: c.version,
    author: toPerson(c.author),
    assignee: c.assignee ? toPerson(c.assignee) : null,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    publishedAt: isoOrNull(c.publishedAt),
    publishedRevisionNumber: c.publishedRevision?.number ?? null,
    correcting: published && c.currentRevisionId !== c.publishedRevisionId,
    retractedAt: isoOrNull(c.retractedAt),
    retractionReason: c.retractionReason,
    working: toEditorRevision(working(c)),
    reviews: reviews.map((r) => ({
      id: r.id,
      revisionNumber: r.revision.number,
      reviewer: toPerson(r.reviewer),
      decision: r.decision,
      note: r.note,
      createdAt: iso(r.createdAt),
    })),
    comments: comments.map((m) => ({
      id: m.id,
      author: toPerson(m.author),
      body: m.body,
      createdAt: iso(m.createdAt),
    })),
    history: history.map((h) => ({
      at: iso(h.at),
      actor: toPerson(h.actor),
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      revisionNumber: h.revisionId ? (numberOf.get(h.revisionId) ?? null) : null,
      publicNote: h.publicNote,
    })),
  };
}

export interface EditorClaimFilter {
  statuses?: readonly ClaimStatus[] | undefined;
  assigneeId?: string | undefined;
  unassigned?: boolean | undefined;
  authorId?: string | undefined;
  claimType?: EditorClaimListInput["claimType"];
  verdict?: EditorClaimListInput["verdict"];
  text?: string | undefined;
}

/** The one filter behind the editor's claim list and the review queue. */
export function editorClaimWhere(f: EditorClaimFilter): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.statuses) and.push({ status: { in: [...f.statuses] } });
  if (f.assigneeId) and.push({ assigneeId: f.assigneeId });
  if (f.unassigned) and.push({ assigneeId: null });
  if (f.authorId) and.push({ authorId: f.authorId });
  if (f.claimType) and.push({ currentRevision: { is: { claimType: f.claimType } } });
  if (f.verdict) and.push({ currentRevision: { is: { verdict: f.verdict } } });
  if (f.text) {
    const contains = { contains: f.text, mode: "insensitive" as const };
    and.push({
      OR: [
        { ref: f.text.toUpperCase() },
        { currentRevision: { is: { statement: contains } } },
        { currentRevision: { is: { claimant: contains } } },
        { currentRevision: { is: { finding: contains } } },
      ],
    });
  }
  return { AND: and };
}

const listInclude = {
  author: { select: personSelect },
  assignee: { select: personSelect },
  currentRevision: {
    select: {
      statement: true,
      claimType: true,
      verdict: true,
      _count: { select: { evidence: true } },
    },
  },
} satisfies Prisma.ClaimInclude;

export async function listEditorClaims(
  db: Db,
  filter: EditorClaimFilter & {
    limit: number;
    cursor?: string | null | undefined;
    order?: "oldest_change" | "newest_change";
  },
): Promise<{ items: EditorClaimListItem[]; nextCursor: string | null }> {
  const dir = filter.order === "oldest_change" ? "asc" : "desc";
  const rows = await db.claim.findMany({
    where: editorClaimWhere(filter),
    include: listInclude,
    orderBy: [{ updatedAt: dir }, { id: dir }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, filter.limit);
  const items = page.flatMap((c): EditorClaimListItem[] =>
    c.currentRevision
      ? [
          {
            id: c.id,
            ref: c.ref,
            statement: c.currentRevision.statement,
            claimType: c.currentRevision.claimType,
            verdict: c.currentRevision.verdict,
            status: c.status,
            author: toPerson(c.author),
            assignee: c.assignee ? toPerson(c.assignee) : null,
            evidenceCount: c.currentRevision._count.evidence,
            version: c.version,
            published: isPublished(c),
            updatedAt: iso(c.updatedAt),
          },
        ]
      : [],
  );
  return { items, nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}

export async function listClaimRevisions(db: Db, id: string): Promise<ClaimRevisionListItem[]> {
  const claim = await db.claim.findUnique({
    where: { id },
    select: { currentRevisionId: true, publishedRevisionId: true },
  });
  if (!claim) throw new NotFoundError("claim", id);
  const rows = await db.claimRevision.findMany({
    where: { claimId: id },
    include: { author: { select: personSelect }, approvedBy: { select: personSelect } },
    orderBy: { number: "desc" },
  });
  return rows.map((r) => ({
    ...revisionMeta(r),
    changeNote: r.changeNote,
    restoredFrom: r.restoredFrom,
    ...revisionRole(r, claim),
  }));
}

async function revisionByNumber(db: Db | Tx, claimId: string, number: number) {
  const row = await db.claimRevision.findUnique({
    where: { claimId_number: { claimId, number } },
    include: revisionInclude,
  });
  if (!row) throw new NotFoundError("revision", `${number} of claim ${claimId}`);
  return row;
}

/** Two revisions side by side, field by field (evidence, subjects and links included). */
export async function compareClaimRevisions(
  db: Db,
  input: { id: string; from: number; to: number },
): Promise<RevisionComparison> {
  const [a, b] = await Promise.all([
    revisionByNumber(db, input.id, input.from),
    revisionByNumber(db, input.id, input.to),
  ]);
  const side = (r: RevisionRow) => ({
    number: r.number,
    author: toPerson(r.author),
    createdAt: iso(r.createdAt),
    content: toClaimContent(r),
  });
  return {
    from: side(a),
    to: side(b),
    changedFields: diffClaimContent(toClaimContent(a), toClaimContent(b)),
  };
}

// ------------------------------------------------------------------ writing helpers

interface RevisionData {
  statement: string;
  quotedPhrase: string | null;
  claimant: string;
  claimType: ClaimDraft["claimType"];
  verdict: ClaimDraft["verdict"];
  likelihood: ClaimDraft["likelihood"];
  confidence: ClaimDraft["confidence"];
  finding: string;
  appearanceId: string | null;
  changeNote: string | null;
  evidence: {
    sourceId: string;
    reliability: ClaimDraft["evidence"][number]["reliability"];
    credibility: number | null;
    supports: string;
  }[];
  subjects: { kind: SubjectKind; targetId: string }[];
  seeAlso: string[];
}

const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

function unknownRef(field: string, what: string, key: string): never {
  throw new RuleError("unknown_reference", `${field}: there is no ${what} ${key}`);
}

/** Turns a draft's references into row ids, naming the field of any that does not resolve. */
async function resolveDraft(
  tx: Tx,
  draft: ClaimDraft,
  selfId: string | null,
): Promise<RevisionData> {
  const sourceKeys = [
    ...draft.evidence.map((e) => e.source),
    ...(draft.appearance ? [draft.appearance] : []),
  ];
  const sources = sourceKeys.length
    ? await tx.source.findMany({
        where: {
          OR: [
            { id: { in: sourceKeys.filter(isUuid) } },
            { ref: { in: sourceKeys.filter((k) => !isUuid(k)) } },
          ],
        },
        select: { id: true, ref: true },
      })
    : [];
  const sourceId = new Map<string, string>();
  for (const s of sources) {
    sourceId.set(s.id, s.id);
    sourceId.set(s.ref, s.id);
  }
  const source = (field: string, key: string) =>
    sourceId.get(key) ?? unknownRef(field, "source", key);

  const subjectIds = await resolveSubjects(tx, draft.subjects);
  const seeAlso = draft.seeAlso.length
    ? await tx.claim.findMany({
        where: { ref: { in: draft.seeAlso } },
        select: { id: true, ref: true },
      })
    : [];
  const claimId = new Map(seeAlso.map((c) => [c.ref, c.id]));

  return {
    statement: draft.statement,
    quotedPhrase: draft.quotedPhrase,
    claimant: draft.claimant,
    claimType: draft.claimType,
    verdict: draft.verdict,
    likelihood: draft.likelihood,
    confidence: draft.confidence,
    finding: draft.finding,
    appearanceId: draft.appearance ? source("appearance", draft.appearance) : null,
    changeNote: draft.changeNote,
    evidence: draft.evidence.map((e, i) => ({
      sourceId: source(`evidence.${i}.source`, e.source),
      reliability: e.reliability,
      credibility: e.credibility,
      supports: e.supports,
    })),
    subjects: draft.subjects.map((s, i) => ({
      kind: s.kind,
      targetId:
        subjectIds.get(`${s.kind}:${s.ref}`) ?? unknownRef(`subjects.${i}.ref`, s.kind, s.ref),
    })),
    seeAlso: draft.seeAlso.map((ref, i) => {
      const id = claimId.get(ref) ?? unknownRef(`seeAlso.${i}`, "claim", ref);
      if (id === selfId)
        throw new RuleError("self_reference", `seeAlso.${i}: a claim cannot point to itself`);
      return id;
    }),
  };
}

/** kind:ref -> id for every subject; a merged actor's old reference follows its redirect. */
async function resolveSubjects(tx: Tx, subjects: ClaimDraft["subjects"]) {
  const refs = (kind: SubjectKind) => subjects.filter((s) => s.kind === kind).map((s) => s.ref);
  const out = new Map<string, string>();
  const add = (kind: SubjectKind, rows: { id: string; ref: string }[]) => {
    for (const r of rows) out.set(`${kind}:${r.ref}`, r.id);
  };
  const select = { id: true, ref: true } as const;
  const [actors, redirects, transfers, sanctions, events] = await inTurn([
    () => tx.actor.findMany({ where: { ref: { in: refs("actor") } }, select }),
    () => tx.actorRedirect.findMany({ where: { fromRef: { in: refs("actor") } } }),
    () => tx.transfer.findMany({ where: { ref: { in: refs("transfer") } }, select }),
    () => tx.sanction.findMany({ where: { ref: { in: refs("sanction") } }, select }),
    () => tx.event.findMany({ where: { ref: { in: refs("event") } }, select }),
  ]);
  add(
    "actor",
    redirects.map((r) => ({ id: r.actorId, ref: r.fromRef })),
  );
  add("actor", actors);
  add("transfer", transfers);
  add("sanction", sanctions);
  add("event", events);
  return out;
}

/** A revision's rows as data for a new revision (restoring, or starting a correction). */
function dataOf(r: RevisionRow, changeNote: string | null): RevisionData {
  return {
    ...assessmentOf(r),
    appearanceId: r.appearanceId,
    changeNote,
    evidence: r.evidence.map((e) => ({
      sourceId: e.sourceId,
      reliability: e.reliability,
      credibility: e.credibility,
      supports: e.supports,
    })),
    subjects: r.subjects.map((s) => ({
      kind: s.kind,
      targetId: (s.actorId ?? s.transferId ?? s.sanctionId ?? s.eventId)!,
    })),
    seeAlso: r.seeAlso.map((s) => s.targetId),
  };
}

/** Writes the next revision of a claim and makes it the one being worked on. */
async function writeRevision(
  tx: Tx,
  claim: { id: string; authorId: string },
  authorId: string,
  data: RevisionData,
  restoredFrom: number | null = null,
): Promise<RevisionRow> {
  const last = await tx.claimRevision.findFirst({
    where: { claimId: claim.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const { evidence, subjects, seeAlso, ...fields } = data;
  const revision = await tx.claimRevision.create({
    data: {
      ...fields,
      claimId: claim.id,
      number: (last?.number ?? 0) + 1,
      authorId,
      claimAuthorId: claim.authorId,
      restoredFrom,
      evidence: { create: evidence.map((e, position) => ({ ...e, position })) },
      subjects: {
        create: subjects.map((s, position) => ({
          position,
          kind: s.kind,
          [`${s.kind}Id`]: s.targetId,
        })),
      },
      seeAlso: { create: seeAlso.map((targetId, position) => ({ targetId, position })) },
    },
    include: revisionInclude,
  });
  await tx.claim.update({ where: { id: claim.id }, data: { currentRevisionId: revision.id } });
  return revision;
}

/**
 * Moves the claim's version on from `baseVersion`, or explains why it cannot: the row
 * lock this takes also makes a concurrent change of the same claim wait until this one
 * has committed, after which its own update finds the version moved.
 */
async function advanceVersion(
  tx: Tx,
  id: string,
  baseVersion: number,
  yours: ClaimDraft | null = null,
): Promise<ClaimRow> {
  const moved = await tx.claim.updateMany({
    where: { id, version: baseVersion },
    data: { version: { increment: 1 } },
  });
  if (moved.count === 0) throw await conflictFor(tx, id, baseVersion, yours);
  return tx.claim.findUniqueOrThrow({ where: { id }, include: claimInclude });
}

async function conflictFor(
  tx: Tx,
  id: string,
  baseVersion: number,
  yours: ClaimDraft | null,
): Promise<Error> {
  const c = await tx.claim.findUnique({ where: { id }, include: claimInclude });
  if (!c) return new NotFoundError("claim", id);
  const current = toClaimContent(working(c));
  const baseNumber = await revisionAtVersion(tx, ENTITY, id, baseVersion);
  const base =
    baseNumber === null ? null : toClaimContent(await revisionByNumber(tx, id, baseNumber));
  const lastChange = await changeThatMade(tx, ENTITY, id, c.version);
  const details: ClaimConflict = {
    kind: "claim_version",
    id: c.id,
    ref: c.ref,
    status: c.status,
    baseVersion,
    currentVersion: c.version,
    lastChange,
    baseRevision: baseNumber,
    currentRevision: working(c).number,
    changedFields: base ? diffClaimContent(base, current) : [],
    base,
    current,
    yours,
  };
  const who = lastChange?.by?.name ?? "Someone";
  const when = lastChange ? ` at ${lastChange.at}` : "";
  return new ConflictError(
    `${who} changed ${c.ref}${when} after you loaded version ${baseVersion} (it is now version ${c.version}). Nothing of yours was saved: compare, merge and save again.`,
    details,
  );
}

/** Who wrote what a reviewer would now decide on: the claim's author and every unpublished revision's. */
async function authorsUnderReview(tx: Tx, c: ClaimRow): Promise<string[]> {
  const since = c.publishedRevision?.number ?? 0;
  const rows = await tx.claimRevision.findMany({
    where: { claimId: c.id, number: { gt: since } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return [c.authorId, ...rows.map((r) => r.authorId)];
}

function stateOf(c: ClaimRow) {
  return { status: c.status, version: c.version, revision: working(c).number };
}

function ensureEditable(c: ClaimRow, session: SessionUser) {
  const decision = canEditClaim(c, { userId: session.id, role: session.role });
  if (!decision.ok) refuse(decision);
}

// ------------------------------------------------------------------ actions

/** The next `count` free claim refs; the lock keeps two creations apart until commit. */
export async function reserveClaimRefs(tx: Tx, count: number): Promise<string[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('armstrail_claim_ref'))`;
  const highest = await tx.claim.findFirst({
    orderBy: { refNumber: "desc" },
    select: { ref: true },
  });
  const used = highest ? [highest.ref] : [];
  for (let i = 0; i < count; i++) used.push(nextRef("claim", used));
  return used.slice(highest ? 1 : 0);
}

/**
 * Writes a new draft claim under a given ref with its first revision and history: the one
 * way a claim comes to exist, whether typed in the editor, imported or seeded.
 */
export async function insertClaimDraft(
  tx: Tx,
  at: { ref: string; authorId: string; investigationId: string },
  draft: ClaimDraft,
) {
  const data = await resolveDraft(tx, draft, null);
  const claim = await tx.claim.create({
    data: {
      ref: at.ref,
      refNumber: Number(at.ref.slice(1)),
      status: "draft",
      authorId: at.authorId,
      investigationId: at.investigationId,
    },
    select: { id: true, authorId: true },
  });
  const revision = await writeRevision(tx, claim, at.authorId, data);
  await tx.claimHistory.create({
    data: {
      claimId: claim.id,
      revisionId: revision.id,
      actorId: at.authorId,
      fromStatus: null,
      toStatus: "draft",
    },
  });
  return { claim, revision };
}

export async function createClaim(
  db: Db,
  session: SessionUser,
  input: ClaimDraft & { investigation?: string | undefined },
): Promise<EditorClaim> {
  const { investigation, ...draft } = input;
  const id = await run(db, async (tx) => {
    const investigationId = await investigationIdFor(tx, investigation);
    const [ref] = await reserveClaimRefs(tx, 1);
    const { claim, revision } = await insertClaimDraft(
      tx,
      { ref: ref!, authorId: session.id, investigationId },
      draft,
    );
    await appendAudit(tx, auditActorOf(session), {
      action: "claim.create",
      entityType: ENTITY,
      entityId: claim.id,
      after: { ref, status: "draft", version: 1, revision: 1, content: toClaimContent(revision) },
    });
    return claim.id;
  });
  return getEditorClaim(db, { id });
}

export async function saveClaim(
  db: Db,
  session: SessionUser,
  input: ClaimDraft & { id: string; baseVersion: number },
): Promise<EditorClaim> {
  const { id, baseVersion, ...draft } = input;
  await run(db, async (tx) => {
    const c = await advanceVersion(tx, id, baseVersion, draft);
    ensureEditable(c, session);
    const before = working(c);
    const data = await resolveDraft(tx, draft, c.id);
    // While a correction is worked on, its note is what readers will see: a save that
    // does not restate it keeps it.
    if (isPublished(c) && data.changeNote === null) data.changeNote = before.changeNote;
    const revision = await writeRevision(tx, c, session.id, data);
    await appendAudit(tx, auditActorOf(session), {
      action: "claim.save",
      entityType: ENTITY,
      entityId: c.id,
      before: { version: baseVersion, revision: before.number, content: toClaimContent(before) },
      after: { version: c.version, revision: revision.number, content: toClaimContent(revision) },
    });
  });
  return getEditorClaim(db, { id });
}

/** Restores an older revision's content as a new revision; the history stays as it was. */
export async function restoreClaimRevision(
  db: Db,
  session: SessionUser,
  input: { id: string; baseVersion: number; number: number; changeNote: string | null },
): Promise<EditorClaim> {
  await run(db, async (tx) => {
    const c = await advanceVersion(tx, input.id, input.baseVersion);
    ensureEditable(c, session);
    const before = working(c);
    const old = await revisionByNumber(tx, c.id, input.number);
    const note =
      input.changeNote ?? (isPublished(c) ? before.changeNote : `Restored revision ${old.number}`);
    const revision = await writeRevision(tx, c, session.id, dataOf(old, note), old.number);
    await appendAudit(tx, auditActorOf(session), {
      action: "claim.restore",
      entityType: ENTITY,
      entityId: c.id,
      before: { version: input.baseVersion, revision: before.number },
      after: {
        version: c.version,
        revision: revision.number,
        restoredFrom: old.number,
        content: toClaimContent(revision),
      },
    });
  });
  return getEditorClaim(db, { id: input.id });
}

export interface ActionInput {
  id: string;
  baseVersion: number;
  /** Internal reviewer note (approve, request changes, reject). */
  note?: string | null;
  /** Public reason (retract, correct). */
  reason?: string | null;
}

/** Takes a workflow action on a claim: the domain decides, this applies. */
export async function actOnClaim(
  db: Db,
  session: SessionUser,
  action: ClaimAction,
  input: ActionInput,
): Promise<EditorClaim> {
  await run(db, async (tx) => {
    const c = await advanceVersion(tx, input.id, input.baseVersion);
    const rev = working(c);
    const published = isPublished(c);
    if (action === "submit") ensureEditable(c, session);
    const decision = decideTransition({
      status: c.status,
      action,
      actor: { userId: session.id, role: session.role },
      authorIds: await authorsUnderReview(tx, c),
      published,
      evidenceCount: rev.evidence.length,
      ungradedEvidence: ungradedEvidence(rev.evidence.map((e) => ({ ...e, source: e.source.ref }))),
      isOpinion: rev.claimType === "opinion",
      reason: input.reason ?? null,
    });
    if (!decision.ok) refuse(decision);
    const to = decision.to;
    const before = stateOf(c);
    let revisionId = rev.id;
    let publicNote: string | null = null;
    const changes: Prisma.ClaimUpdateInput = { status: to };

    if (action === "approve") {
      await checkPublishable(tx, session, rev);
      if (published) {
        // Approving a correction: its note is what readers are told changed.
        publicNote = rev.changeNote;
        if (!publicNote || publicNote.trim().length < 10)
          throw new RuleError(
            "needs_reason",
            "A correction needs a public note (the change note) of at least 10 characters before approval",
          );
      }
      const now = new Date();
      await tx.claimRevision.update({
        where: { id: rev.id },
        data: { approvedById: session.id, approvedAt: now },
      });
      changes.publishedRevision = { connect: { id: rev.id } };
      if (!c.publishedAt) changes.publishedAt = now;
    } else if (action === "reject" && published) {
      // Rejecting a correction: the approved revision is what the claim says again.
      changes.currentRevision = { connect: { id: c.publishedRevisionId! } };
    } else if (action === "retract") {
      publicNote = input.reason!.trim();
      changes.retractedAt = new Date();
      changes.retractionReason = publicNote;
      changes.currentRevision = { connect: { id: c.publishedRevisionId! } };
      revisionId = c.publishedRevisionId!;
    } else if (action === "correct") {
      const approved = await tx.claimRevision.findUniqueOrThrow({
        where: { id: c.publishedRevisionId! },
        include: revisionInclude,
      });
      const copy = await writeRevision(tx, c, session.id, dataOf(approved, input.reason!.trim()));
      revisionId = copy.id;
    }

    if (["approve", "request_changes", "reject"].includes(action)) {
      await tx.claimReview.create({
        data: {
          revisionId: rev.id,
          reviewerId: session.id,
          decision: action === "reject" ? "rejected" : to,
          note: input.note ?? null,
        },
      });
    }
    const updated = await tx.claim.update({
      where: { id: c.id },
      data: changes,
      include: claimInclude,
    });
    await tx.claimHistory.create({
      data: {
        claimId: c.id,
        revisionId,
        actorId: session.id,
        fromStatus: c.status,
        toStatus: to,
        publicNote,
      },
    });
    await appendAudit(tx, auditActorOf(session), {
      action: `claim.${action}`,
      entityType: ENTITY,
      entityId: c.id,
      before,
      after: {
        ...stateOf(updated),
        ...(input.note ? { note: input.note } : {}),
        ...(publicNote ? { publicNote } : {}),
      },
    });
    if (action === "approve" || action === "retract") {
      await enqueueRevalidation(
        tx,
        `claim ${c.ref} ${action === "approve" ? (published ? "corrected" : "published") : "retracted"}`,
        [`/claims/${c.ref}`, "/claims", "/corrections"],
      );
    }
  });
  return getEditorClaim(db, { id: input.id });
}

/**
 * What an approval publishes must be publishable: every subject already published, and
 * every cited source publishable (draft sources become published with the claim; a
 * rejected source blocks it).
 */
async function checkPublishable(tx: Tx, session: SessionUser, rev: RevisionRow) {
  for (const [i, s] of rev.subjects.entries()) {
    const subject = subjectOf(s);
    if (subject.reviewStatus !== "published")
      throw new RuleError(
        "subject_not_published",
        `subjects.${i}: ${subject.kind} ${subject.ref} is ${subject.reviewStatus.replace("_", " ")}; publish it before approving a claim about it`,
      );
  }
  const sources = new Map(
    [...rev.evidence.map((e) => e.source), ...(rev.appearance ? [rev.appearance] : [])].map((s) => [
      s.id,
      s,
    ]),
  );
  for (const s of sources.values()) {
    if (s.reviewStatus === "rejected")
      throw new RuleError(
        "source_rejected",
        `Source ${s.ref} was rejected; cite another source before approving`,
      );
  }
  for (const s of sources.values()) {
    if (s.reviewStatus === "published") continue;
    await tx.source.update({
      where: { id: s.id },
      data: { reviewStatus: "published", version: { increment: 1 } },
    });
    await appendAudit(tx, auditActorOf(session), {
      action: "source.publish",
      entityType: "source",
      entityId: s.id,
      before: { reviewStatus: s.reviewStatus, version: s.version },
      after: {
        reviewStatus: "published",
        version: s.version + 1,
        reason: "cited by an approved claim",
      },
    });
  }
}

/** Assigns a claim to a reviewer (or to nobody). */
export async function assignClaim(
  db: Db,
  session: SessionUser,
  input: { id: string; baseVersion: number; assigneeId: string | null },
): Promise<EditorClaim> {
  await run(db, async (tx) => {
    const c = await advanceVersion(tx, input.id, input.baseVersion);
    if (input.assigneeId) {
      const user = await tx.user.findUnique({
        where: { id: input.assigneeId },
        select: { role: true, active: true },
      });
      if (!user || !user.active || roleRank[user.role] < roleRank.fact_checker)
        throw new RuleError(
          "not_a_reviewer",
          "assigneeId: claims are assigned to an active fact-checker, editor or admin",
        );
    }
    await tx.claim.update({ where: { id: c.id }, data: { assigneeId: input.assigneeId } });
    await appendAudit(tx, auditActorOf(session), {
      action: "claim.assign",
      entityType: ENTITY,
      entityId: c.id,
      before: { ...stateOf(c), version: input.baseVersion, assigneeId: c.assigneeId },
      after: { ...stateOf(c), assigneeId: input.assigneeId },
    });
  });
  return getEditorClaim(db, { id: input.id });
}

/** An internal comment. It changes nothing about the claim, so it takes no version. */
export async function commentOnClaim(
  db: Db,
  session: SessionUser,
  input: { id: string; body: string },
): Promise<EditorClaim> {
  await run(db, async (tx) => {
    const c = await tx.claim.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!c) throw new NotFoundError("claim", input.id);
    const comment = await tx.claimComment.create({
      data: { claimId: c.id, authorId: session.id, body: input.body },
      select: { id: true },
    });
    await appendAudit(tx, auditActorOf(session), {
      action: "claim.comment",
      entityType: ENTITY,
      entityId: c.id,
      after: { commentId: comment.id, body: input.body },
    });
  });
  return getEditorClaim(db, { id: input.id });
}
