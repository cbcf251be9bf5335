"use client";
// The workflow buttons a person's role and the claim's status make sensible. The server
// decides every action again (role, status, four eyes, evidence); hiding a button only
// spares people a refusal.
import {
  type ClaimStatus,
  type Role,
  actionRoles,
  claimTransitions,
  storyActionRoles,
} from "@armstrail/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { TextArea } from "~/components/fields";
import { ConflictNotice } from "~/components/conflict-panel";
import { useVersion } from "~/components/version-context";
import { api, errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";

export interface WorkflowState {
  /** Claims and story blocks share the workflow; blocks have no assignment, retraction or correction. */
  kind: "claim" | "story";
  id: string;
  version: number;
  status: ClaimStatus;
  published: boolean;
  isAuthor: boolean;
  assigneeId: string | null;
}

type NoteAction = "approve" | "requestChanges" | "reject" | "retract" | "correct";

const noteActions: Record<
  NoteAction,
  {
    button: string;
    label: string;
    hint: string;
    required: boolean;
    field: "note" | "reason";
    danger?: boolean;
  }
> = {
  approve: {
    button: "Approve",
    label: "Note for the newsroom",
    hint: "Internal. Approving publishes this revision on the explainer.",
    required: false,
    field: "note",
  },
  requestChanges: {
    button: "Request changes",
    label: "What needs to change",
    hint: "Internal: the author sees it.",
    required: true,
    field: "note",
  },
  reject: {
    button: "Reject",
    label: "Why it is rejected",
    hint: "Internal.",
    required: true,
    field: "note",
    danger: true,
  },
  retract: {
    button: "Retract",
    label: "Public reason for the retraction",
    hint: "Readers see this on the corrections page. At least 10 characters.",
    required: true,
    field: "reason",
    danger: true,
  },
  correct: {
    button: "Start a correction",
    label: "Public note on the correction",
    hint: "Readers see it once the correction is approved; the approved text stays public until then.",
    required: true,
    field: "note",
  },
};

export function WorkflowActions({
  claim,
  me,
}: {
  claim: WorkflowState;
  me: { id: string; role: Role };
}) {
  const router = useRouter();
  const [open, setOpen] = useState<NoteAction | null>(null);
  const [note, setNote] = useState("");
  const [done, setDone] = useState<string | null>(null);
  // Any of the calls below: they differ in what they send, not in how a refusal shows.
  const action = useAction((call: () => Promise<unknown>) => call());
  const { pending, problem } = action;

  // Who may take which action comes from the domain's workflow tables, as in the API.
  const roles = claim.kind === "claim" ? actionRoles : storyActionRoles;
  const mayTake = (a: keyof typeof roles) => roles[a].includes(me.role);
  const reviewer = mayTake("request_changes");
  const { version, setVersion } = useVersion(claim.version);
  const target = { id: claim.id, baseVersion: version };

  async function act(label: string, call: () => Promise<unknown>) {
    setDone(null);
    const r = await action.run(call);
    if (!r.ok) return;
    const result = r.value;
    if (
      result &&
      typeof result === "object" &&
      "version" in result &&
      typeof result.version === "number"
    )
      setVersion(result.version);
    setDone(label);
    setOpen(null);
    setNote("");
  }

  function runNote(action: NoteAction) {
    const text = note.trim() === "" ? null : note;
    const area = claim.kind === "claim" ? api.claim : api.story;
    const calls: Record<NoteAction, () => Promise<unknown>> = {
      approve: () => area.approve.mutate({ ...target, note: text }),
      requestChanges: () => area.requestChanges.mutate({ ...target, note }),
      reject: () => area.reject.mutate({ ...target, note }),
      retract: () => api.claim.retract.mutate({ ...target, reason: note }),
      correct: () => api.claim.correct.mutate({ ...target, note }),
    };
    void act(noteActions[action].button, calls[action]);
  }

  const inReview = claimTransitions.approve.from.includes(claim.status);
  const isClaim = claim.kind === "claim";
  const offered: NoteAction[] = [];
  // Story blocks are published by editors; claims by any fact-checker.
  if (inReview && !claim.isAuthor && mayTake("approve")) offered.push("approve");
  if (inReview && reviewer && !claim.isAuthor) offered.push("requestChanges", "reject");
  const published = isClaim && claim.published;
  if (
    published &&
    actionRoles.correct.includes(me.role) &&
    claimTransitions.correct.publishedFrom?.includes(claim.status)
  )
    offered.push("correct");
  if (published && actionRoles.retract.includes(me.role)) offered.push("retract");
  const canSubmit =
    claimTransitions.submit.from.includes(claim.status) && (claim.isAuthor || reviewer);
  const canAssign =
    isClaim && reviewer && !["approved", "rejected", "retracted"].includes(claim.status);

  function submitNote(e: FormEvent) {
    e.preventDefault();
    if (open) runNote(open);
  }

  return (
    <section className="workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">Workflow</h2>
      {done ? (
        <p className="notice" role="status">
          Done: {done}.
        </p>
      ) : null}
      {problem ? (
        <div className="problem" role="alert">
          <p>{problem.message}</p>
          {problem.code === "CONFLICT" ? (
            <p>
              <ConflictNotice details={problem.conflict}>
                <button type="button" className="link-button" onClick={() => router.refresh()}>
                  Load the latest version
                </button>{" "}
                and decide again.
              </ConflictNotice>
            </p>
          ) : null}
        </div>
      ) : null}
      {inReview && reviewer && claim.isAuthor ? (
        <p className="muted">You wrote this, so someone else must review it.</p>
      ) : null}
      {inReview && !reviewer ? (
        <p className="muted">Waiting for a fact-checker&apos;s review.</p>
      ) : null}
      <div className="actions">
        {canSubmit ? (
          <button
            type="button"
            className="primary"
            disabled={pending}
            onClick={() =>
              void act("Sent to review", () =>
                isClaim ? api.claim.submit.mutate(target) : api.story.submit.mutate(target),
              )
            }
          >
            Send to review
          </button>
        ) : null}
        {offered.map((a) => (
          <button
            key={a}
            type="button"
            className={noteActions[a].danger ? "danger" : a === "approve" ? "primary" : undefined}
            aria-expanded={open === a}
            aria-controls="workflow-note"
            disabled={pending}
            onClick={() => {
              setOpen(open === a ? null : a);
              action.setProblem(null);
            }}
          >
            {noteActions[a].button}…
          </button>
        ))}
        {canAssign ? (
          claim.assigneeId === me.id ? (
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                void act("Unassigned", () =>
                  api.claim.assign.mutate({ ...target, assigneeId: null }),
                )
              }
            >
              Unassign me
            </button>
          ) : (
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                void act("Assigned to you", () =>
                  api.claim.assign.mutate({ ...target, assigneeId: me.id }),
                )
              }
            >
              Assign to me
            </button>
          )
        ) : null}
      </div>
      {open ? (
        <form
          id="workflow-note"
          onSubmit={submitNote}
          className="subform"
          aria-label={noteActions[open].button}
        >
          <TextArea
            path={`workflow-${noteActions[open].field}`}
            label={noteActions[open].label}
            hint={noteActions[open].hint}
            required={noteActions[open].required}
            rows={3}
            value={note}
            onChange={setNote}
            errors={errorsFor(problem, noteActions[open].field)}
          />
          <div className="actions">
            <button
              type="submit"
              className={noteActions[open].danger ? "danger" : "primary"}
              disabled={pending}
            >
              {pending ? "Working…" : `Confirm: ${noteActions[open].button.toLowerCase()}`}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
