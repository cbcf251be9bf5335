// A token bucket per client address, in memory: each address may spend `perMinute` calls a
// minute, refilled continuously, with up to a minute's worth at once. Kept in one process,
// so the limit is per instance: several instances behind a balancer each allow as much.
// The table of addresses is bounded, so a flood of made-up addresses cannot grow it.

export interface RateLimiter {
  /** Spends `cost` calls of this address's allowance; says how long to wait if too few are left. */
  take(address: string, cost?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
  /** How many addresses it is keeping. */
  size(): number;
}

export function createRateLimiter({
  perMinute,
  maxAddresses = 10_000,
  now = Date.now,
}: {
  perMinute: number;
  maxAddresses?: number;
  now?: () => number;
}): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const level = (b: { tokens: number; at: number }, t: number) =>
    Math.min(perMinute, b.tokens + (t - b.at) * perMs);

  function makeRoom(t: number) {
    // A full bucket is the same as none: forget those. If that is not enough, forget the
    // fullest down to nine tenths of the table (sorted once per many new addresses), so the
    // addresses that spent the most are the last forgotten.
    for (const [address, b] of buckets) if (level(b, t) >= perMinute) buckets.delete(address);
    if (buckets.size < maxAddresses) return;
    const fullest = [...buckets].sort(([, a], [, b]) => level(b, t) - level(a, t));
    for (const [address] of fullest.slice(0, buckets.size - Math.floor(maxAddresses * 0.9)))
      buckets.delete(address);
  }

  return {
    take(address, cost = 1) {
      const t = now();
      let b = buckets.get(address);
      if (!b) {
        if (buckets.size >= maxAddresses) makeRoom(t);
        b = { tokens: perMinute, at: t };
        buckets.set(address, b);
      }
      b.tokens = level(b, t);
      b.at = t;
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((cost - b.tokens) / perMs / 1000)),
      };
    },
    size: () => buckets.size,
  };
}
