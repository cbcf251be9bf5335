import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { inPublishedInvestigation, publishedClaim } from "./published";

export interface PublicHistoryEntry {
  at: string;
  event: "published" | "corrected" | "retracted";
  note: string | null;
}

/**
 * A published claim's public history: when it was published, corrected or retracted,
 * with the public note. Who reviewed it, and what they wrote, stays inside.
 */
export async function getPublicClaimHistory(db: Db, ref: string): Promise<PublicHistoryEntry[]> {
  const claim = await db.claim.findFirst({
    where: {
      ref,
      OR: [publishedClaim, { status: "retracted", publishedRevisionId: { not: null } }],
    },
    select: { id: true },
  });
  if (!claim) throw new NotFoundError("published claim", ref);
  // A rejected correction also returns a claim to "approved"; only approvals of a revision
  // (which then carries its approver) are publications or corrections.
  const approved = await db.claimRevision.findMany({
    where: { claimId: claim.id, approvedById: { not: null } },
    select: { id: true },
  });
  const rows = await db.claimHistory.findMany({
    where: {
      claimId: claim.id,
      OR: [
        { toStatus: "retracted" },
        { toStatus: "approved", revisionId: { in: approved.map((r) => r.id) } },
      ],
    },
    orderBy: { at: "asc" },
    select: { at: true, toStatus: true, publicNote: true },
  });
  let approvals = 0;
  return rows.map((r) => ({
    at: r.at.toISOString(),
    event: r.toStatus === "retracted" ? "retracted" : approvals++ === 0 ? "published" : "corrected",
    note: r.publicNote,
  }));
}

export interface Correction {
  ref: string;
  statement: string;
  kind: "retraction" | "correction";
  at: string;
  reason: string;
}

/** Every retraction and correction, newest first, with its date and public reason. */
export async function listCorrections(
  db: Db,
  filter: { investigationSlug?: string | undefined } = {},
): Promise<Correction[]> {
  const rows = await db.claimHistory.findMany({
    where: {
      publicNote: { not: null },
      toStatus: { in: ["approved", "retracted"] },
      claim: {
        publishedRevisionId: { not: null },
        ...(filter.investigationSlug
          ? { investigation: inPublishedInvestigation(filter.investigationSlug) }
          : {}),
      },
    },
    orderBy: { at: "desc" },
    select: {
      at: true,
      toStatus: true,
      publicNote: true,
      claim: { select: { ref: true, publishedRevision: { select: { statement: true } } } },
    },
  });
  return rows.map((r) => ({
    ref: r.claim.ref,
    statement: r.claim.publishedRevision?.statement ?? "",
    kind: r.toStatus === "retracted" ? "retraction" : "correction",
    at: r.at.toISOString(),
    reason: r.publicNote ?? "",
  }));
}
