import "server-only";
import { startRevalidationWorker } from "@armstrail/db";
import { env } from "~/env";
import { db } from "./db";

let started = false;

export function startWorker() {
  if (started) return;
  const { EXPLAINER_URL, REVALIDATE_SECRET } = env();
  if (!EXPLAINER_URL || !REVALIDATE_SECRET) {
    console.warn(
      "EXPLAINER_URL or REVALIDATE_SECRET is not set: the explainer will not be told when claims are published (jobs wait in the outbox).",
    );
    return;
  }
  started = true;
  startRevalidationWorker(db(), { explainerUrl: EXPLAINER_URL, secret: REVALIDATE_SECRET });
}
