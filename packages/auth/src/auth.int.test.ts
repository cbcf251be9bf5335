import { insertCase, testAccounts, useTestDb } from "@armstrail/db/testing";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SIGN_IN_RULE } from "./auth";
import { resolveCaller } from "./caller";
import {
  EDITOR_ORIGIN,
  cookieHeader,
  freshAddress,
  givePassword,
  signInRequest,
  testAuth,
} from "./testing";

const PASSWORD = "correct horse battery";

describe("sign-in through Better Auth", () => {
  const t = useTestDb();

  beforeAll(async () => {
    await insertCase(t.db, {});
    for (const a of testAccounts) await givePassword(t.db, a.email, PASSWORD);
  });
  // Each test meets the limits afresh: a lockout one test provokes is not the next one's.
  beforeEach(async () => {
    await t.db.attemptCounter.deleteMany();
  });

  it("sets an HttpOnly, SameSite=Lax session cookie that resolves to the user", async () => {
    const auth = testAuth(t.db);
    const response = await auth.handler(signInRequest("writer@test.local", PASSWORD));
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);

    const caller = await resolveCaller(auth, t.db, new Headers({ cookie: cookieHeader(response) }));
    expect(caller).toMatchObject({
      email: "writer@test.local",
      role: "contributor",
      via: "session",
    });
  });

  it("marks the cookie Secure when configured", async () => {
    const auth = testAuth(t.db, true);
    const response = await auth.handler(signInRequest("checker@test.local", PASSWORD));
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/^__Secure-/);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    const auth = testAuth(t.db);
    const wrong = await auth.handler(signInRequest("editor@test.local", "not the password!"));
    const unknown = await auth.handler(signInRequest("nobody@test.local", PASSWORD));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.getSetCookie().join()).not.toContain("session_token=");
  });

  it("refuses a sign-in posted from another site", async () => {
    const auth = testAuth(t.db);
    const response = await auth.handler(
      signInRequest("writer@test.local", PASSWORD, { origin: "https://evil.example" }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().join()).not.toContain("session_token=");
    const last = await t.db.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last).toMatchObject({
      action: "auth.sign_in_failed",
      after: { reason: "CROSS_SITE_REQUEST" },
    });
  });

  it("refuses sign-up: people join by invitation", async () => {
    const auth = testAuth(t.db);
    const response = await auth.handler(
      new Request(`${EDITOR_ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: EDITOR_ORIGIN },
        body: JSON.stringify({ email: "new@test.local", password: PASSWORD, name: "New" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await t.db.user.count({ where: { email: "new@test.local" } })).toBe(0);
  });

  it("slows down repeated failures from one address with 429", async () => {
    const auth = testAuth(t.db);
    const ip = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RULE.max + 1; i++) {
      // A different (unknown) account each time, so only the per-address limit is at work.
      const r = await auth.handler(signInRequest(`nobody${i}@test.local`, PASSWORD, { ip }));
      statuses.push(r.status);
    }
    expect(statuses.slice(0, SIGN_IN_RULE.max).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password waits out the window.
    const right = await auth.handler(signInRequest("editor@test.local", PASSWORD, { ip }));
    expect(right.status).toBe(429);
    expect(await t.db.attemptCounter.count()).toBeGreaterThan(0);
    // Refusals are audited like any failed sign-in, with the address they came from.
    const refused = await t.db.auditEntry.findMany({
      where: { action: "auth.sign_in_failed", actorLabel: "editor@test.local" },
    });
    const slowed = refused
      .map((e) => e.after as { reason?: string; ip?: string })
      .filter((a) => a.reason?.startsWith("TOO_MANY"));
    // Once, from our hook: Better Auth's own after-hook does not add a second entry.
    expect(slowed).toEqual([
      expect.objectContaining({ reason: "TOO_MANY_ATTEMPTS_FROM_ADDRESS", ip }),
    ]);
    // Better Auth prunes its own table by the windows it knows; ours is apart and holds.
    await t.db.rateLimit.deleteMany();
    const still = await auth.handler(signInRequest("editor@test.local", PASSWORD, { ip }));
    expect(still.status).toBe(429);
  });

  it("counts only failures: a newsroom behind one address can sign in all morning", async () => {
    const auth = testAuth(t.db);
    await givePassword(t.db, "writer@test.local", PASSWORD);
    const ip = freshAddress();
    for (let i = 0; i < SIGN_IN_RULE.max + 5; i++) {
      const ok = await auth.handler(signInRequest("writer@test.local", PASSWORD, { ip }));
      expect(ok.status).toBe(200);
    }
    // The account's failures are forgotten once its owner gets in: a full ten more typos
    // are allowed (401) before the eleventh is refused.
    for (let i = 0; i < 9; i++) {
      await auth.handler(
        signInRequest("writer@test.local", "a typo in it", { ip: freshAddress() }),
      );
    }
    const afterTypos = await auth.handler(signInRequest("writer@test.local", PASSWORD));
    expect(afterTypos.status).toBe(200);
    const typos: number[] = [];
    for (let i = 0; i < SIGN_IN_RULE.max + 1; i++) {
      const r = await auth.handler(
        signInRequest("writer@test.local", `typo ${i}`, { ip: freshAddress() }),
      );
      typos.push(r.status);
    }
    expect(typos.slice(0, SIGN_IN_RULE.max).every((s) => s === 401)).toBe(true);
    expect(typos.at(-1)).toBe(429);
  });

  it("one locked account does not use up the address its owner shares with colleagues", async () => {
    const auth = testAuth(t.db);
    await givePassword(t.db, "checker@test.local", PASSWORD);
    await givePassword(t.db, "editor@test.local", PASSWORD);
    // Someone guesses at the checker's password from many addresses until it locks.
    for (let i = 0; i < 10; i++) {
      await auth.handler(signInRequest("checker@test.local", `guess ${i}`));
    }
    // From the newsroom's one address, the checker keeps trying and is refused each time...
    const office = freshAddress();
    for (let i = 0; i < SIGN_IN_RULE.max + 2; i++) {
      const r = await auth.handler(signInRequest("checker@test.local", PASSWORD, { ip: office }));
      expect(r.status).toBe(429);
    }
    // ...and a colleague at the same address still gets in.
    const colleague = await auth.handler(
      signInRequest("editor@test.local", PASSWORD, { ip: office }),
    );
    expect(colleague.status).toBe(200);
  });

  it("someone hammering one account from the newsroom's address does not lock out the rest of it", async () => {
    const auth = testAuth(t.db);
    await givePassword(t.db, "checker@test.local", PASSWORD);
    await givePassword(t.db, "editor@test.local", PASSWORD);
    const office = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RULE.max + 5; i++) {
      const r = await auth.handler(
        signInRequest("checker@test.local", `guess ${i}`, { ip: office }),
      );
      statuses.push(r.status);
    }
    // The account is locked after ten failures...
    expect(statuses.slice(0, SIGN_IN_RULE.max).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // ...and every colleague behind the same address still gets in.
    for (const colleague of ["editor@test.local", "writer@test.local", "admin@test.local"]) {
      await givePassword(t.db, colleague, PASSWORD);
      const r = await auth.handler(signInRequest(colleague, PASSWORD, { ip: office }));
      expect(r.status).toBe(200);
    }
  });

  it("one address guessing at many accounts is still slowed, and a colleague's typo then success is forgotten", async () => {
    const auth = testAuth(t.db);
    const office = freshAddress();
    // A colleague mistypes twice, then gets in: that account leaves nothing on the address.
    await auth.handler(signInRequest("writer@test.local", "a typo in it", { ip: office }));
    await auth.handler(signInRequest("writer@test.local", "another typo", { ip: office }));
    expect(
      (await auth.handler(signInRequest("writer@test.local", PASSWORD, { ip: office }))).status,
    ).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RULE.max; i++) {
      // Several guesses at each of ten accounts: each account counts once against the address.
      for (let j = 0; j < 3; j++) {
        const r = await auth.handler(
          signInRequest(`sprayed${i}@test.local`, `pw ${j}`, { ip: office }),
        );
        statuses.push(r.status);
      }
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    const eleventh = await auth.handler(
      signInRequest("checker@test.local", PASSWORD, { ip: office }),
    );
    expect(eleventh.status).toBe(429);
  });

  it("without trusted proxies, X-Forwarded-For is ignored: it neither moves nor forges the address", async () => {
    const auth = testAuth(t.db, false, []);
    const forged = "198.51.100.66";
    // Guesses that name someone else's address do not use that address up...
    for (let i = 0; i < SIGN_IN_RULE.max + 1; i++) {
      const r = await auth.handler(
        signInRequest(`nobody${i}@forged.test`, PASSWORD, { ip: forged }),
      );
      expect(r.status).toBe(401);
    }
    const colleague = await auth.handler(
      signInRequest("editor@test.local", PASSWORD, { ip: forged }),
    );
    expect(colleague.status).toBe(200);
    // ...rotating the header does not get past the account's own limit...
    const rotated: number[] = [];
    for (let i = 0; i < SIGN_IN_RULE.max + 1; i++) {
      const r = await auth.handler(
        signInRequest("admin@test.local", `wrong ${i}`, { ip: freshAddress() }),
      );
      rotated.push(r.status);
    }
    expect(rotated.at(-1)).toBe(429);
    // ...and no forged address reaches the audit log or a session.
    const entries = await t.db.auditEntry.findMany({ where: { via: "sign-in" } });
    const addresses = entries.map((e) => (e.after as { ip?: string | null }).ip);
    expect(addresses).not.toContain(forged);
    const sessions = await t.db.session.findMany({ select: { ipAddress: true } });
    expect(sessions.map((s) => s.ipAddress)).not.toContain(forged);
  });

  it("behind a trusted proxy, counts the client's own address", async () => {
    const auth = testAuth(t.db, false, ["10.0.0.0/8"]);
    const via = (client: string) => ({ ip: `${client}, 10.1.2.3` });
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RULE.max + 1; i++) {
      const r = await auth.handler(
        signInRequest(`nobody${i}@proxy.test`, "x".repeat(12), via("198.51.100.7")),
      );
      statuses.push(r.status);
    }
    expect(statuses.at(-1)).toBe(429);
    // Another client through the same proxy is a different address.
    const other = await auth.handler(
      signInRequest("somebody@proxy.test", "x".repeat(12), via("198.51.100.8")),
    );
    expect(other.status).toBe(401);
  });

  it("slows down repeated failures against one account from many addresses", async () => {
    const auth = testAuth(t.db);
    await givePassword(t.db, "admin@test.local", PASSWORD);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await auth.handler(signInRequest("admin@test.local", `wrong ${i} password`));
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const last = await t.db.auditEntry.findFirst({
      where: { action: "auth.sign_in_failed", actorLabel: "admin@test.local" },
      orderBy: { seq: "desc" },
    });
    expect(last?.after).toMatchObject({ reason: "TOO_MANY_ATTEMPTS_FOR_ACCOUNT" });
  });

  it("a deactivated user cannot sign in, and their existing session stops resolving", async () => {
    const auth = testAuth(t.db);
    const signedIn = await auth.handler(signInRequest("checker@test.local", PASSWORD));
    const cookie = new Headers({ cookie: cookieHeader(signedIn) });
    expect(await resolveCaller(auth, t.db, cookie)).not.toBeNull();

    await t.db.user.update({ where: { email: "checker@test.local" }, data: { active: false } });
    try {
      expect(await resolveCaller(auth, t.db, cookie)).toBeNull();
      const again = await auth.handler(signInRequest("checker@test.local", PASSWORD));
      expect(again.status).toBe(403);
      expect(again.headers.getSetCookie().join()).not.toContain("session_token=");
    } finally {
      await t.db.user.update({ where: { email: "checker@test.local" }, data: { active: true } });
    }
  });

  it("writes every sign-in, successful or not, to the audit log", async () => {
    const auth = testAuth(t.db);
    await auth.handler(signInRequest("writer@test.local", PASSWORD));
    await auth.handler(signInRequest("writer@test.local", "a wrong password"));
    const writer = await t.db.user.findUniqueOrThrow({ where: { email: "writer@test.local" } });
    const entries = await t.db.auditEntry.findMany({
      where: { entityType: "user", entityId: writer.id },
      orderBy: { seq: "desc" },
      take: 2,
    });
    expect(entries.map((e) => e.action)).toEqual(["auth.sign_in_failed", "auth.sign_in"]);
    expect(entries[0]).toMatchObject({ actorId: null, actorLabel: "writer@test.local" });
    expect(entries[1]).toMatchObject({ actorId: writer.id });
    expect(JSON.stringify(entries.map((e) => e.after))).not.toContain("a wrong password");
    const { verifyAuditChain } = await import("@armstrail/db");
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
