// The one path by which published claims are read. Every public query starts from
// `publishedClaim`: a claim with an approved, published revision that has not been
// retracted. The public API has no way to pass any other condition.
//
// The claim's own status is deliberately not part of the test: while a correction of a
// published claim is drafted and reviewed (status draft, in review...), readers keep seeing
// the approved revision until the correction is approved. Only `publishedRevisionId` (set
// by an approval and nothing else) and `retractedAt` decide visibility.
import type { Prisma } from "../generated/prisma/client";

export const publishedClaim = {
  publishedRevisionId: { not: null },
  retractedAt: null,
} satisfies Prisma.ClaimWhereInput;

/** Revisions that belong to a published claim as its published revision. */
export const publishedRevision = {
  publishedOf: { is: publishedClaim },
} satisfies Prisma.ClaimRevisionWhereInput;
