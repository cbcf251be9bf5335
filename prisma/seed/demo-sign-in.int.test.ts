// `npm start` users sign in with the documented demo password; desk accounts cannot.
import { createAuth, hashPassword } from "@armstrail/auth";
import { seedCase } from "@armstrail/db";
import { useTestDb } from "@armstrail/db/testing";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts } from "./load";

const empty = {
  sources: [],
  actors: [],
  events: [],
  sanctions: [],
  transfers: [],
  claims: [],
  drafts: [],
  story: [],
};

describe("demo accounts", () => {
  const t = useTestDb();

  it("sign in with the demo password; the desk accounts have no password at all", async () => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await seedCase(t.db, empty, {
      demoAccounts: demoAccounts.map((a) => ({ ...a, passwordHash })),
    });
    const auth = createAuth({
      db: t.db,
      secret: "seed-test-secret-long-enough-0123456789",
      baseURL: "http://localhost:3001",
      trustedOrigins: ["http://localhost:3001"],
      secureCookies: false,
    });
    const signIn = (email: string, ip: string) =>
      auth.handler(
        new Request("http://localhost:3001/api/auth/sign-in/email", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost:3001",
            "x-forwarded-for": ip,
          },
          body: JSON.stringify({ email, password: DEMO_PASSWORD }),
        }),
      );
    for (const [i, a] of demoAccounts.entries()) {
      expect((await signIn(a.email, `198.51.100.${i + 1}`)).status).toBe(200);
    }
    const desk = await t.db.user.findMany({
      where: { active: false },
      include: { accounts: true },
    });
    expect(desk.map((u) => u.email).sort()).toEqual([
      "editing-desk@armstrail.org",
      "research-desk@armstrail.org",
      "review-desk@armstrail.org",
    ]);
    expect(desk.flatMap((u) => u.accounts)).toEqual([]);
    expect((await signIn("review-desk@armstrail.org", "198.51.100.9")).status).toBe(401);
  });

  it("a second seed run leaves a changed password alone", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@armstrail.local" } });
    await t.db.account.updateMany({ where: { userId: admin.id }, data: { password: "changed" } });
    await seedCase(t.db, empty, {
      demoAccounts: demoAccounts.map((a) => ({ ...a, passwordHash: "new" })),
    });
    const account = await t.db.account.findFirstOrThrow({ where: { userId: admin.id } });
    expect(account.password).toBe("changed");
  });
});
