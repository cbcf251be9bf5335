// Telling the explainer that published data changed. A job is written in the same
// transaction as the change (so a committed approval always has its notice), and delivered
// after commit; if the explainer is down, the job waits and is retried with backoff. The
// approval itself never depends on the explainer being up.
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient | Db;

export interface RevalidationTarget {
  /** The explainer's base address, e.g. http://localhost:3000 */
  explainerUrl: string;
  /** The bearer secret its /api/revalidate endpoint expects. */
  secret: string;
  /** Replaceable in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Give up on one attempt after this long. */
  timeoutMs?: number;
}

/** Queues a notice. `paths` names what changed, for the log; the explainer expires its whole published cache. */
export async function enqueueRevalidation(
  tx: Tx,
  reason: string,
  paths: readonly string[],
): Promise<void> {
  await tx.revalidationJob.create({ data: { reason, paths: [...paths] } });
}

/** Seconds to wait before attempt n+1: 1, 2, 4 ... capped at five minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(300, 2 ** Math.max(0, attempts - 1));
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
}

/**
 * Delivers every job that is due. Jobs are claimed with FOR UPDATE SKIP LOCKED, so several
 * app instances (or an overlapping timer tick) never send one job twice at once.
 */
export async function deliverRevalidations(
  db: Db,
  target: RevalidationTarget,
  limit = 20,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, failed: 0 };
  const doFetch = target.fetch ?? fetch;
  for (let i = 0; i < limit; i++) {
    const done = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; attempts: number }[]>`
        SELECT id::text AS id, attempts FROM revalidation_outbox
        WHERE delivered_at IS NULL AND next_attempt_at <= now()
        ORDER BY created_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      const job = due[0];
      if (!job) return false;
      let error: string | null = null;
      try {
        const res = await doFetch(new URL("/api/revalidate", target.explainerUrl), {
          method: "POST",
          headers: { authorization: `Bearer ${target.secret}` },
          signal: AbortSignal.timeout(target.timeoutMs ?? 5000),
        });
        if (!res.ok) error = `The explainer answered ${res.status}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const attempts = job.attempts + 1;
      await tx.revalidationJob.update({
        where: { id: job.id },
        data: error
          ? {
              attempts,
              lastError: error.slice(0, 500),
              nextAttemptAt: new Date(Date.now() + backoffSeconds(attempts) * 1000),
            }
          : { attempts, deliveredAt: new Date(), lastError: null },
      });
      if (error) report.failed++;
      else report.delivered++;
      return true;
    });
    if (!done) break;
  }
  return report;
}

/** Jobs still waiting, oldest first: what the admin page shows when the explainer is down. */
export async function pendingRevalidations(db: Db) {
  return db.revalidationJob.findMany({
    where: { deliveredAt: null },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
}

/**
 * Polls for due notices every `intervalMs` until stopped. One tick at a time: a slow
 * explainer never stacks up overlapping deliveries. Errors are reported, never thrown,
 * so the app that runs the worker keeps running.
 */
export function startRevalidationWorker(
  db: Db,
  target: RevalidationTarget,
  { intervalMs = 1000, onError = (e: unknown) => console.error("revalidation worker:", e) } = {},
): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    running = deliverRevalidations(db, target)
      .then(() => undefined)
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
