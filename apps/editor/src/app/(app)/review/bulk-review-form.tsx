"use client";
// The review queue's selection: tick records (or all shown), choose the action, apply. The
// form posts to a server function, so it works before (or without) JavaScript; the select-all
// box is the one thing that needs a script, and "Apply to all shown" does the same without.
import {
  type BulkAction,
  type ReviewItem,
  type ReviewStage,
  bulkKindWords,
} from "@armstrail/domain";
import Link from "next/link";
import { useActionState, useRef } from "react";
import { StatusBadge } from "~/components/status-badge";
import { reviewSelected, type BulkReviewState } from "./actions";

const actionWords: Record<BulkAction, string> = {
  submit: "Send to review",
  publish: "Publish (approve)",
  reject: "Reject",
};

const stageActions: Record<ReviewStage, BulkAction[]> = {
  to_submit: ["submit"],
  in_review: ["publish", "reject"],
};

function hrefOf(item: { kind: ReviewItem["kind"]; ref: string }): string | null {
  if (item.kind === "claim") return `/claims/${item.ref}`;
  if (item.kind === "story_block") return null;
  return `/entities/${item.kind}/${item.ref}`;
}

const valueOf = (i: ReviewItem) => `${i.kind}:${i.ref}:${i.version}`;

function Outcome({ state }: { state: BulkReviewState }) {
  if (state.kind === "idle") return null;
  if (state.kind === "refused")
    return (
      <div className="problem-summary" role="alert">
        <p>{state.message}</p>
      </div>
    );
  const { summary, items } = state.result;
  return (
    <section aria-labelledby="bulk-outcome" className="bulk-outcome" role="status">
      <h2 id="bulk-outcome">
        {summary.done} of {summary.total} done, {summary.refused} refused
      </h2>
      <p className="hint">
        Each record was decided on its own, in dependency order; a refusal changed nothing of that
        record and stopped nothing else.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => {
            const href = hrefOf(o);
            return (
              <tr key={`${o.kind}:${o.ref}`} data-outcome={o.outcome}>
                <td>
                  {bulkKindWords[o.kind].one} {href ? <Link href={href}>{o.ref}</Link> : o.ref}
                </td>
                <td>{o.outcome === "done" ? `Done: ${o.status.replace("_", " ")}` : "Refused"}</td>
                <td>{o.outcome === "refused" ? o.message : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function BulkReviewForm({ items, stage }: { items: ReviewItem[]; stage: ReviewStage }) {
  const [state, formAction, pending] = useActionState(reviewSelected, { kind: "idle" });
  const form = useRef<HTMLFormElement>(null);
  const toggleAll = (checked: boolean) => {
    for (const box of form.current?.querySelectorAll<HTMLInputElement>("input[name=item]") ?? [])
      box.checked = checked;
  };
  const actions = stageActions[stage];

  return (
    <>
      <Outcome state={state} />
      {items.length === 0 ? (
        <p className="empty-state">Nothing waits here.</p>
      ) : (
        <form action={formAction} ref={form} aria-label="Review many records">
          {items.map((i) => (
            <input key={valueOf(i)} type="hidden" name="shown" value={valueOf(i)} />
          ))}
          <table className="bulk-table">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select all shown"
                    onChange={(e) => toggleAll(e.currentTarget.checked)}
                  />
                </th>
                <th scope="col">Record</th>
                <th scope="col">Status</th>
                <th scope="col">What it says</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => {
                const href = hrefOf(i);
                const id = `pick-${i.kind}-${i.ref}`;
                return (
                  <tr key={valueOf(i)}>
                    <td>
                      <input id={id} type="checkbox" name="item" value={valueOf(i)} />
                    </td>
                    <td>
                      <label htmlFor={id}>
                        {bulkKindWords[i.kind].one} <span className="ref">{i.ref}</span>
                      </label>
                    </td>
                    <td>
                      <StatusBadge status={i.status as never} />
                      {i.published ? (
                        <span className="muted"> (a change to a published record)</span>
                      ) : null}
                    </td>
                    {/* The link is named by what the record says, not a row of "open"s. */}
                    <td>{href ? <Link href={href}>{i.label}</Link> : i.label}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="field">
            <label htmlFor="bulk-action">Action</label>
            <select id="bulk-action" name="action" defaultValue={actions[0]}>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {actionWords[a]}
                </option>
              ))}
            </select>
          </div>
          {stage === "in_review" ? (
            <div className="field">
              <label htmlFor="bulk-note">
                Note
                <span className="optional">
                  {" "}
                  (kept in each record&apos;s audit entry; a rejection must say why)
                </span>
              </label>
              <textarea id="bulk-note" name="note" rows={2} maxLength={5000} />
            </div>
          ) : null}
          <p className="actions">
            <button type="submit" name="scope" value="selected" disabled={pending}>
              Apply to selected
            </button>{" "}
            <button type="submit" name="scope" value="all" disabled={pending}>
              Apply to all {items.length} shown
            </button>
          </p>
        </form>
      )}
    </>
  );
}
