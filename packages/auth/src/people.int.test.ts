// Invitations, people and API tokens, end to end through Better Auth's handler and
// resolveCaller, on a real database.
import {
  acceptInvite,
  auditActorOf,
  createInvite,
  inspectInvite,
  issueApiToken,
  resolveApiToken,
  revokeApiToken,
  revokeInvite,
  setPersonActive,
  setPersonRole,
  verifyAuditChain,
  type SessionUser,
} from "@armstrail/db";
import { insertCase, testAccounts, useTestDb } from "@armstrail/db/testing";
import { hashPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveCaller } from "./caller";
import { cookieHeader, givePassword, signInRequest, testAuth } from "./testing";

const PASSWORD = "correct horse battery";

describe("people, invitations and API tokens", () => {
  const t = useTestDb();
  let admin: SessionUser;
  const adminActor = () => ({ ...auditActorOf(admin), userId: admin.id });

  beforeAll(async () => {
    await insertCase(t.db, {});
    for (const a of testAccounts) await givePassword(t.db, a.email, PASSWORD);
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "admin@test.local" } });
    admin = { id: row.id, name: row.name, email: row.email, role: row.role, via: "session" };
  });

  async function userId(email: string) {
    return (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
  }

  /** Every column of every table as text contains `needle` nowhere. */
  async function storedAnywhere(needle: string): Promise<string[]> {
    const tables = await t.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const found: string[] = [];
    for (const { table_name } of tables) {
      const rows = await t.db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "${table_name}" t WHERE t::text LIKE '%' || $1 || '%'`,
        needle,
      );
      if (Number(rows[0]?.n ?? 0) > 0) found.push(table_name);
    }
    return found;
  }

  describe("invitations", () => {
    it("an invited person accepts, then signs in with the new password", async () => {
      const { invite, token } = await createInvite(t.db, adminActor(), {
        email: "New.Person@Test.local",
        role: "fact_checker",
      });
      expect(invite).toMatchObject({ email: "new.person@test.local", status: "pending" });
      expect(new Date(invite.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
      expect(await storedAnywhere(token)).toEqual([]);
      expect(await inspectInvite(t.db, token)).toMatchObject({
        email: "new.person@test.local",
        role: "fact_checker",
      });

      const person = await acceptInvite(t.db, {
        token,
        name: "New Person",
        passwordHash: await hashPassword("a brand new password"),
      });
      expect(person).toMatchObject({ role: "fact_checker", active: true, canSignIn: true });

      const auth = testAuth(t.db);
      const response = await auth.handler(
        signInRequest("new.person@test.local", "a brand new password"),
      );
      expect(response.status).toBe(200);
      const caller = await resolveCaller(
        auth,
        t.db,
        new Headers({ cookie: cookieHeader(response) }),
      );
      expect(caller).toMatchObject({ email: "new.person@test.local", role: "fact_checker" });

      // Single use.
      await expect(
        acceptInvite(t.db, { token, name: "Someone Else", passwordHash: "x:y" }),
      ).rejects.toThrow(/already been used/);
      await expect(inspectInvite(t.db, token)).rejects.toThrow(/already been used/);
      expect(await t.db.user.count({ where: { email: "new.person@test.local" } })).toBe(1);
    });

    it("an expired invitation is refused and creates nobody", async () => {
      const longAgo = new Date(Date.now() - 8 * 86_400_000);
      const { token } = await createInvite(
        t.db,
        adminActor(),
        { email: "late@test.local", role: "contributor" },
        longAgo,
      );
      await expect(inspectInvite(t.db, token)).rejects.toThrow(/expired/);
      await expect(
        acceptInvite(t.db, { token, name: "Late", passwordHash: "x:y" }),
      ).rejects.toThrow(/expired/);
      expect(await t.db.user.count({ where: { email: "late@test.local" } })).toBe(0);
    });

    it("a revoked invitation is refused", async () => {
      const { invite, token } = await createInvite(t.db, adminActor(), {
        email: "withdrawn@test.local",
        role: "contributor",
      });
      expect((await revokeInvite(t.db, adminActor(), invite.id)).status).toBe("revoked");
      await expect(
        acceptInvite(t.db, { token, name: "Withdrawn", passwordHash: "x:y" }),
      ).rejects.toThrow(/withdrawn/);
    });

    it("an unknown link is refused, and an existing account cannot be invited again", async () => {
      await expect(inspectInvite(t.db, "x".repeat(43))).rejects.toThrow(/No invitation/);
      await expect(
        createInvite(t.db, adminActor(), { email: "writer@test.local", role: "admin" }),
      ).rejects.toThrow(/already has an account/);
    });
  });

  describe("people", () => {
    it("deactivating someone ends their sessions; reactivating lets them sign in again", async () => {
      const auth = testAuth(t.db);
      const signedIn = await auth.handler(signInRequest("editor@test.local", PASSWORD));
      const cookie = new Headers({ cookie: cookieHeader(signedIn) });
      const editorId = await userId("editor@test.local");
      expect(await resolveCaller(auth, t.db, cookie)).not.toBeNull();

      await setPersonActive(t.db, adminActor(), editorId, false);
      expect(await t.db.session.count({ where: { userId: editorId } })).toBe(0);
      expect(await resolveCaller(auth, t.db, cookie)).toBeNull();
      expect((await auth.handler(signInRequest("editor@test.local", PASSWORD))).status).toBe(403);

      await setPersonActive(t.db, adminActor(), editorId, true);
      expect((await auth.handler(signInRequest("editor@test.local", PASSWORD))).status).toBe(200);
    });

    it("changes a role, and the change shows on the next request", async () => {
      const auth = testAuth(t.db);
      const signedIn = await auth.handler(signInRequest("writer@test.local", PASSWORD));
      const cookie = new Headers({ cookie: cookieHeader(signedIn) });
      const writerId = await userId("writer@test.local");
      await setPersonRole(t.db, adminActor(), writerId, "fact_checker");
      expect(await resolveCaller(auth, t.db, cookie)).toMatchObject({ role: "fact_checker" });
      await setPersonRole(t.db, adminActor(), writerId, "contributor");
    });

    it("nobody demotes or deactivates themselves or the last active admin", async () => {
      await expect(setPersonRole(t.db, adminActor(), admin.id, "editor")).rejects.toThrow(
        /your own account/,
      );
      await expect(setPersonActive(t.db, adminActor(), admin.id, false)).rejects.toThrow(
        /your own account/,
      );
      // A second admin may not remove the only other one when that leaves none.
      const editorId = await userId("editor@test.local");
      await setPersonRole(t.db, adminActor(), editorId, "admin");
      const second = { userId: editorId, label: "editor@test.local", via: "session" };
      await setPersonActive(t.db, adminActor(), editorId, false);
      await expect(setPersonRole(t.db, second, admin.id, "editor")).rejects.toThrow(
        /last active admin/,
      );
      await expect(setPersonActive(t.db, second, admin.id, false)).rejects.toThrow(
        /last active admin/,
      );
      await setPersonActive(t.db, adminActor(), editorId, true);
      await setPersonRole(t.db, adminActor(), editorId, "editor");
      expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    });
  });

  describe("API tokens", () => {
    it("is shown once, stored only hashed, and resolves with its scope capping the role", async () => {
      const editorId = await userId("editor@test.local");
      const { token, secret } = await issueApiToken(t.db, adminActor(), {
        userId: editorId,
        name: "review bot",
        scope: "contributor",
      });
      expect(secret).toMatch(/^at_[A-Za-z0-9_-]{43}$/);
      expect(token.prefix).toBe(secret.slice(0, 9));
      expect(JSON.stringify(token)).not.toContain(secret);
      expect(await storedAnywhere(secret)).toEqual([]);
      expect(await storedAnywhere(secret.slice(3))).toEqual([]);
      expect(token.lastUsedAt).toBeNull();

      const auth = testAuth(t.db);
      const caller = await resolveCaller(
        auth,
        t.db,
        new Headers({ authorization: `Bearer ${secret}` }),
      );
      expect(caller).toMatchObject({
        id: editorId,
        role: "contributor",
        via: "token",
        token: { id: token.id, name: "review bot", readOnly: false },
      });
      const used = await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(used.lastUsedAt).not.toBeNull();
    });

    it("never raises a role above the user's, and a read token is read-only", async () => {
      const writerId = await userId("writer@test.local");
      const { secret } = await issueApiToken(t.db, adminActor(), {
        userId: writerId,
        name: "too hopeful",
        scope: "editor",
      });
      expect(await resolveApiToken(t.db, secret)).toMatchObject({ role: "contributor" });
      const { secret: read } = await issueApiToken(t.db, adminActor(), {
        userId: admin.id,
        name: "dashboard",
        scope: "read",
      });
      expect(await resolveApiToken(t.db, read)).toMatchObject({
        role: "editor",
        token: { readOnly: true },
      });
    });

    it("writes lastUsedAt at most once a minute", async () => {
      const { token, secret } = await issueApiToken(t.db, adminActor(), {
        userId: admin.id,
        name: "busy",
        scope: "read",
      });
      const first = new Date("2030-01-01T00:00:00Z");
      await resolveApiToken(t.db, secret, first);
      await resolveApiToken(t.db, secret, new Date(first.getTime() + 30_000));
      const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(row.lastUsedAt?.toISOString()).toBe(first.toISOString());
      await resolveApiToken(t.db, secret, new Date(first.getTime() + 61_000));
      const later = await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(later.lastUsedAt?.getTime()).toBe(first.getTime() + 61_000);
    });

    it("a revoked token, an unknown token or a deactivated user's token resolves to nobody", async () => {
      const auth = testAuth(t.db);
      const checkerId = await userId("checker@test.local");
      const { token, secret } = await issueApiToken(t.db, adminActor(), {
        userId: checkerId,
        name: "soon gone",
        scope: "fact_checker",
      });
      const bearer = new Headers({ authorization: `Bearer ${secret}` });
      expect(await resolveCaller(auth, t.db, bearer)).not.toBeNull();

      await setPersonActive(t.db, adminActor(), checkerId, false);
      expect(await resolveCaller(auth, t.db, bearer)).toBeNull();
      await setPersonActive(t.db, adminActor(), checkerId, true);

      await revokeApiToken(t.db, adminActor(), token.id);
      expect(await resolveCaller(auth, t.db, bearer)).toBeNull();
      expect(
        await resolveCaller(auth, t.db, new Headers({ authorization: "Bearer at_not-a-token" })),
      ).toBeNull();
      // A bad Authorization header never falls back to a cookie.
      const signedIn = await auth.handler(signInRequest("checker@test.local", PASSWORD));
      expect(
        await resolveCaller(
          auth,
          t.db,
          new Headers({ authorization: "Basic eDp5", cookie: cookieHeader(signedIn) }),
        ),
      ).toBeNull();
    });
  });

  it("audits invitations, role changes, deactivations and tokens, and the chain holds", async () => {
    const actions = (
      await t.db.auditEntry.findMany({ select: { action: true }, distinct: ["action"] })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "invite.create",
        "invite.accept",
        "invite.revoke",
        "user.set_role",
        "user.deactivate",
        "user.reactivate",
        "token.issue",
        "token.revoke",
        "auth.sign_in",
      ]),
    );
    const roleChange = await t.db.auditEntry.findFirstOrThrow({
      where: { action: "user.set_role" },
      orderBy: { seq: "asc" },
    });
    expect(roleChange).toMatchObject({
      actorId: admin.id,
      before: { role: "contributor" },
      after: { role: "fact_checker" },
    });
    const everything = await t.db.auditEntry.findMany();
    const text = JSON.stringify(everything.map((e) => [e.before, e.after]));
    expect(text).not.toMatch(/at_[A-Za-z0-9_-]{20}/);
    expect(text).not.toMatch(/[0-9a-f]{32}:[0-9a-f]{128}/); // a scrypt hash
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
