import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNext } from "~/lib/safe-next";
import { currentSession } from "~/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[]; joined?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await currentSession()) redirect(next);
  return (
    <main id="main" className="narrow">
      <p className="brand">
        Arms Trail <span>editor</span>
      </p>
      <h1>Sign in</h1>
      {typeof params.joined === "string" && params.joined ? (
        <p className="notice" role="status">
          Your account is ready. Sign in with <span className="text">{params.joined}</span> and your
          new password.
        </p>
      ) : (
        <p className="lede">For the newsroom. Accounts are by invitation from an admin.</p>
      )}
      <SignInForm next={next} />
    </main>
  );
}
