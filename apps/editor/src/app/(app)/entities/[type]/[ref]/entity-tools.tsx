"use client";
import {
  type EntityStatus,
  type EntityType,
  type MergeProposal,
  type OpenChange,
  refSchemaFor,
} from "@armstrail/domain";
import { useState } from "react";
import { ConflictNotice } from "~/components/conflict-panel";
import { FormProblem, TextField } from "~/components/fields";
import { api, errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";

type Transition = "submit" | "publish" | "reject";

interface TransitionArea {
  submit: {
    mutate(i: { id: string; baseVersion: number; note?: string | null }): Promise<unknown>;
  };
  publish: {
    mutate(i: { id: string; baseVersion: number; note?: string | null }): Promise<unknown>;
  };
  reject: {
    mutate(i: { id: string; baseVersion: number; note?: string | null }): Promise<unknown>;
  };
}

/**
 * Send to review, publish or reject a record, or the change that waits beside a published
 * one (approving it is what shows it to readers). The server checks role, status and four
 * eyes again.
 */
export function EntityActions({
  type,
  id,
  version,
  status,
  change,
  reviewer,
}: {
  type: EntityType;
  id: string;
  version: number;
  status: EntityStatus;
  change: OpenChange | null;
  reviewer: boolean;
}) {
  const area = api[type] as unknown as TransitionArea;
  const transition = useAction((action: Transition) =>
    area[action].mutate({ id, baseVersion: version }),
  );
  const { pending, problem } = transition;
  const offered: [Transition, string][] = [];
  if (status === "published") {
    if (change === "proposed" && reviewer) offered.push(["submit", "Send change to review"]);
    if (change === "in_review" && reviewer)
      offered.push(["publish", "Approve change"], ["reject", "Reject change"]);
  } else {
    if (status === "draft" || status === "rejected") offered.push(["submit", "Send to review"]);
    if (reviewer && status === "in_review")
      offered.push(["publish", "Publish"], ["reject", "Reject"]);
  }
  if (offered.length === 0) return null;

  return (
    <div className="actions">
      {problem ? (
        <p className="problem" role="alert">
          {problem.code === "CONFLICT" ? (
            <ConflictNotice details={problem.conflict}>
              Reload the page and decide again.
            </ConflictNotice>
          ) : (
            problem.message
          )}
        </p>
      ) : null}
      {offered.map(([action, label]) => (
        <button
          key={action}
          type="button"
          className={action === "reject" ? "danger" : "primary"}
          disabled={pending}
          onClick={() => void transition.run(action)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** Merge a duplicate actor into this one: its references move here and its ref redirects. */
export function ActorMerge({
  survivorId,
  survivorVersion,
  survivorRef,
}: {
  survivorId: string;
  survivorVersion: number;
  survivorRef: string;
}) {
  const [ref, setRef] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const mergeCall = useAction(async (wanted: string) => {
    const duplicate = await api.actor.get.query({ ref: wanted });
    return api.actor.merge.mutate({
      survivorId,
      survivorVersion,
      mergedId: duplicate.id,
      mergedVersion: duplicate.version,
      note: `Merged ${wanted} into ${survivorRef}`,
    });
  });
  const { pending, problem } = mergeCall;

  async function merge() {
    const wanted = ref.trim().toUpperCase();
    if (!refSchemaFor("actor").safeParse(wanted).success) {
      const message = "Give an actor reference such as A12";
      mergeCall.setProblem({
        code: "BAD_REQUEST",
        message,
        fieldErrors: { mergedId: [message] },
        conflict: null,
      });
      return;
    }
    const r = await mergeCall.run(wanted);
    if (r.ok) {
      setDone(
        r.value.outcome === "merged"
          ? `${wanted} was merged into ${survivorRef}.`
          : `The merge of ${wanted} into ${survivorRef} is proposed: another editor must approve it before anything moves.`,
      );
      setRef("");
    }
  }

  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">Merge a duplicate into {survivorRef}</h2>
      <p className="hint">
        Every claim, transfer, sanction and event that names the duplicate will name {survivorRef}{" "}
        instead, and the duplicate&apos;s reference will redirect here. Two published actors merge
        only when another editor approves; a draft is published (or merged with another draft)
        first.
      </p>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <FormProblem problem={problem} field="mergedId" />
      <TextField
        path="mergedId"
        label="Duplicate actor's reference"
        value={ref}
        onChange={setRef}
        errors={errorsFor(problem, "mergedId")}
      />
      <button
        type="button"
        className="danger"
        disabled={pending || !ref.trim()}
        onClick={() => void merge()}
      >
        {pending ? "Merging…" : `Merge into ${survivorRef}`}
      </button>
    </section>
  );
}

/** Merges of published actors waiting for a second editor, with their decision buttons. */
export function MergeProposals({
  proposals,
  me,
  editor,
}: {
  proposals: MergeProposal[];
  me: string;
  editor: boolean;
}) {
  const decide = useAction(([action, id]: ["approveMerge" | "rejectMerge", string]) =>
    api.actor[action].mutate({ proposalId: id }),
  );
  const { pending, problem } = decide;
  return (
    <section aria-labelledby="proposals-title">
      <h2 id="proposals-title">Merges waiting for a second editor</h2>
      {problem ? (
        <p className="problem" role="alert">
          {problem.message}
        </p>
      ) : null}
      <ul>
        {proposals.map((p) => (
          <li key={p.id}>
            {p.mergedRef} into {p.survivorRef}, proposed by {p.proposedBy.name}
            {p.note ? ` (${p.note})` : ""}.{" "}
            {editor ? (
              <span className="actions">
                {p.proposedBy.id !== me ? (
                  <button
                    type="button"
                    className="primary"
                    disabled={pending}
                    onClick={() => void decide.run(["approveMerge", p.id])}
                  >
                    Approve merge
                  </button>
                ) : null}
                <button
                  type="button"
                  className="danger"
                  disabled={pending}
                  onClick={() => void decide.run(["rejectMerge", p.id])}
                >
                  {p.proposedBy.id === me ? "Withdraw" : "Reject merge"}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
