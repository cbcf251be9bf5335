import type { Metadata } from "next";
import { investigationChoices } from "~/server/investigations";
import { requireSession } from "~/server/session";
import { NewClaim } from "./new-claim";

export const metadata: Metadata = { title: "New claim" };

export default async function NewClaimPage() {
  await requireSession("/claims/new");
  // Every investigation a claim may belong to, drafts included: a claim may be drafted for
  // an investigation nobody reads yet.
  const investigations = await investigationChoices();
  return (
    <>
      <h1>New claim</h1>
      <p className="lede">
        Drafts are internal. When it is ready, send it to review: a fact-checker other than you
        decides.
      </p>
      <NewClaim investigations={investigations} />
    </>
  );
}
