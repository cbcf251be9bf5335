// A stale save of any versioned record (a claim, a story block, an entity) answers CONFLICT
// with the same details, as the editor receives them over HTTP: what record, which version
// the caller had and which it is at now, who changed it and when, and the values to show.
// The editor reads them with one parser (issue 10, §9).
import { actorRecord, insertCase, sourceRecord, useTestDb } from "@armstrail/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { ConflictDetailsSchema, type Role } from "@armstrail/domain";
import { editorRouter } from "./index";
import { callers, claimDraft, loadSessions, type Sessions } from "./workflow-fixtures";

describe("one conflict-details shape for every versioned record", () => {
  const t = useTestDb();
  const source = sourceRecord({ publisher: "Conflict Wire" });
  const actor = actorRecord({ name: "Conflict Shipping Ltd" });
  let sessions: Sessions;
  let api: ReturnType<typeof callers>;

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source], actors: [actor] });
    sessions = await loadSessions(t.db);
    api = callers(t.db, sessions);
  });

  /** One mutation over HTTP, as the editor's browser client sends it; answers the error body. */
  async function post(role: Role, path: string, input: unknown) {
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://editor.test/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      }),
      router: editorRouter,
      createContext: () => ({ db: t.db, session: sessions[role] }),
    });
    const body = (await res.json()) as {
      error?: { data: { code: string; conflict: Record<string, unknown> | null } };
    };
    if (!body.error) throw new Error(`${path} was expected to fail`);
    return body.error.data;
  }

  it("a stale claim, story block and actor each answer CONFLICT with the same details", async () => {
    const claim = await api.writer.claim.create(claimDraft(source.ref));
    await api.writer.claim.save({ id: claim.id, baseVersion: 1, ...claimDraft(source.ref) });
    const claimConflict = await post("fact_checker", "claim.save", {
      id: claim.id,
      baseVersion: 1,
      ...claimDraft(source.ref, { finding: "Stale words." }),
    });

    const block = await api.writer.story.create({
      section: { kind: "new", key: "conflicts", title: "Conflicts" },
      body: "Words without figures.",
    });
    await api.writer.story.save({ id: block.id, baseVersion: 1, body: "Newer words." });
    const storyConflict = await post("fact_checker", "story.save", {
      id: block.id,
      baseVersion: 1,
      body: "Stale words.",
    });

    const a = await api.writer.actor.get({ ref: actor.ref });
    await api.checker.actor.update({
      ...a.data,
      id: a.id,
      baseVersion: a.version,
      description: "New words.",
    });
    const actorConflict = await post("editor", "actor.update", {
      ...a.data,
      id: a.id,
      baseVersion: a.version,
      description: "Stale words.",
    });

    const all = { claim: claimConflict, story: storyConflict, actor: actorConflict };
    for (const [name, data] of Object.entries(all)) {
      expect(data.code, name).toBe("CONFLICT");
      // The one schema the editor parses with accepts each of them.
      expect(ConflictDetailsSchema.safeParse(data.conflict).success, name).toBe(true);
      const details = ConflictDetailsSchema.parse(data.conflict);
      expect(details.currentVersion, name).toBe(details.expectedVersion + 1);
      expect(details.lastChange?.by?.name, name).toMatch(/^Test /);
    }
    const keys = (d: { conflict: Record<string, unknown> | null }) =>
      Object.keys(d.conflict ?? {}).sort();
    expect(keys(storyConflict)).toEqual(keys(claimConflict));
    expect(keys(actorConflict)).toEqual(keys(claimConflict));
    expect(claimConflict.conflict).toMatchObject({ kind: "claim", ref: claim.ref });
    expect(storyConflict.conflict).toMatchObject({ kind: "story_block", ref: block.key });
    expect(actorConflict.conflict).toMatchObject({
      kind: "actor",
      ref: actor.ref,
      lastChange: { by: { name: "Test Checker" } },
    });
  });
});
