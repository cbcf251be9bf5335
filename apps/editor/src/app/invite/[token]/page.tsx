import { roleWords } from "@armstrail/domain";
import type { Metadata } from "next";
import { editorApi, load } from "~/server/api";
import { AcceptInvite } from "./accept-invite";

export const metadata: Metadata = { title: "Join the newsroom", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const api = await editorApi();
  const invite = await load(() => api.invite.inspect({ token }));
  return (
    <main id="main" className="narrow">
      <p className="brand">
        Arms Trail <span>editor</span>
      </p>
      <h1>Join the newsroom</h1>
      {invite.ok ? (
        <>
          <p className="lede">
            You are invited as <strong>{roleWords[invite.value.role].toLowerCase()}</strong> with
            the address <strong className="text">{invite.value.email}</strong>. Choose your name as
            colleagues will see it, and a password of at least 12 characters.
          </p>
          <AcceptInvite token={token} email={invite.value.email} />
        </>
      ) : (
        <div className="problem" role="alert">
          <p>
            This invitation link cannot be used: it has been used already, has expired or was
            revoked.
          </p>
          <p>Ask an admin for a new one.</p>
        </div>
      )}
    </main>
  );
}
