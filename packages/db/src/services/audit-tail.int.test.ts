// The end of the audit chain: a cut tail leaves a shorter chain that is still intact, so the
// table refuses TRUNCATE, and a head hash recorded elsewhere must be found in the chain.
import type { AuditHead } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { insertCase, sourceRecord, useTestDb } from "../testing";
import { appendAudit, auditHead, GENESIS_HASH, verifyAuditChain, type AuditActor } from "./audit";

const someone: AuditActor = { userId: null, label: "tester@test.local", via: "command" };

describe("the audit chain's tail", () => {
  const t = useTestDb();

  const append = (n: number) =>
    t.db.$transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        await appendAudit(tx, someone, {
          action: "test.tail",
          entityType: "test",
          entityId: `${i}`,
        });
      }
    });

  it("publishes the genesis hash while the log is empty", async () => {
    expect(await auditHead(t.db)).toEqual({ hash: GENESIS_HASH, count: 0, at: null });
  });

  it("refuses TRUNCATE, alone or among other tables (which are then kept too)", async () => {
    await insertCase(t.db, { sources: [sourceRecord()] });
    await append(3);
    await expect(t.db.$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe("TRUNCATE sources, audit_log CASCADE")).rejects.toThrow(
      /append-only/,
    );
    expect(await t.db.auditEntry.count()).toBe(3);
    expect(await t.db.source.count()).toBe(1);
  });

  let published: AuditHead;

  it("names the newest entry as the head, and verifies against it", async () => {
    published = await auditHead(t.db);
    const newest = await t.db.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(published).toEqual({ hash: newest.hash, count: 3, at: newest.at.toISOString() });
    expect(await verifyAuditChain(t.db, { head: published.hash })).toMatchObject({
      ok: true,
      entries: 3,
      head: { hash: newest.hash, seq: newest.seq.toString(), followedBy: 0 },
    });
  });

  it("accepts an earlier head and counts the entries written since", async () => {
    await append(2);
    expect(await verifyAuditChain(t.db, { head: published.hash })).toMatchObject({
      ok: true,
      entries: 5,
      head: { hash: published.hash, followedBy: 2 },
    });
    expect(await verifyAuditChain(t.db, { head: GENESIS_HASH })).toMatchObject({
      ok: true,
      head: { seq: null, followedBy: 5 },
    });
  });

  it("catches a tail cut off behind the triggers' back, which the chain alone cannot", async () => {
    // Someone with a superuser's access removes the newest three entries, past the triggers.
    const newest = await t.db.auditEntry.findMany({ orderBy: { seq: "desc" }, take: 3 });
    await t.db.$transaction([
      t.db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      t.db.$executeRawUnsafe(`DELETE FROM audit_log WHERE seq >= ${newest.at(-1)!.seq.toString()}`),
    ]);
    // What remains is a perfect chain of two entries...
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 2 });
    // ...but not one that reaches the head published before the cut.
    const result = await verifyAuditChain(t.db, { head: published.hash });
    expect(result).toMatchObject({ ok: false, entries: 2 });
    expect(result.ok ? "" : result.problem).toMatch(/not in the chain/);
    // A hash from another chain altogether is refused the same way.
    expect((await verifyAuditChain(t.db, { head: "f".repeat(64) })).ok).toBe(false);
  });
});
