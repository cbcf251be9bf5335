// Access to people, invitations, tokens and the audit log, for every caller there is, plus
// what admins see when they use them. Callers by API token are resolved from real tokens.
import { createHash } from "node:crypto";
import {
  auditActorOf,
  createInvite,
  issueApiToken,
  resolveApiToken,
  revokeApiToken,
  type SessionUser,
} from "@armstrail/db";
import { insertCase, testAccounts, useTestDb } from "@armstrail/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createEditorCaller } from "../../../callers";
import { createCallerFactory, router, signedInProcedure } from "../../../trpc";
import { everyone, type Who } from "../workflow-fixtures";

// The app hands in Better Auth's scrypt; any one-way function shows the wiring here.
const hashPassword = (p: string) =>
  Promise.resolve(`test:${createHash("sha256").update(p).digest("hex")}`);

describe("editor.admin and editor.invite", () => {
  const t = useTestDb();
  const callers = new Map<Who, SessionUser | null>();
  let admin: SessionUser;
  let targetId = "";
  let n = 0;
  const adminActor = () => ({ ...auditActorOf(admin), userId: admin.id });
  const api = (who: Who) => createEditorCaller(t.db, callers.get(who) ?? null, { hashPassword });

  beforeAll(async () => {
    await insertCase(t.db, {});
    for (const a of testAccounts) {
      const u = await t.db.user.findUniqueOrThrow({ where: { email: a.email } });
      callers.set(a.role, { id: u.id, name: u.name, email: u.email, role: u.role, via: "session" });
    }
    admin = callers.get("admin")!;
    targetId = callers.get("contributor")!.id;
    const { secret: read } = await issueApiToken(t.db, adminActor(), {
      userId: admin.id,
      name: "admin's read token",
      scope: "read",
    });
    callers.set("read token", await resolveApiToken(t.db, read));
    const { token, secret: gone } = await issueApiToken(t.db, adminActor(), {
      userId: admin.id,
      name: "revoked",
      scope: "editor",
    });
    await revokeApiToken(t.db, adminActor(), token.id);
    // What the app's resolveCaller gives for a revoked token: nobody.
    callers.set("revoked token", await resolveApiToken(t.db, gone));
    expect(callers.get("revoked token")).toBeNull();
  });

  const freshInvite = async () =>
    (await createInvite(t.db, adminActor(), { email: `m${++n}@test.local`, role: "contributor" }))
      .token;

  const matrix: { procedure: string; call: (who: Who) => Promise<unknown>; allowed: Who[] }[] = [
    { procedure: "admin.users.list", call: (w) => api(w).admin.users.list(), allowed: ["admin"] },
    {
      procedure: "admin.users.setRole",
      call: (w) => api(w).admin.users.setRole({ userId: targetId, role: "contributor" }),
      allowed: ["admin"],
    },
    {
      procedure: "admin.users.setActive",
      call: (w) => api(w).admin.users.setActive({ userId: targetId, active: true }),
      allowed: ["admin"],
    },
    {
      procedure: "admin.invites.create",
      call: (w) =>
        api(w).admin.invites.create({ email: `inv${++n}@test.local`, role: "contributor" }),
      allowed: ["admin"],
    },
    {
      procedure: "admin.invites.list",
      call: (w) => api(w).admin.invites.list(),
      allowed: ["admin"],
    },
    {
      procedure: "admin.invites.revoke",
      call: async (w) => {
        const { invite } = await createInvite(t.db, adminActor(), {
          email: `rev${++n}@test.local`,
          role: "editor",
        });
        return api(w).admin.invites.revoke({ id: invite.id });
      },
      allowed: ["admin"],
    },
    {
      procedure: "admin.tokens.create",
      call: (w) =>
        api(w).admin.tokens.create({ userId: targetId, name: `tool ${++n}`, scope: "read" }),
      allowed: ["admin"],
    },
    { procedure: "admin.tokens.list", call: (w) => api(w).admin.tokens.list(), allowed: ["admin"] },
    {
      procedure: "admin.tokens.revoke",
      call: async (w) => {
        const { token } = await issueApiToken(t.db, adminActor(), {
          userId: targetId,
          name: `to revoke ${++n}`,
          scope: "read",
        });
        return api(w).admin.tokens.revoke({ id: token.id });
      },
      allowed: ["admin"],
    },
    { procedure: "admin.audit.list", call: (w) => api(w).admin.audit.list({}), allowed: ["admin"] },
    {
      procedure: "admin.audit.verify",
      call: (w) => api(w).admin.audit.verify(),
      allowed: ["admin"],
    },
    {
      procedure: "invite.inspect",
      call: async (w) => api(w).invite.inspect({ token: await freshInvite() }),
      allowed: everyone,
    },
    {
      procedure: "invite.accept",
      call: async (w) =>
        api(w).invite.accept({
          token: await freshInvite(),
          name: "Matrix Person",
          password: "long enough password",
        }),
      allowed: everyone,
    },
  ];

  for (const row of matrix) {
    for (const who of everyone) {
      const signedOut = who === "anonymous" || who === "revoked token";
      const expected = row.allowed.includes(who) ? "ok" : signedOut ? "UNAUTHORIZED" : "FORBIDDEN";
      it(`${row.procedure} as ${who}: ${expected}`, async () => {
        const outcome = await row.call(who).then(
          () => "ok",
          (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
        );
        expect(outcome).toBe(expected);
      });
    }
  }

  it("a read-only token is refused any mutation, even one its role allows", async () => {
    const probe = router({
      touch: signedInProcedure
        .input(z.void())
        .output(z.literal("done"))
        .mutation(() => "done" as const),
    });
    const caller = createCallerFactory(probe)({ db: t.db, session: callers.get("read token")! });
    await expect(caller.touch()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const editor = createCallerFactory(probe)({ db: t.db, session: callers.get("editor")! });
    expect(await editor.touch()).toBe("done");
  });

  it("shows a new token once and never again", async () => {
    const created = await api("admin").admin.tokens.create({
      userId: targetId,
      name: "exporter",
      scope: "contributor",
    });
    expect(created.secret).toMatch(/^at_/);
    const listed = await api("admin").admin.tokens.list();
    const mine = listed.find((x) => x.id === created.token.id);
    expect(mine).toMatchObject({ name: "exporter", prefix: created.secret.slice(0, 9) });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(Object.keys(mine!)).not.toContain("tokenHash");
  });

  it("accepting an invitation makes a person who can sign in, with the invited role", async () => {
    const { token } = await createInvite(t.db, adminActor(), {
      email: "joiner@test.local",
      role: "fact_checker",
    });
    const person = await api("anonymous").invite.accept({
      token,
      name: "Joiner",
      password: "long enough password",
    });
    expect(person).toMatchObject({ email: "joiner@test.local", role: "fact_checker" });
    const account = await t.db.account.findFirstOrThrow({ where: { userId: person.id } });
    expect(account).toMatchObject({ providerId: "credential", accountId: person.id });
    expect(account.password).toBe(await hashPassword("long enough password"));
    await expect(
      api("anonymous").invite.accept({ token, name: "Again", password: "long enough password" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("refuses a short password and names the field", async () => {
    const token = await freshInvite();
    const error = await api("anonymous")
      .invite.accept({ token, name: "Shorty", password: "short" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/password/);
  });

  it("refuses to demote the last admin, and lists what changed in the audit log", async () => {
    const other = callers.get("editor")!;
    const editorAsAdmin = createEditorCaller(t.db, { ...other, role: "admin" });
    await expect(
      editorAsAdmin.admin.users.setRole({ userId: admin.id, role: "editor" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await api("admin").admin.users.setRole({ userId: targetId, role: "fact_checker" });
    const page = await api("admin").admin.audit.list({ entityType: "user", entityId: targetId });
    expect(page.items[0]).toMatchObject({
      action: "user.set_role",
      before: { role: "contributor" },
      after: { role: "fact_checker" },
    });
    expect(await api("admin").admin.audit.verify()).toMatchObject({ ok: true });
  });
});
