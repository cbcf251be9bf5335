// Counters for limits Better Auth cannot key itself (it counts per client address and
// path; we count sign-in failures per account, and per address the accounts that failed
// from it, since addresses are cheap to change). They live in their own table: Better Auth prunes its own by the longest
// window it knows of, which would cut a longer window of ours short. One statement per
// attempt, so concurrent attempts cannot all pass.
import type { Db } from "../client";

export interface RateRule {
  windowMs: number;
  max: number;
}

/** Counts one attempt against `key`; false when the limit for the current window is spent. */
export async function consumeRateLimit(
  db: Db,
  key: string,
  rule: RateRule,
  now = Date.now(),
): Promise<boolean> {
  const windowStart = BigInt(now - rule.windowMs);
  const at = BigInt(now);
  const expires = new Date(now + rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO attempt_counters (key, count, last_attempt, expires_at)
    VALUES (${key}, 1, ${at}, ${expires})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN attempt_counters.last_attempt <= ${windowStart}
                   THEN 1 ELSE attempt_counters.count + 1 END,
      -- A refused attempt does not move the window, so waiting it out always works.
      last_attempt = CASE WHEN attempt_counters.last_attempt > ${windowStart}
                           AND attempt_counters.count >= ${rule.max}
                          THEN attempt_counters.last_attempt ELSE ${at} END,
      expires_at = CASE WHEN attempt_counters.last_attempt > ${windowStart}
                         AND attempt_counters.count >= ${rule.max}
                        THEN attempt_counters.expires_at ELSE ${expires} END
    RETURNING count`;
  return (rows[0]?.count ?? 1) <= rule.max;
}

/**
 * Notes one attempt against `key` and says whether it is the first one in the window. The
 * window slides with every attempt, so a key that keeps being tried stays "seen".
 */
export async function isFirstAttempt(
  db: Db,
  key: string,
  windowMs: number,
  now = Date.now(),
): Promise<boolean> {
  const windowStart = BigInt(now - windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO attempt_counters (key, count, last_attempt, expires_at)
    VALUES (${key}, 1, ${BigInt(now)}, ${new Date(now + windowMs)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN attempt_counters.last_attempt <= ${windowStart} OR attempt_counters.count = 0
                   THEN 1 ELSE attempt_counters.count + 1 END,
      last_attempt = EXCLUDED.last_attempt,
      expires_at = EXCLUDED.expires_at
    RETURNING count`;
  return (rows[0]?.count ?? 1) === 1;
}

/**
 * Whether an attempt against `key` has already been refused in the current window (counts
 * nothing): `consumeRateLimit` lets `max` through and counts the refused ones on top.
 */
export async function isRateLimitSpent(
  db: Db,
  key: string,
  rule: RateRule,
  now = Date.now(),
): Promise<boolean> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count FROM attempt_counters
    WHERE key = ${key} AND last_attempt > ${BigInt(now - rule.windowMs)}`;
  return (rows[0]?.count ?? 0) > rule.max;
}

/** Forgets counters whose window has passed (indexed), so the table stays small. */
export async function pruneRateLimits(db: Db, now = Date.now()) {
  await db.$executeRaw`DELETE FROM attempt_counters WHERE expires_at < ${new Date(now)}`;
}

/** Gives back one attempt counted against `key`: it turned out to be legitimate. */
export async function refundRateLimit(db: Db, key: string) {
  await db.$executeRaw`UPDATE attempt_counters SET count = GREATEST(count - 1, 0) WHERE key = ${key}`;
}

/** Forgets everything counted against `key`. */
export async function clearRateLimit(db: Db, key: string) {
  await db.$executeRaw`DELETE FROM attempt_counters WHERE key = ${key}`;
}
