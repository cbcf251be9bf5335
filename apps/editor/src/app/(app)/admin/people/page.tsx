import type { Metadata } from "next";
import { Refused } from "~/components/refused";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { InviteForm, InviteRow, PersonRow } from "./people-tools";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const session = await requireSession("/admin/people");
  const api = await editorApi();
  const users = await load(() => api.admin.users.list());
  if (!users.ok) return <Refused title="People" problem={users} />;
  const invites = await load(() => api.admin.invites.list());

  return (
    <>
      <h1>People</h1>
      <p className="lede">
        People join by invitation. Roles: contributors draft; fact-checkers review and approve;
        editors also retract, correct and publish the story; admins manage people.
      </p>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">Invite someone</h2>
        <InviteForm />
      </section>
      <section aria-labelledby="people-title">
        <h2 id="people-title">Accounts</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {users.value.map((u) => (
                <PersonRow key={u.id} person={u} isMe={u.id === session.id} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {invites.ok ? (
        <section aria-labelledby="invites-title">
          <h2 id="invites-title">Invitations</h2>
          {invites.value.length === 0 ? (
            <p className="muted">No invitations yet.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {invites.value.map((i) => (
                    <InviteRow key={i.id} invite={i} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
