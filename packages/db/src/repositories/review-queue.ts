import type { ClaimStatus, ReviewQueueItem } from "@armstrail/domain";
import { reviewQueueStatuses } from "@armstrail/domain";
import type { Db } from "../client";

export interface ReviewQueueFilter {
  statuses?: readonly ClaimStatus[] | undefined;
  assigneeId?: string | undefined;
  limit: number;
  cursor?: string | null | undefined;
}

/** Claims waiting for a reviewer (by default), oldest change first so nothing waits forever. */
export async function listReviewQueue(
  db: Db,
  filter: ReviewQueueFilter,
): Promise<{ items: ReviewQueueItem[]; nextCursor: string | null }> {
  const rows = await db.claim.findMany({
    where: {
      status: { in: [...(filter.statuses ?? reviewQueueStatuses)] },
      ...(filter.assigneeId ? { assigneeId: filter.assigneeId } : {}),
    },
    include: {
      author: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      currentRevision: {
        select: {
          statement: true,
          claimType: true,
          verdict: true,
          _count: { select: { evidence: true } },
        },
      },
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, filter.limit);
  const items = page.flatMap((c): ReviewQueueItem[] =>
    c.currentRevision
      ? [
          {
            id: c.id,
            ref: c.ref,
            statement: c.currentRevision.statement,
            claimType: c.currentRevision.claimType,
            verdict: c.currentRevision.verdict,
            status: c.status,
            author: c.author,
            assignee: c.assignee,
            evidenceCount: c.currentRevision._count.evidence,
            version: c.version,
            updatedAt: c.updatedAt.toISOString(),
          },
        ]
      : [],
  );
  return { items, nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}
