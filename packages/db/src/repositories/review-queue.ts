import type { ClaimStatus, ReviewQueueItem } from "@armstrail/domain";
import { reviewQueueStatuses } from "@armstrail/domain";
import type { Db } from "../client";
import { listEditorClaims, type EditorClaimFilter } from "../services/claims";

export interface ReviewQueueFilter extends EditorClaimFilter {
  statuses?: readonly ClaimStatus[] | undefined;
  limit: number;
  cursor?: string | null | undefined;
}

/**
 * Claims waiting for a reviewer (by default), oldest change first so nothing waits
 * forever. Filters are the editor claim list's.
 */
export async function listReviewQueue(
  db: Db,
  filter: ReviewQueueFilter,
): Promise<{ items: ReviewQueueItem[]; nextCursor: string | null }> {
  return listEditorClaims(db, {
    ...filter,
    statuses: filter.statuses ?? reviewQueueStatuses,
    order: "oldest_change",
  });
}
