// Every claim and story procedure against anonymous callers, each role and a read-only
// API token: allowed (and then it succeeds, on a fixture made for it) or refused with
// which code. Fixtures are written by the contributor, so the four-eyes rule never
// stands in for the role check being tested.
import type { SessionUser } from "@armstrail/db";
import { insertCase, sourceRecord, testInvestigation, useTestDb } from "@armstrail/db/testing";
import type { Role } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller } from "../../../callers";
import {
  callers,
  claimDraft,
  loadSessions,
  readOnlyToken,
  type Sessions,
} from "../workflow-fixtures";

type Api = ReturnType<typeof createEditorCaller>;
type Caller = Role | "anonymous" | "read-only token";

const everyone: Role[] = ["contributor", "fact_checker", "editor", "admin"];
const reviewers: Role[] = ["fact_checker", "editor", "admin"];
const editors: Role[] = ["editor", "admin"];

describe("claim and story procedures: access matrix", () => {
  const t = useTestDb();
  const source = sourceRecord();
  let sessions: Sessions;
  let as: ReturnType<typeof callers>;
  let blockCount = 0;

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source] });
    sessions = await loadSessions(t.db);
    as = callers(t.db, sessions);
  });

  const draft = () => as.writer.claim.create(claimDraft(source.ref));
  const inReview = async () => {
    const c = await draft();
    return as.writer.claim.submit({ id: c.id, baseVersion: 1 });
  };
  const published = async () => {
    const c = await inReview();
    return as.checker.claim.approve({ id: c.id, baseVersion: c.version });
  };
  /** A published story block (as the seed makes them), then a draft of it by the writer. */
  const block = async (state: "published" | "draft" | "in_review") => {
    const key = `access-${++blockCount}`;
    await insertCase(t.db, {
      story: [
        {
          key,
          sectionKey: "access",
          sectionTitle: "Access",
          sectionPosition: 1,
          position: blockCount,
          body: "A paragraph without figures.",
        },
      ],
    });
    const { id, version } = await t.db.storyBlock.findUniqueOrThrow({ where: { key } });
    if (state === "published") return { id, version };
    const saved = await as.writer.story.save({
      id,
      baseVersion: version,
      body: "A revised paragraph.",
    });
    if (state === "draft") return saved;
    return as.writer.story.submit({ id, baseVersion: saved.version });
  };

  const matrix: {
    procedure: string;
    allowed: Role[];
    mutation: boolean;
    call: (api: Api) => Promise<unknown>;
  }[] = [
    {
      procedure: "claim.list",
      allowed: everyone,
      mutation: false,
      call: (api) => api.claim.list({}),
    },
    {
      procedure: "claim.get",
      allowed: everyone,
      mutation: false,
      call: async (api) => api.claim.get({ ref: (await draft()).ref }),
    },
    {
      procedure: "claim.create",
      allowed: everyone,
      mutation: true,
      call: (api) => api.claim.create(claimDraft(source.ref)),
    },
    {
      procedure: "claim.save",
      allowed: everyone,
      mutation: true,
      call: async (api) => {
        const c = await draft();
        return api.claim.save({ id: c.id, baseVersion: 1, ...claimDraft(source.ref) });
      },
    },
    {
      procedure: "claim.setInvestigation",
      allowed: everyone,
      mutation: true,
      call: async (api) => {
        const c = await draft();
        return api.claim.setInvestigation({
          id: c.id,
          baseVersion: 1,
          investigation: testInvestigation.slug,
        });
      },
    },
    {
      procedure: "claim.submit",
      allowed: everyone,
      mutation: true,
      call: async (api) => api.claim.submit({ id: (await draft()).id, baseVersion: 1 }),
    },
    {
      procedure: "claim.approve",
      allowed: reviewers,
      mutation: true,
      call: async (api) => {
        const c = await inReview();
        return api.claim.approve({ id: c.id, baseVersion: c.version });
      },
    },
    {
      procedure: "claim.requestChanges",
      allowed: reviewers,
      mutation: true,
      call: async (api) => {
        const c = await inReview();
        return api.claim.requestChanges({ id: c.id, baseVersion: c.version, note: "Say more." });
      },
    },
    {
      procedure: "claim.reject",
      allowed: reviewers,
      mutation: true,
      call: async (api) => {
        const c = await inReview();
        return api.claim.reject({ id: c.id, baseVersion: c.version, note: "Not checkable." });
      },
    },
    {
      procedure: "claim.retract",
      allowed: editors,
      mutation: true,
      call: async (api) => {
        const c = await published();
        return api.claim.retract({
          id: c.id,
          baseVersion: c.version,
          reason: "The source withdrew its report.",
        });
      },
    },
    {
      procedure: "claim.correct",
      allowed: editors,
      mutation: true,
      call: async (api) => {
        const c = await published();
        return api.claim.correct({
          id: c.id,
          baseVersion: c.version,
          note: "The date was off by a month.",
        });
      },
    },
    {
      procedure: "claim.assign",
      allowed: reviewers,
      mutation: true,
      call: async (api) => {
        const c = await inReview();
        return api.claim.assign({
          id: c.id,
          baseVersion: c.version,
          assigneeId: sessions.fact_checker.id,
        });
      },
    },
    {
      procedure: "claim.comment",
      allowed: everyone,
      mutation: true,
      call: async (api) => api.claim.comment({ id: (await draft()).id, body: "A comment." }),
    },
    {
      procedure: "claim.revisions",
      allowed: everyone,
      mutation: false,
      call: async (api) => api.claim.revisions({ id: (await draft()).id }),
    },
    {
      procedure: "claim.compare",
      allowed: everyone,
      mutation: false,
      call: async (api) => api.claim.compare({ id: (await draft()).id, from: 1, to: 1 }),
    },
    {
      procedure: "claim.restore",
      allowed: everyone,
      mutation: true,
      call: async (api) => api.claim.restore({ id: (await draft()).id, baseVersion: 1, number: 1 }),
    },
    {
      procedure: "review.queue",
      allowed: reviewers,
      mutation: false,
      call: (api) => api.review.queue({ unassigned: true }),
    },
    {
      procedure: "story.list",
      allowed: everyone,
      mutation: false,
      call: (api) => api.story.list({}),
    },
    {
      procedure: "story.get",
      allowed: everyone,
      mutation: false,
      call: async (api) => api.story.get({ id: (await block("published")).id }),
    },
    {
      procedure: "story.create",
      allowed: everyone,
      mutation: true,
      call: async (api) => {
        await block("published");
        return api.story.create({
          section: { kind: "existing", key: "access" },
          body: "A proposed paragraph.",
        });
      },
    },
    {
      procedure: "story.save",
      allowed: everyone,
      mutation: true,
      call: async (api) => {
        const b = await block("published");
        return api.story.save({ id: b.id, baseVersion: b.version, body: "New words." });
      },
    },
    {
      procedure: "story.submit",
      allowed: everyone,
      mutation: true,
      call: async (api) => {
        const b = await block("draft");
        return api.story.submit({ id: b.id, baseVersion: b.version });
      },
    },
    {
      procedure: "story.approve",
      allowed: editors,
      mutation: true,
      call: async (api) => {
        const b = await block("in_review");
        return api.story.approve({ id: b.id, baseVersion: b.version });
      },
    },
    {
      procedure: "story.requestChanges",
      allowed: reviewers,
      mutation: true,
      call: async (api) => {
        const b = await block("in_review");
        return api.story.requestChanges({ id: b.id, baseVersion: b.version, note: "Shorter." });
      },
    },
    {
      procedure: "story.reject",
      allowed: reviewers,
      mutation: true,
      call: async (api) => {
        const b = await block("in_review");
        return api.story.reject({ id: b.id, baseVersion: b.version, note: "Off topic." });
      },
    },
    {
      procedure: "story.revisions",
      allowed: everyone,
      mutation: false,
      call: async (api) => api.story.revisions({ id: (await block("published")).id }),
    },
    {
      procedure: "story.compare",
      allowed: everyone,
      mutation: false,
      call: async (api) => api.story.compare({ id: (await block("draft")).id, from: 1, to: 2 }),
    },
  ];

  const who: Caller[] = [
    "anonymous",
    "contributor",
    "fact_checker",
    "editor",
    "admin",
    "read-only token",
  ];

  function sessionOf(caller: Caller): SessionUser | null {
    if (caller === "anonymous") return null;
    // The token acts as an editor but may only read.
    if (caller === "read-only token") return readOnlyToken(sessions.editor);
    return sessions[caller];
  }

  function expectedOutcome(row: (typeof matrix)[number], caller: Caller): string {
    if (caller === "anonymous") return "UNAUTHORIZED";
    if (caller === "read-only token") return row.mutation ? "FORBIDDEN" : "ok";
    return row.allowed.includes(caller) ? "ok" : "FORBIDDEN";
  }

  it("covers every claim and story procedure of the editor router", async () => {
    const { editorRouter } = await import("../index");
    const mounted = Object.keys(editorRouter._def.procedures).filter(
      (k) => k.startsWith("claim.") || k.startsWith("story.") || k === "review.queue",
    );
    expect(matrix.map((r) => r.procedure).sort()).toEqual(mounted.sort());
  });

  for (const row of matrix) {
    for (const caller of who) {
      const expected = expectedOutcome(row, caller);
      it(`${row.procedure} as ${caller}: ${expected}`, async () => {
        const outcome = await row.call(createEditorCaller(t.db, sessionOf(caller))).then(
          () => "ok",
          (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
        );
        expect(outcome).toBe(expected);
      });
    }
  }
});
