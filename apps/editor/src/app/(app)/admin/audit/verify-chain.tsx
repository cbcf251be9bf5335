"use client";
import { useState } from "react";
import { api } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";

type Result = Awaited<ReturnType<typeof api.admin.audit.verify.query>>;

/** Recomputes every entry's hash from the first one and says whether the chain holds. */
export function VerifyChain() {
  const [result, setResult] = useState<Result | null>(null);
  const verify = useAction(() => api.admin.audit.verify.query(), { refresh: false });
  return (
    <div className="verify">
      <button
        type="button"
        disabled={verify.pending}
        onClick={async () => {
          const r = await verify.run(undefined);
          if (r.ok) setResult(r.value);
        }}
      >
        {verify.pending ? "Verifying…" : "Verify chain"}
      </button>
      <div aria-live="polite">
        {result?.ok === true ? (
          <p className="notice">
            The chain holds: {result.entries} entries, each hashing the one before.
          </p>
        ) : result?.ok === false ? (
          <p className="problem">
            The chain is broken at entry #{result.brokenAt} (of {result.entries}): {result.problem}
          </p>
        ) : null}
        {verify.problem ? <p className="problem">{verify.problem.message}</p> : null}
      </div>
    </div>
  );
}
