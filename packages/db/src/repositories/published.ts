// The one path by which published claims are read. Every public query starts from
// `publishedClaim`: a claim with an approved, published revision that has not been
// retracted. The public API has no way to pass any other condition.
import type { Prisma } from "../generated/prisma/client";

export const publishedClaim = {
  publishedRevisionId: { not: null },
  status: "approved",
  retractedAt: null,
} satisfies Prisma.ClaimWhereInput;

/** Revisions that belong to a published claim as its published revision. */
export const publishedRevision = {
  publishedOf: { is: publishedClaim },
} satisfies Prisma.ClaimRevisionWhereInput;
