import type { ClaimListInput, ClaimSummary, PublicClaim, Subject } from "@armstrail/domain";
import { admiraltyGrade, isGraded } from "@armstrail/domain";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { toSource } from "../mappers";
import {
  publishedActor,
  publishedClaim,
  publishedClaimIn,
  publishedSanction,
  publishedSubject,
  publishedTransfer,
  toPublishedSource,
} from "./published";

const claimInclude = {
  publishedRevision: {
    include: {
      appearance: true,
      // Evidence and subjects only where the record they point at is public.
      evidence: {
        where: toPublishedSource,
        include: { source: true },
        orderBy: { position: "asc" },
      },
      subjects: {
        where: publishedSubject,
        include: {
          actor: { select: { ref: true, name: true } },
          transfer: { select: { ref: true, designation: true, itemCategory: true } },
          sanction: { select: { ref: true, instrument: true } },
          event: { select: { ref: true, title: true } },
        },
        orderBy: { position: "asc" },
      },
      // Only links to claims that are themselves published.
      seeAlso: {
        where: { target: publishedClaim },
        include: { target: { select: { ref: true } } },
        orderBy: { position: "asc" },
      },
    },
  },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

function toSubject(
  s: NonNullable<ClaimRow["publishedRevision"]>["subjects"][number],
): Subject | null {
  if (s.actor) return { kind: "actor", ref: s.actor.ref, label: s.actor.name };
  if (s.transfer)
    return {
      kind: "transfer",
      ref: s.transfer.ref,
      label: s.transfer.designation ?? s.transfer.itemCategory.replaceAll("_", " "),
    };
  if (s.sanction) return { kind: "sanction", ref: s.sanction.ref, label: s.sanction.instrument };
  if (s.event) return { kind: "event", ref: s.event.ref, label: s.event.title };
  return null;
}

function toPublicClaim(row: ClaimRow): PublicClaim {
  const rev = row.publishedRevision;
  if (!rev || !row.publishedAt) throw new NotFoundError("claim", row.ref);
  return {
    id: row.id,
    ref: row.ref,
    statement: rev.statement,
    quotedPhrase: rev.quotedPhrase,
    claimant: rev.claimant,
    claimType: rev.claimType,
    verdict: rev.verdict,
    likelihood: rev.likelihood,
    confidence: rev.confidence,
    finding: rev.finding,
    subjects: rev.subjects.map(toSubject).filter((s): s is Subject => s !== null),
    appearance: rev.appearance?.reviewStatus === "published" ? toSource(rev.appearance) : null,
    // A published revision's evidence is all graded (approval refuses it otherwise, and a
    // trigger backs that up); an ungraded item would be left out rather than shown as a grade.
    evidence: rev.evidence.filter(isGraded).map((e) => ({
      id: e.id,
      source: toSource(e.source),
      reliability: e.reliability,
      credibility: e.credibility,
      grade: admiraltyGrade(e.reliability, e.credibility),
      supports: e.supports,
    })),
    seeAlso: rev.seeAlso.map((s) => s.target.ref),
    publishedAt: row.publishedAt.toISOString(),
    // When what readers see last changed: the approval of the revision they see. The row's
    // own updatedAt moves with every internal step (an assignment, a correction's draft).
    updatedAt: (rev.approvedAt ?? row.publishedAt).toISOString(),
  };
}

/** The public claim filters, and one investigation's claims only when a slug is given. */
export type ClaimFilter = Omit<ClaimListInput, "limit" | "cursor" | "investigation"> & {
  investigationSlug?: string | undefined;
};

export function claimListWhere(input: ClaimFilter): Prisma.ClaimWhereInput {
  const rev: Prisma.ClaimRevisionWhereInput = {};
  if (input.verdict) rev.verdict = input.verdict;
  if (input.claimType) rev.claimType = input.claimType;
  const subjects: Prisma.ClaimSubjectWhereInput[] = [];
  if (input.actorRef) subjects.push({ actor: { ...publishedActor, ref: input.actorRef } });
  if (input.transferRef)
    subjects.push({ transfer: { ...publishedTransfer, ref: input.transferRef } });
  if (input.sanctionRef)
    subjects.push({ sanction: { ...publishedSanction, ref: input.sanctionRef } });
  if (subjects.length) rev.AND = subjects.map((s) => ({ subjects: { some: s } }));
  const visible = input.investigationSlug
    ? publishedClaimIn(input.investigationSlug)
    : publishedClaim;
  return { ...visible, publishedRevision: { is: rev } };
}

export async function listPublishedClaims(
  db: Db,
  input: ClaimFilter & Pick<ClaimListInput, "limit" | "cursor">,
): Promise<{ items: PublicClaim[]; nextCursor: string | null }> {
  const rows = await db.claim.findMany({
    where: claimListWhere(input),
    include: claimInclude,
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(toPublicClaim),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function countPublishedClaims(db: Db, input: ClaimFilter): Promise<number> {
  return db.claim.count({ where: claimListWhere(input) });
}

export async function getPublishedClaim(
  db: Db,
  key: { id: string } | { ref: string },
): Promise<PublicClaim> {
  const row = await db.claim.findFirst({
    where: { ...publishedClaim, ...key },
    include: claimInclude,
  });
  if (!row) throw new NotFoundError("published claim", "id" in key ? key.id : key.ref);
  return toPublicClaim(row);
}

export function toClaimSummary(c: PublicClaim): ClaimSummary {
  return {
    id: c.id,
    ref: c.ref,
    statement: c.statement,
    claimant: c.claimant,
    claimType: c.claimType,
    verdict: c.verdict,
    publishedAt: c.publishedAt,
  };
}
