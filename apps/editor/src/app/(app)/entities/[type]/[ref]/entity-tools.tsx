"use client";
import { type EntityStatus, type EntityType, refSchemaFor } from "@armstrail/domain";
import { useState } from "react";
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

/** Send to review, publish or reject a record. The server checks role and status again. */
export function EntityActions({
  type,
  id,
  version,
  status,
  reviewer,
}: {
  type: EntityType;
  id: string;
  version: number;
  status: EntityStatus;
  reviewer: boolean;
}) {
  const area = api[type] as unknown as TransitionArea;
  const transition = useAction((action: Transition) =>
    area[action].mutate({ id, baseVersion: version }),
  );
  const { pending, problem } = transition;
  const offered: [Transition, string][] = [];
  if (status === "draft" || status === "rejected") offered.push(["submit", "Send to review"]);
  if (reviewer && status === "in_review")
    offered.push(["publish", "Publish"], ["reject", "Reject"]);
  if (offered.length === 0) return null;

  return (
    <div className="actions">
      {problem ? (
        <p className="problem" role="alert">
          {problem.code === "CONFLICT"
            ? "This record changed since you opened it: reload the page and decide again."
            : problem.message}
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
    await api.actor.merge.mutate({
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
      setDone(wanted);
      setRef("");
    }
  }

  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">Merge a duplicate into {survivorRef}</h2>
      <p className="hint">
        Every claim, transfer, sanction and event that names the duplicate will name {survivorRef}{" "}
        instead, and the duplicate&apos;s reference will redirect here.
      </p>
      {done ? (
        <p className="notice" role="status">
          {done} was merged into {survivorRef}.
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
