// Talks to a real HTTP server running the public router on a real database.
import type { AddressInfo } from "node:net";
import { publicRouter } from "@armstrail/api";
import { MAX_BATCH_SIZE } from "@armstrail/api/http";
import {
  claimRecord,
  draftRecord,
  insertCase,
  sourceRecord,
  useTestDb,
} from "@armstrail/db/testing";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCClientError, createPublicClient } from "../src/index";

describe("@armstrail/client against a running server", () => {
  const t = useTestDb();
  const source = sourceRecord();
  const evidence = [
    {
      sourceRef: source.ref,
      reliability: "A" as const,
      credibility: 1,
      supports: "The record of the vote.",
    },
  ];
  const claim = claimRecord({
    verdict: "inaccurate",
    statement: "The veto came on 25 March",
    evidence,
  });
  const draft = draftRecord({ evidence, authorEmail: "writer@test.local" });
  let server: ReturnType<typeof createHTTPServer>;
  let baseUrl = "";

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source], claims: [claim], drafts: [draft] });
    server = createHTTPServer({
      router: publicRouter,
      basePath: "/api/trpc/",
      // As the apps serve it: larger batches are refused.
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: () => ({ db: t.db, session: null }),
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads a published claim by ref, typed end to end", async () => {
    const client = createPublicClient({ baseUrl });
    const c = await client.claim.byRef.query({ ref: claim.ref });
    expect(c.verdict).toBe("inaccurate");
    expect(c.evidence[0]?.grade).toBe("A1");
  });

  it("gets NOT_FOUND for a draft and BAD_REQUEST naming the field for bad input", async () => {
    const client = createPublicClient({ baseUrl });
    const notFound = await client.claim.byRef.query({ ref: draft.ref }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(TRPCClientError);
    expect((notFound as TRPCClientError<never>).data).toMatchObject({
      code: "NOT_FOUND",
      httpStatus: 404,
    });
    const bad = await client.claim.list.query({ limit: 500 }).catch((e: unknown) => e);
    expect((bad as TRPCClientError<never>).data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { limit: [expect.stringMatching(/at most 100/)] },
    });
  });

  /** A client that counts the HTTP requests it makes. */
  function countingClient() {
    let requests = 0;
    const client = createPublicClient({
      baseUrl,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    return { client, requests: () => requests };
  }

  it("batches several calls into one request", async () => {
    const { client, requests } = countingClient();
    const [list, one] = await Promise.all([
      client.claim.list.query({}),
      client.claim.byRef.query({ ref: claim.ref }),
    ]);
    expect(list.items).toHaveLength(1);
    expect(one.ref).toBe(claim.ref);
    expect(requests()).toBe(1);
  });

  it("splits a burst of calls into batches the server accepts", async () => {
    const { client, requests } = countingClient();
    const calls = 2 * MAX_BATCH_SIZE + 5;
    const all = await Promise.all(
      Array.from({ length: calls }, () => client.claim.byRef.query({ ref: claim.ref })),
    );
    expect(all.every((c) => c.ref === claim.ref)).toBe(true);
    expect(requests()).toBe(Math.ceil(calls / MAX_BATCH_SIZE));
  });
});
