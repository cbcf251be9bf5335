import { claimStatusWords, entityStatusWords } from "@armstrail/domain";
import type { ClaimStatus, EntityStatus } from "@armstrail/domain";

/** A claim's or an entity's status, in words and colour (the words carry the meaning). */
export function StatusBadge({ status }: { status: ClaimStatus | EntityStatus }) {
  const words =
    status in claimStatusWords
      ? claimStatusWords[status as ClaimStatus]
      : entityStatusWords[status as EntityStatus];
  return <span className={`badge badge-${status}`}>{words}</span>;
}
