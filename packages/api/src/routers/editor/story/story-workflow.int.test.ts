import { type ConflictError, verifyAuditChain } from "@armstrail/db";
import { claimRecord, insertCase, sourceRecord, useTestDb } from "@armstrail/db/testing";
import { ConflictDetailsSchema } from "@armstrail/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  callers,
  claimDraft,
  fieldErrorsOf,
  loadSessions,
  trpcError,
  type Sessions,
} from "../workflow-fixtures";

describe("story blocks through the editor and public APIs", () => {
  const t = useTestDb();
  const source = sourceRecord();
  const live = claimRecord({
    evidence: [{ sourceRef: source.ref, reliability: "B", credibility: 2, supports: "Says so." }],
  });
  let sessions: Sessions;
  let api: ReturnType<typeof callers>;
  let blockId: string;

  beforeAll(async () => {
    await insertCase(t.db, {
      sources: [source],
      claims: [live],
      story: [
        {
          key: "trade-1",
          sectionKey: "trade",
          sectionTitle: "The trade",
          sectionPosition: 1,
          position: 1,
          body: `Shells crossed by rail in 2023.{{${live.ref}}}`,
        },
      ],
    });
    sessions = await loadSessions(t.db);
    api = callers(t.db, sessions);
    blockId = (await t.db.storyBlock.findUniqueOrThrow({ where: { key: "trade-1" } })).id;
  });

  const publicText = async () =>
    JSON.stringify((await api.reader.story.get()).sections.flatMap((s) => s.blocks));

  it("drafts, reviews and publishes a change while readers keep the published text", async () => {
    const start = await api.writer.story.get({ id: blockId });
    expect(start).toMatchObject({ status: "approved", publishedRevisionNumber: 1 });

    // An uncited figure is refused by the input rules, naming the body.
    const uncited = await trpcError(
      api.writer.story.save({
        id: blockId,
        baseVersion: start.version,
        body: "About 6,700 containers crossed.",
      }),
    );
    expect(uncited.code).toBe("BAD_REQUEST");
    expect(uncited.message).toMatch(/cites no claim/);

    // A citation of a claim that does not exist is refused, naming the body; one of a
    // draft is saved.
    const nowhere = await trpcError(
      api.writer.story.save({
        id: blockId,
        baseVersion: start.version,
        body: "About 6,700 containers crossed.{{C9999}}",
      }),
    );
    expect(nowhere.code).toBe("BAD_REQUEST");
    expect(nowhere.message).toMatch(/body: .*C9999/);

    const pending = await api.writer.claim.create(claimDraft(source.ref));
    const body = `About 6,700 containers crossed.{{${pending.ref}}} Trains ran weekly.`;
    const saved = await api.writer.story.save({ id: blockId, baseVersion: start.version, body });
    expect(saved).toMatchObject({
      status: "draft",
      publishedRevisionNumber: 1,
      working: { number: 2, body, citedRefs: [pending.ref] },
    });
    expect(await publicText()).toContain("Shells crossed by rail in 2023.");
    expect(await publicText()).not.toContain("6,700");

    const submitted = await api.writer.story.submit({ id: blockId, baseVersion: saved.version });
    const sentBack = await api.checker.story.requestChanges({
      id: blockId,
      baseVersion: submitted.version,
      note: "STORY-NOTE-1: add the month.",
    });
    expect(sentBack.reviews.at(-1)).toMatchObject({
      decision: "changes_requested",
      note: "STORY-NOTE-1: add the month.",
    });
    const resubmitted = await api.writer.story.submit({
      id: blockId,
      baseVersion: sentBack.version,
    });

    // Fact-checkers review but do not publish narrative; and a cited draft blocks it.
    expect(
      (
        await trpcError(
          api.checker.story.approve({ id: blockId, baseVersion: resubmitted.version }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const blocked = await trpcError(
      api.editor.story.approve({ id: blockId, baseVersion: resubmitted.version }),
    );
    expect(blocked.code).toBe("PRECONDITION_FAILED");
    expect(blocked.message).toContain(pending.ref);

    await api.writer.claim.submit({ id: pending.id, baseVersion: 1 });
    await api.checker.claim.approve({ id: pending.id, baseVersion: 2 });
    const jobs = await t.db.revalidationJob.count();
    const published = await api.editor.story.approve({
      id: blockId,
      baseVersion: resubmitted.version,
    });
    expect(published).toMatchObject({
      status: "approved",
      publishedRevisionNumber: 2,
      working: { approvedBy: { name: "Test Editor" } },
    });
    expect(await t.db.revalidationJob.count()).toBe(jobs + 1);

    const story = await api.reader.story.get();
    const segments = story.sections[0]?.blocks[0]?.segments ?? [];
    expect(segments[0]).toMatchObject({
      text: "About 6,700 containers crossed.",
      citations: [{ ref: pending.ref }],
    });
    expect(await publicText()).not.toContain("STORY-NOTE");

    const revisions = await api.writer.story.revisions({ id: blockId });
    expect(revisions.map((r) => [r.number, r.published])).toEqual([
      [2, true],
      [1, false],
    ]);
    const diff = await api.writer.story.compare({ id: blockId, from: 1, to: 2 });
    expect(diff).toMatchObject({ changed: true, to: { body } });

    const actions = (
      await t.db.auditEntry.findMany({
        where: { entityType: "story_block", entityId: blockId },
        orderBy: { seq: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "story.save",
      "story.submit",
      "story.request_changes",
      "story.submit",
      "story.approve",
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it("keeps four eyes: whoever wrote the change cannot approve it", async () => {
    const b = await api.editor.story.get({ id: blockId });
    const saved = await api.editor.story.save({
      id: blockId,
      baseVersion: b.version,
      body: "The editor's own words.",
    });
    const submitted = await api.editor.story.submit({ id: blockId, baseVersion: saved.version });
    const own = await trpcError(
      api.editor.story.approve({ id: blockId, baseVersion: submitted.version }),
    );
    expect(own.code).toBe("FORBIDDEN");

    // Rejected: the published text is current again and readers never saw the draft.
    const rejected = await api.admin.story.reject({
      id: blockId,
      baseVersion: submitted.version,
      note: "STORY-NOTE-2: keep the figures.",
    });
    expect(rejected).toMatchObject({ status: "approved", publishedRevisionNumber: 2 });
    expect(rejected.working.number).toBe(2);
    expect(rejected.reviews.at(-1)).toMatchObject({ decision: "rejected" });
    expect(await publicText()).not.toContain("editor's own words");
    expect(await publicText()).not.toContain("STORY-NOTE");
  });

  it("refuses a save from a stale version with the current text and yours", async () => {
    const b = await api.writer.story.get({ id: blockId });
    await api.writer.story.save({ id: blockId, baseVersion: b.version, body: "First words." });
    const e = await trpcError(
      api.checker.story.save({ id: blockId, baseVersion: b.version, body: "Second words." }),
    );
    expect(e.code).toBe("CONFLICT");
    const details = ConflictDetailsSchema.parse((e.cause as ConflictError).details);
    expect(details).toMatchObject({
      kind: "story_block",
      ref: b.key,
      expectedVersion: b.version,
      currentVersion: b.version + 1,
      changedFields: ["body"],
      current: { body: "First words." },
      yours: { body: "Second words." },
      lastChange: { by: { name: "Test Writer" }, action: "story.save" },
    });
  });

  describe("creating a block", () => {
    const layout = async (sectionKey: string) =>
      (
        await t.db.storyBlock.findMany({
          where: { sectionKey },
          orderBy: { position: "asc" },
          select: { key: true, position: true },
        })
      ).map((b) => `${b.key}@${b.position}`);

    it("adds a draft at the section's end, then one after a given block, moving later ones down", async () => {
      await insertCase(t.db, {
        story: [1, 2].map((n) => ({
          key: `arms-${n}`,
          sectionKey: "arms",
          sectionTitle: "The arms",
          sectionPosition: 7,
          position: n,
          body: `Paragraph ${n === 1 ? "one" : "two"} of the arms.`,
        })),
      });
      const first = await t.db.storyBlock.findUniqueOrThrow({ where: { key: "arms-1" } });

      const body = `Shells crossed by rail in 2023.{{${live.ref}}} More followed.`;
      const atEnd = await api.writer.story.create({
        section: { kind: "existing", key: "arms" },
        body,
      });
      expect(atEnd).toMatchObject({
        key: "arms-3",
        sectionKey: "arms",
        sectionTitle: "The arms",
        sectionPosition: 7,
        position: 3,
        status: "draft",
        version: 1,
        author: { name: "Test Writer" },
        publishedAt: null,
        publishedRevisionNumber: null,
        working: { number: 1, body, citedRefs: [live.ref], author: { name: "Test Writer" } },
      });

      const after = await api.checker.story.create({
        section: { kind: "existing", key: "arms" },
        afterId: first.id,
        body: "A paragraph between the first two.",
      });
      expect(after).toMatchObject({ key: "arms-4", position: 2, status: "draft" });
      expect(await layout("arms")).toEqual(["arms-1@1", "arms-4@2", "arms-2@3", "arms-3@4"]);

      const entries = await t.db.auditEntry.findMany({
        where: { entityType: "story_block", entityId: { in: [atEnd.id, after.id] } },
        orderBy: { seq: "asc" },
        select: { action: true, entityId: true, after: true },
      });
      expect(entries).toMatchObject([
        { action: "story.create", entityId: atEnd.id, after: { key: "arms-3", shifted: 0 } },
        { action: "story.create", entityId: after.id, after: { key: "arms-4", shifted: 2 } },
      ]);
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    });

    it("opens a new section after the last one", async () => {
      const last = await t.db.storyBlock.aggregate({ _max: { sectionPosition: true } });
      const created = await api.editor.story.create({
        section: { kind: "new", key: "outlook", title: "What comes next" },
        body: "Nobody expects the trade to stop soon.",
      });
      expect(created).toMatchObject({
        key: "outlook-1",
        sectionKey: "outlook",
        sectionTitle: "What comes next",
        sectionPosition: (last._max.sectionPosition ?? 0) + 1,
        position: 1,
      });
      expect((await api.writer.story.list({})).at(-1)).toMatchObject({ key: "outlook-1" });
    });

    it("refuses bad input naming the field, and writes nothing", async () => {
      const before = {
        blocks: await t.db.storyBlock.count(),
        revisions: await t.db.storyBlockRevision.count(),
        audits: await t.db.auditEntry.count(),
        layout: await layout("trade"),
      };
      const elsewhere = await t.db.storyBlock.findFirstOrThrow({
        where: { sectionKey: { not: "trade" } },
      });
      const cases: [unknown, string, RegExp][] = [
        [
          { section: { kind: "existing", key: "trade" }, body: "About 6,700 containers crossed." },
          "body",
          /cites no claim/,
        ],
        [
          { section: { kind: "existing", key: "trade" }, body: "Crossed in 2023.{{C9999}}" },
          "body",
          /C9999.*not a claim/,
        ],
        [
          { section: { kind: "existing", key: "nowhere" }, body: "Words." },
          "section.key",
          /no section/,
        ],
        [
          { section: { kind: "existing", key: "Trade!" }, body: "Words." },
          "section.key",
          /section key/,
        ],
        [
          { section: { kind: "new", key: "trade", title: "Again" }, body: "Words." },
          "section.key",
          /already a section/,
        ],
        [
          { section: { kind: "new", key: "fresh", title: "" }, body: "Words." },
          "section.title",
          /./,
        ],
        [
          { section: { kind: "existing", key: "trade" }, afterId: elsewhere.id, body: "Words." },
          "afterId",
          /not in section "trade"/,
        ],
        [
          {
            section: { kind: "new", key: "fresh", title: "Fresh" },
            afterId: blockId,
            body: "Words.",
          },
          "afterId",
          /new section/,
        ],
        [{ section: { kind: "existing", key: "trade" }, body: "" }, "body", /./],
      ];
      for (const [input, field, message] of cases) {
        const e = await trpcError(
          api.writer.story.create(input as Parameters<typeof api.writer.story.create>[0]),
        );
        expect(e.code, JSON.stringify(input)).toBe("BAD_REQUEST");
        expect(fieldErrorsOf(e)[field], JSON.stringify(input)).toMatch(message);
      }
      expect({
        blocks: await t.db.storyBlock.count(),
        revisions: await t.db.storyBlockRevision.count(),
        audits: await t.db.auditEntry.count(),
        layout: await layout("trade"),
      }).toEqual(before);
    });

    it("keeps a new block off the public story until another editor approves it", async () => {
      const body = `A new paragraph of the trade.{{${live.ref}}}`;
      const created = await api.editor.story.create({
        section: { kind: "existing", key: "trade" },
        afterId: blockId,
        body,
      });
      const publicStory = JSON.stringify(await api.reader.story.get());
      expect(publicStory).not.toContain("A new paragraph of the trade");
      expect(publicStory).not.toContain(created.key);

      const submitted = await api.editor.story.submit({
        id: created.id,
        baseVersion: created.version,
      });
      expect(JSON.stringify(await api.reader.story.get())).not.toContain("A new paragraph");
      // Four eyes: its author cannot publish it; another editor can.
      const own = await trpcError(
        api.editor.story.approve({ id: created.id, baseVersion: submitted.version }),
      );
      expect(own.code).toBe("FORBIDDEN");
      const published = await api.admin.story.approve({
        id: created.id,
        baseVersion: submitted.version,
      });
      expect(published).toMatchObject({ status: "approved", publishedRevisionNumber: 1 });
      const trade = (await api.reader.story.get()).sections.find((s) => s.key === "trade");
      expect(trade?.blocks.map((b) => b.key)).toEqual(["trade-1", created.key]);
    });
  });
});
