"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatClaimValue } from "~/components/claim-format";
import { ConflictNotice, type FieldLabel } from "~/components/conflict-panel";
import { type RevisionSide, RevisionDiff } from "~/components/revision-diff";
import { api } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";

/** The diff with the claim's own formatting (a function cannot cross from a server page). */
export function ClaimDiff(props: {
  fields: readonly FieldLabel[];
  left: RevisionSide;
  right: RevisionSide;
}) {
  return <RevisionDiff {...props} format={formatClaimValue} />;
}

/** Restores an older revision as a new one; nothing is deleted. */
export function RestoreButton({
  id,
  version,
  number,
}: {
  id: string;
  version: number;
  number: number;
}) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const restore = useAction(() =>
    api.claim.restore.mutate({
      id,
      baseVersion: version,
      number,
      changeNote: `Restored revision ${number}`,
    }),
  );
  if (done) return <span role="status">Restored as a new revision.</span>;
  return (
    <>
      <button
        type="button"
        disabled={restore.pending}
        onClick={async () => {
          const r = await restore.run(undefined);
          if (r.ok) {
            setDone(true);
            router.refresh();
          }
        }}
      >
        Restore revision {number}
      </button>
      {restore.problem ? (
        <span className="field-errors" role="alert">
          {restore.problem.code === "CONFLICT" ? (
            <ConflictNotice details={restore.problem.conflict}>
              Reload the page and try again.
            </ConflictNotice>
          ) : (
            restore.problem.message
          )}
        </span>
      ) : null}
    </>
  );
}
