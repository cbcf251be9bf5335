// A fixed-window counter in Better Auth's rate-limit table, for limits Better Auth cannot
// key itself (it counts per client address and path; we also count per account, since
// addresses are cheap to change). One statement, so concurrent attempts cannot all pass.
import { randomUUID } from "node:crypto";
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
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO auth_rate_limits (id, key, count, last_request)
    VALUES (${randomUUID()}::uuid, ${key}, 1, ${at})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN auth_rate_limits.last_request <= ${windowStart}
                   THEN 1 ELSE auth_rate_limits.count + 1 END,
      -- A refused attempt does not move the window, so waiting it out always works.
      last_request = CASE WHEN auth_rate_limits.last_request > ${windowStart}
                           AND auth_rate_limits.count >= ${rule.max}
                          THEN auth_rate_limits.last_request ELSE ${at} END
    RETURNING count`;
  return (rows[0]?.count ?? 1) <= rule.max;
}

/**
 * Gives back one attempt counted against `key` (an attempt that turned out to be
 * legitimate, such as a successful sign-in), or with `reset`, forgets the key's count.
 */
export async function refundRateLimit(db: Db, key: string, options: { reset?: boolean } = {}) {
  if (options.reset) {
    await db.$executeRaw`DELETE FROM auth_rate_limits WHERE key = ${key}`;
    return;
  }
  await db.$executeRaw`UPDATE auth_rate_limits SET count = GREATEST(count - 1, 0) WHERE key = ${key}`;
}
