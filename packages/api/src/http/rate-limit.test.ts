import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("lets an address spend a minute's calls at once, then refills it over the minute", () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 60, now: () => t });
    expect(limiter.take("203.0.113.1", 50)).toEqual({ ok: true });
    expect(limiter.take("203.0.113.1", 10)).toEqual({ ok: true });
    expect(limiter.take("203.0.113.1")).toEqual({ ok: false, retryAfterSeconds: 1 });
    // Another address has its own allowance.
    expect(limiter.take("203.0.113.2", 60)).toEqual({ ok: true });
    t += 5_000; // five calls' worth
    expect(limiter.take("203.0.113.1", 10)).toEqual({ ok: false, retryAfterSeconds: 5 });
    expect(limiter.take("203.0.113.1", 5)).toEqual({ ok: true });
    t += 10 * 60_000; // never more than a minute's worth
    expect(limiter.take("203.0.113.1", 61).ok).toBe(false);
    expect(limiter.take("203.0.113.1", 60).ok).toBe(true);
  });

  it("keeps at most maxAddresses, forgetting full buckets first, so a flood cannot grow it", () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 60, maxAddresses: 100, now: () => t });
    expect(limiter.take("hammering", 60)).toEqual({ ok: true });
    for (let i = 0; i < 1000; i++) {
      limiter.take(`198.51.100.${i}`);
      t += 1;
      expect(limiter.size()).toBeLessThanOrEqual(100);
    }
    // Made-up addresses could not push out the one that spent its allowance a second ago.
    expect(limiter.take("hammering", 2).ok).toBe(false);
  });
});
