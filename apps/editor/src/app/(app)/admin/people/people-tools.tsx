"use client";
import { roleWords } from "@armstrail/domain";
import type { Role } from "@armstrail/domain";
import { type FormEvent, useState } from "react";
import { SelectField, TextField, optionsOf } from "~/components/fields";
import { SecretForm, type Shown } from "~/components/one-time-secret";
import { api, errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";
import { formatInstant } from "~/lib/words";

interface Person {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  canSignIn: boolean;
}

interface Invite {
  id: string;
  email: string;
  role: Role;
  status: "pending" | "accepted" | "expired" | "revoked";
  expiresAt: string;
}

/** Creates an invitation and shows its one-time link, once: only its hash is stored. */
export function InviteForm() {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role | "">("contributor");
  const [shown, setShown] = useState<Shown | null>(null);
  const create = useAction((input: { email: string; role: Role }) =>
    api.admin.invites.create.mutate(input),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await create.run({ email, role: role as Role });
    if (r.ok) {
      setShown({
        message: (
          <>
            Invitation for <strong>{r.value.invite.email}</strong> created. Send them this link; it
            works once and is not shown again:
          </>
        ),
        secret: `${window.location.origin}/invite/${r.value.token}`,
        testId: "invite-link",
      });
      setEmail("");
    }
  }

  return (
    <SecretForm
      label="Invite someone"
      submitLabel="Create invitation"
      pendingLabel="Creating…"
      action={create}
      onSubmit={submit}
      shown={shown}
    >
      <TextField
        path="invite-email"
        label="Email"
        type="email"
        required
        value={email}
        onChange={setEmail}
        errors={errorsFor(create.problem, "email")}
      />
      <SelectField
        path="invite-role"
        label="Role"
        required
        value={role}
        options={optionsOf(roleWords)}
        onChange={setRole}
        errors={errorsFor(create.problem, "role")}
      />
    </SecretForm>
  );
}

export function PersonRow({ person, isMe }: { person: Person; isMe: boolean }) {
  const [role, setRole] = useState<Role | "">(person.role);
  const setRoleAction = useAction((r: Role) =>
    api.admin.users.setRole.mutate({ userId: person.id, role: r }),
  );
  const setActive = useAction((active: boolean) =>
    api.admin.users.setActive.mutate({ userId: person.id, active }),
  );
  const problem = setRoleAction.problem ?? setActive.problem;
  return (
    <tr>
      <th scope="row">
        <span className="text">{person.name}</span>
        <br />
        <span className="muted">{person.email}</span>
        {isMe ? <span className="tag">you</span> : null}
      </th>
      <td>
        <div className="row-inline">
          <SelectField
            path={`role-${person.id}`}
            label={`Role of ${person.name}`}
            required
            value={role}
            options={optionsOf(roleWords)}
            onChange={setRole}
          />
          <button
            type="button"
            disabled={setRoleAction.pending || role === person.role || role === ""}
            onClick={() => void setRoleAction.run(role as Role)}
          >
            Change role
          </button>
        </div>
      </td>
      <td>
        {person.active ? "Active" : "Deactivated"}
        {person.canSignIn ? "" : " (cannot sign in)"}{" "}
        <button
          type="button"
          className={person.active ? "danger" : undefined}
          disabled={setActive.pending || isMe}
          onClick={() => void setActive.run(!person.active)}
        >
          {person.active ? `Deactivate ${person.name}` : `Reactivate ${person.name}`}
        </button>
        {problem ? (
          <p className="field-errors" role="alert">
            {problem.message}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

export function InviteRow({ invite }: { invite: Invite }) {
  const revoke = useAction(() => api.admin.invites.revoke.mutate({ id: invite.id }));
  return (
    <tr>
      <th scope="row" className="text">
        {invite.email}
      </th>
      <td>{roleWords[invite.role]}</td>
      <td>
        {invite.status}
        {invite.status === "pending" ? (
          <span className="muted"> (until {formatInstant(invite.expiresAt)})</span>
        ) : null}
      </td>
      <td>
        {invite.status === "pending" ? (
          <button
            type="button"
            className="danger"
            disabled={revoke.pending}
            onClick={() => void revoke.run(undefined)}
          >
            Revoke
          </button>
        ) : null}
        {revoke.problem ? (
          <span className="field-errors" role="alert">
            {revoke.problem.message}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
