import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNext } from "~/lib/safe-next";
import { currentSession } from "~/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).next);
  if (await currentSession()) redirect(next);
  return (
    <main id="main" className="narrow">
      <p className="brand">
        Arms Trail <span>editor</span>
      </p>
      <h1>Sign in</h1>
      <p className="lede">For the newsroom. Accounts are by invitation from an admin.</p>
      <SignInForm next={next} />
    </main>
  );
}
