import type { SessionUser } from "@armstrail/db";
import {
  draftRecord,
  insertCase,
  sourceRecord,
  testAccounts,
  useTestDb,
} from "@armstrail/db/testing";
import type { Role } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller } from "../../callers";

describe("editorRouter", () => {
  const t = useTestDb();
  const sessions = new Map<Role, SessionUser>();
  const source = sourceRecord();
  const evidence = [
    { sourceRef: source.ref, reliability: "B" as const, credibility: 2, supports: "It says so." },
  ];
  const waiting = draftRecord({ evidence, authorEmail: "writer@test.local", status: "in_review" });
  const drafting = draftRecord({ evidence, authorEmail: "writer@test.local", status: "draft" });

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source], drafts: [waiting, drafting] });
    for (const a of testAccounts) {
      const u = await t.db.user.findUniqueOrThrow({ where: { email: a.email } });
      sessions.set(a.role, {
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        via: "session",
      });
    }
  });

  // Every procedure, for anonymous callers and each role: allowed or refused with which code.
  const matrix: {
    procedure: string;
    call: (api: ReturnType<typeof createEditorCaller>) => Promise<unknown>;
    allowed: Role[];
    /** Mutations are refused to read-only tokens whatever their user's role. */
    mutation?: true;
  }[] = [
    {
      procedure: "me",
      call: (api) => api.me(),
      allowed: ["contributor", "fact_checker", "editor", "admin"],
    },
    {
      procedure: "review.queue",
      call: (api) => api.review.queue({}),
      allowed: ["fact_checker", "editor", "admin"],
    },
    {
      procedure: "import.dossier (dry run)",
      call: (api) => api.import.dossier({ text: '{"claims": []}', dryRun: true }),
      allowed: ["contributor", "fact_checker", "editor", "admin"],
      mutation: true,
    },
  ];
  const callers: (Role | "anonymous" | "read-only token")[] = [
    "anonymous",
    "contributor",
    "fact_checker",
    "editor",
    "admin",
    "read-only token",
  ];

  for (const row of matrix) {
    for (const who of callers) {
      const expected =
        who === "anonymous"
          ? "UNAUTHORIZED"
          : who === "read-only token"
            ? row.mutation
              ? "FORBIDDEN"
              : row.allowed.includes("editor")
                ? "ok"
                : "FORBIDDEN"
            : row.allowed.includes(who)
              ? "ok"
              : "FORBIDDEN";
      it(`${row.procedure} as ${who}: ${expected}`, async () => {
        const session =
          who === "anonymous"
            ? null
            : who === "read-only token"
              ? // An editor's token with the read scope: it may look, never change.
                {
                  ...sessions.get("editor")!,
                  via: "token" as const,
                  token: { id: "t", name: "reader", readOnly: true },
                }
              : sessions.get(who)!;
        const outcome = await row.call(createEditorCaller(t.db, session)).then(
          () => "ok",
          (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
        );
        expect(outcome).toBe(expected);
      });
    }
  }

  it("review.queue lists what waits for review, not drafts", async () => {
    const queue = await createEditorCaller(t.db, sessions.get("fact_checker")!).review.queue({});
    expect(queue.items.map((c) => c.ref)).toEqual([waiting.ref]);
    expect(queue.items[0]?.author.name).toBe("Test Writer");
  });

  it("a deactivated account has no session", async () => {
    const { findUserById } = await import("@armstrail/db");
    const admin = sessions.get("admin")!;
    await t.db.user.update({ where: { id: admin.id }, data: { active: false } });
    expect(await findUserById(t.db, admin.id)).toBeNull();
    await t.db.user.update({ where: { id: admin.id }, data: { active: true } });
  });
});
