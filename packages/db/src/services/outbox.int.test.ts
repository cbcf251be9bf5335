import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../testing";
import {
  backoffSeconds,
  deliverRevalidations,
  enqueueRevalidation,
  startRevalidationWorker,
} from "./outbox";

describe("revalidation outbox", () => {
  const t = useTestDb();
  const calls: string[] = [];
  let status = 200;
  let server: Server;
  let url = "";

  beforeAll(async () => {
    // A stand-in explainer: a real HTTP server that records what it was told.
    server = createServer((req, res) => {
      calls.push(`${req.method} ${req.url} ${req.headers.authorization ?? "(no auth)"}`);
      res.writeHead(status).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("keeps a notice when the explainer is down and delivers it once it is back", async () => {
    await t.db.$transaction((tx) =>
      enqueueRevalidation(tx, "claim C900 approved", ["/claims/C900"]),
    );

    // Nothing listens on this port: the attempt fails, the job stays with a later retry time.
    const down = await deliverRevalidations(t.db, {
      explainerUrl: "http://127.0.0.1:9",
      secret: "s",
      timeoutMs: 1000,
    });
    expect(down).toEqual({ delivered: 0, failed: 1 });
    const waiting = await t.db.revalidationJob.findFirstOrThrow();
    expect(waiting.deliveredAt).toBeNull();
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: nothing is sent.
    expect(await deliverRevalidations(t.db, { explainerUrl: url, secret: "s3cret" })).toEqual({
      delivered: 0,
      failed: 0,
    });
    expect(calls).toEqual([]);

    // Due again (as after the backoff): delivered with the bearer secret, exactly once.
    await t.db.revalidationJob.updateMany({ data: { nextAttemptAt: new Date(0) } });
    expect(await deliverRevalidations(t.db, { explainerUrl: url, secret: "s3cret" })).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(calls).toEqual(["POST /api/revalidate Bearer s3cret"]);
    const done = await t.db.revalidationJob.findFirstOrThrow();
    expect(done.deliveredAt).not.toBeNull();
    expect(done.attempts).toBe(2);
    expect(await deliverRevalidations(t.db, { explainerUrl: url, secret: "s3cret" })).toEqual({
      delivered: 0,
      failed: 0,
    });
  });

  it("treats a refusal (e.g. a wrong secret) as a failure to retry, not a delivery", async () => {
    status = 401;
    await enqueueRevalidation(t.db, "story published", ["/"]);
    expect(await deliverRevalidations(t.db, { explainerUrl: url, secret: "wrong" })).toEqual({
      delivered: 0,
      failed: 1,
    });
    const job = await t.db.revalidationJob.findFirstOrThrow({
      where: { reason: "story published" },
    });
    expect(job.lastError).toMatch(/401/);
  });

  it("runs as a background worker that delivers what is queued after it started", async () => {
    status = 200;
    calls.length = 0;
    const worker = startRevalidationWorker(
      t.db,
      { explainerUrl: url, secret: "w" },
      { intervalMs: 50 },
    );
    try {
      await enqueueRevalidation(t.db, "claim C901 retracted", ["/claims/C901", "/corrections"]);
      await expect
        .poll(
          async () =>
            (await t.db.revalidationJob.findFirst({ where: { reason: "claim C901 retracted" } }))
              ?.deliveredAt,
          { timeout: 10_000 },
        )
        .not.toBeNull();
      expect(calls).toContain("POST /api/revalidate Bearer w");
    } finally {
      await worker.stop();
    }
  });

  it("backs off exponentially, capped at five minutes", () => {
    expect([1, 2, 3, 4, 10, 20].map(backoffSeconds)).toEqual([1, 2, 4, 8, 300, 300]);
  });
});
