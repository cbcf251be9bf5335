// Backup, restore and the audit head, through `pnpm armstrail-admin` run as a person would:
// a process of its own against a real database (PostgreSQL, or the embedded one).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendAudit, auditHead, type AuditActor } from "@armstrail/db";
import { freshTestDatabase, insertCase, sourceRecord, useTestDb } from "@armstrail/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { runAdminCli } from "./testing";

const someone: AuditActor = { userId: null, label: "tester@test.local", via: "command" };

// Each command is a process of its own that loads TypeScript: slow on a busy machine.
describe(
  "pnpm armstrail-admin backup, restore and verify-audit --head",
  { timeout: 180_000 },
  () => {
    const t = useTestDb();
    const dir = mkdtempSync(path.join(os.tmpdir(), "armstrail-backup-"));
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const drop of drops) await drop();
      rmSync(dir, { recursive: true, force: true });
    });
    const append = (n: number) =>
      t.db.$transaction(async (tx) => {
        for (let i = 0; i < n; i++) {
          await appendAudit(tx, someone, { action: "test", entityType: "test", entityId: `${i}` });
        }
      });

    it("verify-audit --head passes at the head or an earlier entry, saying how many followed", async () => {
      await insertCase(t.db, { sources: [sourceRecord()] });
      await append(3);
      const head = await auditHead(t.db);
      const atHead = runAdminCli(t.url, ["verify-audit", "--head", head.hash]);
      expect(atHead.stderr).toBe("");
      expect(atHead.status).toBe(0);
      expect(atHead.stdout).toMatch(/0 entries were written after it/);
      await append(2);
      const earlier = runAdminCli(t.url, ["verify-audit", "--head", head.hash.toUpperCase()]);
      expect(earlier.status).toBe(0);
      expect(earlier.stdout).toMatch(/2 entries were written after it/);
      const notAHash = runAdminCli(t.url, ["verify-audit", "--head", "abc"]);
      expect(notAHash.status).toBe(2);
      expect(notAHash.stderr).toMatch(/64 hexadecimal/);
    });

    it("verify-audit --head fails when the end of the chain was cut off", async () => {
      const published = await auditHead(t.db);
      const last = await t.db.auditEntry.findMany({ orderBy: { seq: "desc" }, take: 2 });
      // Past the triggers, as a superuser could: the two newest entries go.
      await t.db.$transaction([
        t.db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
        t.db.$executeRawUnsafe(`DELETE FROM audit_log WHERE seq >= ${last.at(-1)!.seq.toString()}`),
      ]);
      // The shorter chain is intact, so without the head the cut cannot be seen...
      expect(runAdminCli(t.url, ["verify-audit"]).status).toBe(0);
      // ...with it, it can.
      const cut = runAdminCli(t.url, ["verify-audit", "--head", published.hash]);
      expect(cut.status).toBe(1);
      expect(cut.stderr).toMatch(/BROKEN.*is not in the chain/);
    });

    it("backup --out and restore copy the database into a new one, whose audit log verifies", async () => {
      const file = path.join(dir, "armstrail.backup.gz");
      const head = await auditHead(t.db);
      const made = runAdminCli(t.url, ["backup", "--out", file]);
      expect(made.stderr).toBe("");
      expect(made.status).toBe(0);
      expect(made.stdout).toContain(head.hash);
      expect(existsSync(file)).toBe(true);
      expect(existsSync(`${file}.partial`)).toBe(false);

      const copy = await freshTestDatabase();
      drops.push(copy.drop);
      const restored = runAdminCli(copy.url, ["restore", file]);
      expect(restored.stderr).toBe("");
      expect(restored.status).toBe(0);
      expect(restored.stdout).toMatch(/Restored \d+ rows/);
      // Restoring ends with verify-audit against the backup's head.
      expect(restored.stdout).toContain(`Audit log intact: ${head.count} entries`);
      expect(restored.stdout).toContain(`The head ${head.hash} is entry`);

      const again = runAdminCli(copy.url, ["restore", file]);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/not empty[\s\S]*Nothing was restored/);
    });

    it("says what is missing when called wrongly", () => {
      expect(runAdminCli(t.url, ["backup"]).stderr).toMatch(/--out <file> is required/);
      const missing = runAdminCli(t.url, ["restore", path.join(dir, "no-such-file")]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/does not exist/);
    });
  },
);
