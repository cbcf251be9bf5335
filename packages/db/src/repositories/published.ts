// The one path by which published records are read. Every public query starts from these
// filters; the public API has no way to pass any other condition.
//
// Claims: a claim with an approved, published revision that has not been retracted. The
// claim's own status is deliberately not part of the test: while a correction of a
// published claim is drafted and reviewed (status draft, in review...), readers keep seeing
// the approved revision until the correction is approved. Only `publishedRevisionId` (set
// by an approval and nothing else) and `retractedAt` decide visibility.
//
// Entities (actors, transfers, sanctions, events, sources, investigations, checked articles):
// reviewStatus = published; a checked article also needs its investigation published. A
// published record may still point at one that is not (a link added before the other side
// was published, a merge, a correction in progress), so every link from a public record is
// filtered too: lists drop the unpublished items, single links read as absent.
import type { ActorSummary } from "@armstrail/domain";
import type { Prisma } from "../generated/prisma/client";
import { actorSummarySelect, toActorSummary } from "../mappers";

export const publishedClaim = {
  publishedRevisionId: { not: null },
  retractedAt: null,
} satisfies Prisma.ClaimWhereInput;

/** Revisions that belong to a published claim as its published revision. */
export const publishedRevision = {
  publishedOf: { is: publishedClaim },
} satisfies Prisma.ClaimRevisionWhereInput;

/** The one condition for every entity type. */
export const publishedEntity = { reviewStatus: "published" } as const;

export const publishedActor = publishedEntity satisfies Prisma.ActorWhereInput;
export const publishedSource = publishedEntity satisfies Prisma.SourceWhereInput;
export const publishedEvent = publishedEntity satisfies Prisma.EventWhereInput;
export const publishedSanction = publishedEntity satisfies Prisma.SanctionWhereInput;
/** A transfer cannot be shown without its recipient, so both must be published. */
export const publishedTransfer = {
  ...publishedEntity,
  recipient: publishedActor,
} satisfies Prisma.TransferWhereInput;

export const publishedInvestigation = publishedEntity satisfies Prisma.InvestigationWhereInput;
/** A checked article is public with its investigation, never without it. */
export const publishedCheckedArticle = {
  ...publishedEntity,
  investigation: publishedInvestigation,
} satisfies Prisma.CheckedArticleWhereInput;

/**
 * The optional filter of public reads by investigation: only a published one filters
 * anything in; an unknown or unpublished slug matches nothing.
 */
export const inPublishedInvestigation = (slug: string) =>
  ({ ...publishedInvestigation, slug }) satisfies Prisma.InvestigationWhereInput;

/** Published claims of one published investigation (by slug). */
export const publishedClaimIn = (slug: string) =>
  ({
    ...publishedClaim,
    investigation: inPublishedInvestigation(slug),
  }) satisfies Prisma.ClaimWhereInput;

/** Transfers and events an investigation lists (they may be listed by several). */
export const listedIn = (slug: string) => ({
  investigations: { some: { investigation: inPublishedInvestigation(slug) } },
});

/** Join rows (actor sources, event actors...) whose far side is public. */
export const toPublishedSource = { source: publishedSource } as const;
export const toPublishedActor = { actor: publishedActor } as const;

/** A single, optional actor link, selected with its status so that it can be hidden. */
export const linkedActorSelect = { ...actorSummarySelect, reviewStatus: true } as const;

export function publishedActorOrNull(
  a: Prisma.ActorGetPayload<{ select: typeof linkedActorSelect }> | null,
): ActorSummary | null {
  return a && a.reviewStatus === "published" ? toActorSummary(a) : null;
}

/** Claim subjects that point at a public record; the others are left out. */
export const publishedSubject = {
  OR: [
    { actor: { is: publishedActor } },
    { transfer: { is: publishedTransfer } },
    { sanction: { is: publishedSanction } },
    { event: { is: publishedEvent } },
  ],
} satisfies Prisma.ClaimSubjectWhereInput;
