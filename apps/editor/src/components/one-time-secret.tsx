// The admin forms that make a secret (an invitation link, an API token) share one shape:
// the fields, a submit button, and afterwards the secret, shown this once because only a
// hash of it is stored.
import type { FormEvent, ReactNode } from "react";
import type { Problem } from "~/lib/trpc";
import { FormProblem, SubmitButton } from "./fields";

export interface Shown {
  /** What was made, in a sentence that tells the admin what to do with the secret. */
  message: ReactNode;
  secret: string;
  testId: string;
}

/** The secret just made, in a status region so a screen reader announces it. */
export function OneTimeSecret({ shown }: { shown: Shown }) {
  return (
    <div className="notice" role="status">
      <p>{shown.message}</p>
      <code className="secret" data-testid={shown.testId}>
        {shown.secret}
      </code>
    </div>
  );
}

export function SecretForm({
  label,
  submitLabel,
  pendingLabel,
  action,
  onSubmit,
  shown,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
  /** The useAction state of the call that makes the secret. */
  action: { pending: boolean; problem: Problem | null };
  onSubmit: (e: FormEvent) => void;
  shown: Shown | null;
  children: ReactNode;
}) {
  return (
    <>
      {shown ? <OneTimeSecret shown={shown} /> : null}
      <FormProblem problem={action.problem} />
      <form onSubmit={onSubmit} className="grid-2" aria-label={label}>
        {children}
        <div>
          <SubmitButton label={submitLabel} pendingLabel={pendingLabel} pending={action.pending} />
        </div>
      </form>
    </>
  );
}
