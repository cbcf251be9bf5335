"use client";
import { type FormEvent, useState } from "react";
import { FormProblem, SubmitButton, TextArea } from "~/components/fields";
import { api, errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";
import { formatInstant } from "~/lib/words";

interface Comment {
  id: string;
  author: string;
  body: string;
  createdAt: string;
}

/** Internal discussion of a claim. Never public, and never makes anyone's save conflict. */
export function Comments({ claimId, comments }: { claimId: string; comments: Comment[] }) {
  const [body, setBody] = useState("");
  const add = useAction((text: string) => api.claim.comment.mutate({ id: claimId, body: text }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await add.run(body);
    if (r.ok) setBody("");
  }

  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">Comments (internal)</h2>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className="timeline">
          {comments.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.author}</strong> · {formatInstant(c.createdAt)}
              </p>
              <p className="text">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} aria-label="Add a comment">
        <FormProblem problem={add.problem} field="body" />
        <TextArea
          path="comment-body"
          label="Add a comment"
          hint="Only the newsroom sees comments."
          required
          rows={3}
          value={body}
          onChange={setBody}
          errors={errorsFor(add.problem, "body")}
        />
        <SubmitButton
          label="Add comment"
          pendingLabel="Adding…"
          pending={add.pending}
          primary={false}
        />
      </form>
    </section>
  );
}
