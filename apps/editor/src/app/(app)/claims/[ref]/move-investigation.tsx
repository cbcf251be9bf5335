"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type InvestigationChoice, InvestigationField } from "~/components/investigation-field";
import { ProblemSummary } from "~/components/problem-summary";
import { useVersion } from "~/components/version-context";
import { type Problem, api, errorsFor, problemOf } from "~/lib/trpc";

/**
 * A claim drafted under the wrong investigation is moved before anyone reads it (the API
 * refuses once it is published). The move is a change like any other: versioned, audited.
 */
export function MoveInvestigation({
  id,
  current,
  investigations,
}: {
  id: string;
  current: string;
  investigations: InvestigationChoice[];
}) {
  const router = useRouter();
  const known = useVersion(0);
  const [investigation, setInvestigation] = useState(current);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function move() {
    setPending(true);
    setProblem(null);
    try {
      const claim = await api.claim.setInvestigation.mutate({
        id,
        baseVersion: known.version,
        investigation,
      });
      known.setVersion(claim.version);
      router.refresh();
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      noValidate
      aria-label="Move to another investigation"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void move();
      }}
    >
      <ProblemSummary problem={problem} labels={{ investigation: "Investigation" }} />
      <InvestigationField
        investigations={investigations}
        value={investigation}
        onChange={setInvestigation}
        errors={errorsFor(problem, "investigation")}
      />
      <div className="actions">
        <button type="submit" disabled={pending || investigation === current}>
          {pending ? "Moving…" : "Move the claim"}
        </button>
      </div>
    </form>
  );
}
