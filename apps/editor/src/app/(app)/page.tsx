import { may } from "@armstrail/domain";
import { redirect } from "next/navigation";
import { requireSession } from "~/server/session";

/** Reviewers start at the queue; contributors at their claims. */
export default async function Home() {
  const session = await requireSession();
  redirect(may(session.role, "review") ? "/review" : "/claims");
}
