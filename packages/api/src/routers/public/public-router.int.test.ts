import { TRPCError } from "@trpc/server";
import { appendAudit, verifyAuditChain } from "@armstrail/db";
import {
  actorRecord,
  claimRecord,
  draftRecord,
  eventRecord,
  insertCase,
  sourceRecord,
  transferRecord,
  useTestDb,
} from "@armstrail/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createPublicCaller } from "../../callers";

async function trpcError(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("Expected the call to fail");
}

describe("publicRouter", () => {
  const t = useTestDb();
  const api = () => createPublicCaller(t.db);
  const source = sourceRecord({ publisher: "Associated Press" });
  const rajin = actorRecord({ name: "Rajin port", kind: "port", country: "KP" });
  const russia = actorRecord({ name: "Russian Federation", kind: "state", country: "RU" });
  const shells = transferRecord({
    supplierRef: rajin.ref,
    supplierNote: null,
    recipientRef: russia.ref,
    sourceRefs: [source.ref],
  });
  const evidence = [
    {
      sourceRef: source.ref,
      reliability: "B" as const,
      credibility: 1,
      supports: "Reported the vote.",
    },
  ];
  const claims = Array.from({ length: 5 }, (_, i) =>
    claimRecord({
      evidence,
      verdict: i % 2 ? "inaccurate" : "accurate",
      subjects: i === 0 ? [{ kind: "transfer", ref: shells.ref }] : [],
    }),
  );
  const draft = draftRecord({
    evidence,
    authorEmail: "writer@test.local",
    statement: "Unchecked: a draft about Vostochny",
  });
  const later = eventRecord({ date: "2024-03-28", title: "Veto" });
  const monthOnly = eventRecord({ date: "2024-03", title: "Month only" });
  const earlier = eventRecord({ date: "2023-09-13", title: "Summit" });

  beforeAll(async () => {
    await insertCase(t.db, {
      sources: [source],
      actors: [rajin, russia],
      transfers: [shells],
      events: [later, monthOnly, earlier],
      claims,
      drafts: [draft],
    });
  });

  it("claim.list pages through every published claim once, and never the draft", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof api>["claim"]["list"]>> =
        await api().claim.list({ limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.ref));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(claims.map((c) => c.ref));
    expect(seen).not.toContain(draft.ref);
  });

  it("claim.list filters by verdict and by transfer", async () => {
    const inaccurate = await api().claim.list({ verdict: "inaccurate" });
    expect(inaccurate.items.map((c) => c.ref)).toEqual([claims[1]!.ref, claims[3]!.ref]);
    const byTransfer = await api().claim.list({ transferRef: shells.ref });
    expect(byTransfer.items.map((c) => c.ref)).toEqual([claims[0]!.ref]);
  });

  it("claim.counts agrees with the list", async () => {
    const counts = await api().claim.counts({});
    expect(counts.total).toBe(5);
    expect(counts.byVerdict.accurate).toBe(3);
    expect(counts.byVerdict.inaccurate).toBe(2);
  });

  it("claim.byRef returns a published claim and NOT_FOUND for a draft or an unknown ref", async () => {
    const c = await api().claim.byRef({ ref: claims[1]!.ref });
    expect(c.verdict).toBe("inaccurate");
    expect(c.evidence[0]?.source.publisher).toBe("Associated Press");
    expect((await trpcError(api().claim.byRef({ ref: draft.ref }))).code).toBe("NOT_FOUND");
    expect((await trpcError(api().claim.byRef({ ref: "C9999" }))).code).toBe("NOT_FOUND");
  });

  it("bad input is BAD_REQUEST and names the field", async () => {
    const tooMany = await trpcError(api().claim.list({ limit: 101 }));
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(tooMany.message).toMatch(/limit/);
    const badId = await trpcError(api().claim.byId({ id: "not-a-uuid" }));
    expect(badId.code).toBe("BAD_REQUEST");
    expect(badId.message).toMatch(/UUID/);
    const wrongKind = await trpcError(api().actor.byRef({ ref: "C01" }));
    expect(wrongKind.code).toBe("BAD_REQUEST");
    const badVerdict = await trpcError(api().claim.list({ verdict: "false" as never }));
    expect(badVerdict.code).toBe("BAD_REQUEST");
  });

  it("audit.head publishes the chain's newest hash, its length and time, and nothing else", async () => {
    await t.db.$transaction((tx) =>
      appendAudit(
        tx,
        { userId: null, label: "someone@test.local", via: "command" },
        { action: "user.secret_thing", entityType: "user", entityId: "X1", after: { a: 1 } },
      ),
    );
    const newest = await t.db.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    const head = await api().audit.head();
    expect(head).toEqual({
      hash: newest.hash,
      count: await t.db.auditEntry.count(),
      at: newest.at.toISOString(),
    });
    const verified = await verifyAuditChain(t.db);
    expect(verified.ok && verified.lastHash).toBe(head.hash);
    expect(JSON.stringify(head)).not.toMatch(/someone|secret_thing|X1/);
  });

  it("an unknown id is NOT_FOUND", async () => {
    const err = await trpcError(api().actor.byId({ id: "0190f5a0-0000-7000-8000-000000000000" }));
    expect(err.code).toBe("NOT_FOUND");
  });

  it("event.list is the timeline in date order, a month before its days", async () => {
    const events = await api().event.list({});
    expect(events.items.map((e) => e.title)).toEqual(["Summit", "Month only", "Veto"]);
  });

  it("actor, transfer and source reads resolve their links", async () => {
    const transfer = await api().transfer.byRef({ ref: shells.ref });
    expect(transfer.supplier?.name).toBe("Rajin port");
    expect(transfer.recipient.ref).toBe(russia.ref);
    const actor = await api().actor.byRef({ ref: rajin.ref });
    expect(actor.kind).toBe("port");
    const src = await api().source.byRef({ ref: source.ref });
    expect(src.url).toBe(source.url);
  });

  it("transfer.list filters by actor and by sanction", async () => {
    const byActor = await api().transfer.list({ actorRef: rajin.ref });
    expect(byActor.items.map((x) => x.ref)).toEqual([shells.ref]);
    const byOther = await api().transfer.list({ actorRef: "A9999" });
    expect(byOther.items).toEqual([]);
    const bySanction = await api().transfer.list({ sanctionRef: "X9999" });
    expect(bySanction.items).toEqual([]);
  });

  it("story.get and corrections.list answer with published data only", async () => {
    expect((await api().story.get()).sections).toEqual([]);
    expect(await api().corrections.list()).toEqual([]);
  });

  it("a NUL byte in a search is a bad request, not a 500", async () => {
    const e = await trpcError(api().search({ query: "raj\u0000in" }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toMatch(/control characters/);
  });

  it("search finds published records and not the draft", async () => {
    const hits = await api().search({ query: "vostochny" });
    expect(hits.hits.map((h) => h.ref)).not.toContain(draft.ref);
    const rajinHits = await api().search({ query: "rajin" });
    expect(rajinHits.hits.map((h) => h.ref)).toContain(rajin.ref);
  });
});
