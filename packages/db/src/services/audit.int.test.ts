import { describe, expect, it } from "vitest";
import { severalSessionsSkipReason, useTestDb } from "../testing";
import { appendAudit, GENESIS_HASH, listAudit, verifyAuditChain, type AuditActor } from "./audit";

const someone: AuditActor = { userId: null, label: "tester@test.local", via: "command" };

describe("the audit log", () => {
  const t = useTestDb();

  it("chains every entry to the one before and verifies", async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 0, lastHash: GENESIS_HASH });
    for (let i = 0; i < 5; i++) {
      await t.db.$transaction((tx) =>
        appendAudit(tx, someone, {
          action: "claim.save",
          entityType: "claim",
          entityId: `C9${i}`,
          // Keys in an order jsonb will not keep, a date and nested values: the hash must survive them.
          before: { z: 1, a: { y: [1, "two"], b: null } },
          after: { when: new Date("2024-03-28T10:00:00.123Z"), text: `<script>${i}</script>` },
        }),
      );
    }
    const rows = await t.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    expect(rows).toHaveLength(5);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    const result = await verifyAuditChain(t.db, { batchSize: 2 });
    expect(result).toMatchObject({ ok: true, entries: 5, lastHash: rows.at(-1)!.hash });
  });

  it.skipIf(t.kind === "embedded")(
    `keeps one chain when many transactions append at once (${severalSessionsSkipReason} on embedded)`,
    async () => {
      const before = await t.db.auditEntry.count();
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.db.$transaction(async (tx) => {
            await appendAudit(tx, someone, {
              action: "race",
              entityType: "test",
              entityId: `${i}`,
            });
            // Hold the transaction open a little so the appends really overlap.
            await tx.$executeRaw`SELECT pg_sleep(0.05)`;
          }),
        ),
      );
      expect(await t.db.auditEntry.count()).toBe(before + 8);
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    },
  );

  it("refuses to change or delete an entry", async () => {
    await expect(t.db.$executeRawUnsafe(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("names the first entry that was altered behind the triggers' back", async () => {
    const rows = await t.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    const victim = rows[2]!;
    // Only someone able to switch the triggers off can do this; the chain still tells.
    await t.db.$transaction([
      t.db.$executeRawUnsafe(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`),
      t.db.$executeRawUnsafe(
        `UPDATE audit_log SET after = '{"text":"rewritten"}' WHERE seq = ${victim.seq}`,
      ),
      t.db.$executeRawUnsafe(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`),
    ]);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: victim.seq.toString() });
    expect(result.ok ? "" : result.problem).toMatch(/changed/);
  });

  it("names the entry after one that was removed", async () => {
    const rows = await t.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    // Repair the altered entry's successor chain is irrelevant here: remove entry 4 and expect 5 to break.
    await t.db.$transaction([
      t.db.$executeRawUnsafe(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete`),
      t.db.$executeRawUnsafe(`DELETE FROM audit_log WHERE seq < ${rows[4]!.seq}`),
      t.db.$executeRawUnsafe(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_delete`),
    ]);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, entries: 1, brokenAt: rows[4]!.seq.toString() });
    expect(result.ok ? "" : result.problem).toMatch(/removed/);
  });

  it("lists newest first, with paging and filters", async () => {
    await t.db.$transaction(async (tx) => {
      for (const id of ["A1", "A2", "A3"]) {
        await appendAudit(tx, someone, {
          action: "actor.create",
          entityType: "actor",
          entityId: id,
        });
      }
    });
    const first = await listAudit(t.db, { entityType: "actor", limit: 2 });
    expect(first.items.map((i) => i.entityId)).toEqual(["A3", "A2"]);
    const second = await listAudit(t.db, {
      entityType: "actor",
      limit: 2,
      before: first.nextBefore,
    });
    expect(second.items.map((i) => i.entityId)).toEqual(["A1"]);
    expect(second.nextBefore).toBeNull();
  });
});
