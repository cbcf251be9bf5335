"use client";
import { tokenScopeWords } from "@armstrail/domain";
import type { TokenScope } from "@armstrail/domain";
import { type FormEvent, useState } from "react";
import { SelectField, TextField, optionsOf } from "~/components/fields";
import { SecretForm, type Shown } from "~/components/one-time-secret";
import { api, errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";

/** Issues a token and shows its secret once: only a hash of it is stored. */
export function IssueToken({ people }: { people: { id: string; label: string }[] }) {
  const [userId, setUserId] = useState("");
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope | "">("read");
  const [shown, setShown] = useState<Shown | null>(null);
  const issue = useAction((input: { userId: string; name: string; scope: TokenScope }) =>
    api.admin.tokens.create.mutate(input),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await issue.run({ userId, name, scope: scope as TokenScope });
    if (r.ok) {
      setShown({
        message: (
          <>
            Token <strong className="text">{r.value.token.name}</strong> issued. Copy it now: it is
            not shown again.
          </>
        ),
        secret: r.value.secret,
        testId: "token-secret",
      });
      setName("");
    }
  }

  return (
    <SecretForm
      label="Issue a token"
      submitLabel="Issue token"
      pendingLabel="Issuing…"
      action={issue}
      onSubmit={submit}
      shown={shown}
    >
      <SelectField
        path="token-user"
        label="Acts as"
        required
        value={userId}
        options={people.map((p) => ({ value: p.id, label: p.label }))}
        onChange={setUserId}
        errors={errorsFor(issue.problem, "userId")}
      />
      <TextField
        path="token-name"
        label="Name"
        hint="What uses it, e.g. “nightly export”."
        required
        value={name}
        onChange={setName}
        errors={errorsFor(issue.problem, "name")}
      />
      <SelectField
        path="token-scope"
        label="Scope"
        required
        value={scope}
        options={optionsOf(tokenScopeWords)}
        onChange={setScope}
        errors={errorsFor(issue.problem, "scope")}
      />
    </SecretForm>
  );
}

export function RevokeToken({ id, name }: { id: string; name: string }) {
  const revoke = useAction(() => api.admin.tokens.revoke.mutate({ id }));
  return (
    <>
      Active{" "}
      <button
        type="button"
        className="danger"
        disabled={revoke.pending}
        onClick={() => void revoke.run(undefined)}
      >
        Revoke {name}
      </button>
      {revoke.problem ? (
        <span className="field-errors" role="alert">
          {revoke.problem.message}
        </span>
      ) : null}
    </>
  );
}
