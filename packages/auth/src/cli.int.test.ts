// The first-admin command, run as a person would: a separate process, password on stdin.
import { useTestDb } from "@armstrail/db/testing";
import { describe, expect, it } from "vitest";
import { runAdminCli, signInRequest, testAuth } from "./testing";

describe("pnpm armstrail-admin", () => {
  const t = useTestDb();
  const run = (args: string[], stdin = "") => runAdminCli(t.url, args, stdin);

  it("create-admin makes the first admin from a password on stdin, who can then sign in", async () => {
    const result = run(
      ["create-admin", "--email", "First@Example.org", "--name", "First Admin"],
      "a long admin password\n",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "first@example.org" } });
    expect(user).toMatchObject({ role: "admin", active: true, name: "First Admin" });
    const response = await testAuth(t.db).handler(
      signInRequest("first@example.org", "a long admin password"),
    );
    expect(response.status).toBe(200);
    const entry = await t.db.auditEntry.findFirstOrThrow({
      where: { action: "user.create_admin" },
    });
    expect(entry).toMatchObject({ via: "command", entityId: user.id });
    expect(JSON.stringify(entry.after)).not.toContain("a long admin password");
  });

  it("refuses once an active admin exists", async () => {
    const result = run(
      ["create-admin", "--email", "second@example.org", "--name", "Second"],
      "another long password",
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
    expect(await t.db.user.count({ where: { email: "second@example.org" } })).toBe(0);
  });

  it("refuses a short or missing password, and a missing email", () => {
    const short = run(["create-admin", "--email", "x@example.org", "--name", "X"], "short\n");
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 12/);
    const empty = run(["create-admin", "--email", "x@example.org", "--name", "X"], "");
    expect(empty.status).toBe(2);
    const noEmail = run(["create-admin", "--name", "X"], "a long admin password");
    expect(noEmail.status).toBe(2);
    expect(noEmail.stderr).toMatch(/--email/);
  });

  it("verify-audit passes on an intact chain and fails on a tampered one", async () => {
    const ok = run(["verify-audit"]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/intact/);
    // Go around the append-only triggers, as someone with direct database access could.
    await t.db.$executeRawUnsafe("ALTER TABLE audit_log DISABLE TRIGGER USER");
    await t.db.$executeRawUnsafe(
      "UPDATE audit_log SET actor_label = 'someone else' WHERE seq = (SELECT min(seq) FROM audit_log)",
    );
    await t.db.$executeRawUnsafe("ALTER TABLE audit_log ENABLE TRIGGER USER");
    const broken = run(["verify-audit"]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/BROKEN/);
  });
});
