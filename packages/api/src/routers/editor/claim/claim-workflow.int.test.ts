import { ConflictError, verifyAuditChain } from "@armstrail/db";
import {
  actorRecord,
  draftRecord,
  insertCase,
  severalSessionsSkipReason,
  sourceRecord,
  useTestDb,
} from "@armstrail/db/testing";
import { ConflictDetailsSchema, type ClaimContent, type ClaimDraft } from "@armstrail/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { callers, claimDraft, loadSessions, trpcError, type Sessions } from "../workflow-fixtures";

describe("the claim workflow through the editor and public APIs", () => {
  const t = useTestDb();
  const source = sourceRecord({ publisher: "Workflow Wire" });
  const actor = actorRecord({ name: "Workflow Shipping Ltd" });
  // A draft that came in with the seed: it has revisions but no audit history.
  const seededDraft = draftRecord({
    statement: "A seeded draft about a shipment.",
    authorEmail: "writer@test.local",
    evidence: [
      { sourceRef: source.ref, reliability: "B", credibility: 2, supports: "It says so." },
    ],
  });
  let sessions: Sessions;
  let api: ReturnType<typeof callers>;

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source], actors: [actor], drafts: [seededDraft] });
    sessions = await loadSessions(t.db);
    api = callers(t.db, sessions);
  });

  /** Everything a reader can reach, as one string: nothing internal may be in it. */
  async function everythingPublic(ref: string): Promise<string> {
    const parts: unknown[] = [
      await api.reader.claim.list({}),
      await api.reader.corrections.list(),
      await api.reader.story.get(),
      await api.reader.search({ query: "containers" }),
    ];
    for (const call of [
      () => api.reader.claim.byRef({ ref }),
      () => api.reader.claim.history({ ref }),
    ]) {
      parts.push(await call().catch(() => null));
    }
    return JSON.stringify(parts);
  }

  async function revalidationJobs() {
    return t.db.revalidationJob.count();
  }

  it("takes a claim from draft to published, through a correction, to retraction", async () => {
    const created = await api.writer.claim.create(claimDraft(source.ref));
    expect(created).toMatchObject({ status: "draft", version: 1, author: { name: "Test Writer" } });
    expect(created.ref).toMatch(/^C\d+$/);
    expect(created.working.number).toBe(1);
    const { id, ref } = created;

    // A draft is invisible to readers.
    expect((await trpcError(api.reader.claim.byRef({ ref }))).code).toBe("NOT_FOUND");

    const submitted = await api.writer.claim.submit({ id, baseVersion: 1 });
    expect(submitted).toMatchObject({ status: "in_review", version: 2 });

    const sentBack = await api.checker.claim.requestChanges({
      id,
      baseVersion: 2,
      note: "REVIEWER-NOTE-1: name the second source.",
    });
    expect(sentBack.status).toBe("changes_requested");
    expect(sentBack.reviews.at(-1)).toMatchObject({
      decision: "changes_requested",
      note: "REVIEWER-NOTE-1: name the second source.",
    });

    await api.checker.claim.comment({ id, body: "INTERNAL-COMMENT-1: see the AP wire too." });
    const revised = await api.writer.claim.save({
      id,
      baseVersion: 3,
      ...claimDraft(source.ref, { finding: "Two independent sources, AP and Reuters, agree." }),
    });
    expect(revised).toMatchObject({ version: 4, working: { number: 2 } });
    expect(revised.comments.map((c) => c.body)).toEqual([
      "INTERNAL-COMMENT-1: see the AP wire too.",
    ]);

    // The author cannot approve their own claim.
    await api.writer.claim.submit({ id, baseVersion: 4 });
    const own = await trpcError(api.writer.claim.approve({ id, baseVersion: 5 }));
    expect(own.code).toBe("FORBIDDEN");

    const jobsBefore = await revalidationJobs();
    const approved = await api.checker.claim.approve({
      id,
      baseVersion: 5,
      note: "REVIEWER-NOTE-2: checked both wires.",
    });
    expect(approved).toMatchObject({
      status: "approved",
      version: 6,
      publishedRevisionNumber: 2,
      correcting: false,
      working: { number: 2, approvedBy: { name: "Test Checker" } },
    });
    expect(approved.publishedAt).not.toBeNull();
    expect(await revalidationJobs()).toBe(jobsBefore + 1);

    const published = await api.reader.claim.byRef({ ref });
    expect(published.finding).toBe("Two independent sources, AP and Reuters, agree.");

    // A correction: the approved text stays public while the new one is drafted and reviewed.
    const correcting = await api.editor.claim.correct({
      id,
      baseVersion: 6,
      note: "The count was revised by the second source.",
    });
    expect(correcting).toMatchObject({
      status: "draft",
      correcting: true,
      publishedRevisionNumber: 2,
      working: { number: 3, changeNote: "The count was revised by the second source." },
    });
    await api.editor.claim.save({
      id,
      baseVersion: 7,
      ...claimDraft(source.ref, {
        statement: "North Korea sent about 2,000 containers of shells to Russia by October 2023.",
        finding: "The second source revised its count to 2,000.",
      }),
    });
    await api.editor.claim.submit({ id, baseVersion: 8 });
    expect((await api.reader.claim.byRef({ ref })).finding).toBe(
      "Two independent sources, AP and Reuters, agree.",
    );
    // The editor wrote the correction, so they cannot approve it; the checker can.
    expect((await trpcError(api.editor.claim.approve({ id, baseVersion: 9 }))).code).toBe(
      "FORBIDDEN",
    );
    const corrected = await api.checker.claim.approve({ id, baseVersion: 9 });
    expect(corrected).toMatchObject({ status: "approved", publishedRevisionNumber: 4 });
    expect(await revalidationJobs()).toBe(jobsBefore + 2);

    const afterCorrection = await api.reader.claim.byRef({ ref });
    expect(afterCorrection.finding).toBe("The second source revised its count to 2,000.");
    expect(afterCorrection.publishedAt).toBe(published.publishedAt);
    const history = await api.reader.claim.history({ ref });
    expect(history.map((h) => h.event)).toEqual(["published", "corrected"]);
    expect(history[1]?.note).toBe("The count was revised by the second source.");
    expect(await api.reader.corrections.list()).toContainEqual(
      expect.objectContaining({
        ref,
        kind: "correction",
        reason: "The count was revised by the second source.",
      }),
    );

    // Retraction: it leaves the public pages and appears among the corrections.
    const retracted = await api.editor.claim.retract({
      id,
      baseVersion: 10,
      reason: "The underlying report was withdrawn by its publisher.",
    });
    expect(retracted).toMatchObject({ status: "retracted", correcting: false });
    expect(await revalidationJobs()).toBe(jobsBefore + 3);
    expect((await trpcError(api.reader.claim.byRef({ ref }))).code).toBe("NOT_FOUND");
    expect((await api.reader.claim.list({})).items.map((c) => c.ref)).not.toContain(ref);
    expect(await api.reader.corrections.list()).toContainEqual(
      expect.objectContaining({
        ref,
        kind: "retraction",
        reason: "The underlying report was withdrawn by its publisher.",
      }),
    );

    // Reviewer notes and comments never reach readers.
    const everything = await everythingPublic(ref);
    expect(everything).not.toContain("REVIEWER-NOTE");
    expect(everything).not.toContain("INTERNAL-COMMENT");

    // Every action is in the audit log, and the chain holds.
    const actions = (
      await t.db.auditEntry.findMany({
        where: { entityType: "claim", entityId: id },
        orderBy: { seq: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "claim.create",
      "claim.submit",
      "claim.request_changes",
      "claim.comment",
      "claim.save",
      "claim.submit",
      "claim.approve",
      "claim.correct",
      "claim.save",
      "claim.submit",
      "claim.approve",
      "claim.retract",
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it("rejecting a correction leaves the approved text public and current", async () => {
    const { id, ref } = await publishedClaim(api, source.ref);
    await api.editor.claim.correct({
      id,
      baseVersion: 3,
      note: "A correction that will not pass.",
    });
    await api.editor.claim.save({
      id,
      baseVersion: 4,
      ...claimDraft(source.ref, { finding: "A wrong correction." }),
    });
    await api.editor.claim.submit({ id, baseVersion: 5 });
    const rejected = await api.checker.claim.reject({
      id,
      baseVersion: 6,
      note: "REVIEWER-NOTE-3: the correction is wrong.",
    });
    expect(rejected).toMatchObject({
      status: "approved",
      correcting: false,
      publishedRevisionNumber: 1,
      working: { number: 1 },
    });
    expect(rejected.reviews.at(-1)?.decision).toBe("rejected");
    expect((await api.reader.claim.byRef({ ref })).finding).toBe(
      "Two independent sources give the same count.",
    );
    // Not shown as a correction: nothing was corrected.
    expect((await api.reader.claim.history({ ref })).map((h) => h.event)).toEqual(["published"]);
    expect(JSON.stringify(await api.reader.corrections.list())).not.toContain(ref);
  });

  it("a claim can be retracted while a correction of it is in review", async () => {
    const { id, ref } = await publishedClaim(api, source.ref);
    await api.editor.claim.correct({ id, baseVersion: 3, note: "Fixing the count in the claim." });
    await api.editor.claim.submit({ id, baseVersion: 4 });
    await api.admin.claim.retract({ id, baseVersion: 5, reason: "The whole claim is unsound." });
    expect((await trpcError(api.reader.claim.byRef({ ref }))).code).toBe("NOT_FOUND");
  });

  it("refuses to send a claim to review without evidence, unless it is an opinion", async () => {
    const bare = await api.writer.claim.create(claimDraft(source.ref, { evidence: [] }));
    const refused = await trpcError(api.writer.claim.submit({ id: bare.id, baseVersion: 1 }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toMatch(/evidence/);
    expect((await api.writer.claim.get({ id: bare.id })).status).toBe("draft");

    const opinion = await api.writer.claim.create(
      claimDraft(source.ref, { evidence: [], claimType: "opinion", verdict: "opinion" }),
    );
    expect((await api.writer.claim.submit({ id: opinion.id, baseVersion: 1 })).status).toBe(
      "in_review",
    );
  });

  it("keeps four eyes in the database too: a direct update making the author approver is refused", async () => {
    const claim = await api.writer.claim.create(claimDraft(source.ref));
    await expect(
      t.db.claimRevision.update({
        where: { id: claim.working.id },
        data: { approvedById: sessions.contributor.id, approvedAt: new Date() },
      }),
    ).rejects.toThrow(/four_eyes|check/i);
  });

  it("four eyes covers everyone who wrote a revision under review", async () => {
    const claim = await api.writer.claim.create(claimDraft(source.ref));
    await api.checker.claim.save({ id: claim.id, baseVersion: 1, ...claimDraft(source.ref) });
    await api.writer.claim.submit({ id: claim.id, baseVersion: 2 });
    const refused = await trpcError(api.checker.claim.approve({ id: claim.id, baseVersion: 3 }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((await api.editor.claim.approve({ id: claim.id, baseVersion: 3 })).status).toBe(
      "approved",
    );
  });

  it("approval publishes the draft sources it cites and refuses unpublished subjects", async () => {
    const draftSource = await t.db.source.create({
      data: {
        ref: "S9001",
        refNumber: 9001,
        publisher: "Draft Desk",
        title: "A source still in draft",
        titleIsDescriptive: false,
        url: "https://example.org/draft-source",
        kind: "news",
      },
    });
    await t.db.actor.update({ where: { ref: actor.ref }, data: { reviewStatus: "draft" } });
    const claim = await api.writer.claim.create(
      claimDraft(draftSource.id, { subjects: [{ kind: "actor", ref: actor.ref }] }),
    );
    expect(claim.working.evidence[0]?.source.reviewStatus).toBe("draft");
    await api.writer.claim.submit({ id: claim.id, baseVersion: 1 });
    const refused = await trpcError(api.checker.claim.approve({ id: claim.id, baseVersion: 2 }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain(actor.ref);
    expect((await api.checker.claim.get({ id: claim.id })).status).toBe("in_review");

    await t.db.actor.update({ where: { ref: actor.ref }, data: { reviewStatus: "published" } });
    const approved = await api.checker.claim.approve({ id: claim.id, baseVersion: 2 });
    expect(approved.working.evidence[0]?.source.reviewStatus).toBe("published");
    expect(
      await t.db.auditEntry.count({
        where: { action: "source.publish", entityId: draftSource.id },
      }),
    ).toBe(1);
  });

  it("lists revisions, compares any two field by field, and restores as a new revision", async () => {
    const claim = await api.writer.claim.create(claimDraft(source.ref));
    await api.writer.claim.save({
      id: claim.id,
      baseVersion: 1,
      ...claimDraft(source.ref, {
        verdict: "inaccurate",
        evidence: [
          { source: source.ref, reliability: "C", credibility: 3, supports: "Less sure now." },
        ],
        changeNote: "Downgraded",
      }),
    });
    const revisions = await api.writer.claim.revisions({ id: claim.id });
    expect(revisions.map((r) => [r.number, r.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const diff = await api.writer.claim.compare({ id: claim.id, from: 1, to: 2 });
    expect(diff.changedFields).toEqual(["verdict", "evidence", "changeNote"]);
    expect(diff.from.content.evidence[0]).toMatchObject({ reliability: "B", credibility: 2 });
    expect(diff.to.content.evidence[0]).toMatchObject({ reliability: "C", credibility: 3 });

    const restored = await api.writer.claim.restore({ id: claim.id, baseVersion: 2, number: 1 });
    expect(restored.working).toMatchObject({
      number: 3,
      restoredFrom: 1,
      verdict: "mostly_accurate",
    });
    expect(
      (await api.writer.claim.compare({ id: claim.id, from: 1, to: 3 })).changedFields,
    ).toEqual(["changeNote"]);
    expect(await api.writer.claim.revisions({ id: claim.id })).toHaveLength(3);
    const restoreEntry = await t.db.auditEntry.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.restore" },
    });
    expect(restoreEntry.after).toMatchObject({ version: 3, revision: 3, restoredFrom: 1 });
  });

  it("assigns to reviewers only, and the queue filters by assignee, author, type and text", async () => {
    const claim = await api.writer.claim.create(
      claimDraft(source.ref, { statement: "A uniquely worded statement about zebra cargo." }),
    );
    await api.writer.claim.submit({ id: claim.id, baseVersion: 1 });
    const notReviewer = await trpcError(
      api.checker.claim.assign({
        id: claim.id,
        baseVersion: 2,
        assigneeId: sessions.contributor.id,
      }),
    );
    expect(notReviewer.code).toBe("PRECONDITION_FAILED");
    const assigned = await api.checker.claim.assign({
      id: claim.id,
      baseVersion: 2,
      assigneeId: sessions.fact_checker.id,
    });
    expect(assigned.assignee?.name).toBe("Test Checker");
    const assignEntry = await t.db.auditEntry.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.assign" },
    });
    expect(assignEntry).toMatchObject({
      actorLabel: "checker@test.local",
      before: { assigneeId: null },
      after: { assigneeId: sessions.fact_checker.id, version: 3 },
    });

    const mine = await api.checker.review.queue({ assigneeId: sessions.fact_checker.id });
    expect(mine.items.map((c) => c.ref)).toEqual([claim.ref]);
    const byText = await api.checker.review.queue({ text: "zebra cargo" });
    expect(byText.items.map((c) => c.ref)).toEqual([claim.ref]);
    const byRef = await api.checker.claim.list({ text: claim.ref.toLowerCase() });
    expect(byRef.items.map((c) => c.ref)).toEqual([claim.ref]);
    const opinions = await api.checker.review.queue({ claimType: "opinion" });
    expect(opinions.items.map((c) => c.ref)).not.toContain(claim.ref);
    const drafts = await api.checker.claim.list({
      status: "in_review",
      authorId: sessions.contributor.id,
      verdict: "mostly_accurate",
    });
    expect(drafts.items.map((c) => c.ref)).toContain(claim.ref);
    expect(drafts.items.every((c) => c.status === "in_review")).toBe(true);
  });

  it("contributors edit only their own drafts; nobody edits an approved claim except by correcting", async () => {
    const theirs = await api.admin.claim.create(claimDraft(source.ref));
    const refused = await trpcError(
      api.writer.claim.save({ id: theirs.id, baseVersion: 1, ...claimDraft(source.ref) }),
    );
    expect(refused.code).toBe("FORBIDDEN");

    const { id } = await publishedClaim(api, source.ref);
    const closed = await trpcError(
      api.admin.claim.save({ id, baseVersion: 3, ...claimDraft(source.ref) }),
    );
    expect(closed.code).toBe("PRECONDITION_FAILED");
    expect(closed.message).toMatch(/correction/);
  });

  it("a conflict on a seeded claim still shows the text both sides started from", async () => {
    const claim = await api.writer.claim.get({ ref: seededDraft.ref });
    expect(claim.version).toBe(1);
    const content = claimDraft(source.ref, { statement: seededDraft.statement });
    await api.checker.claim.save({ id: claim.id, baseVersion: 1, ...content, finding: "Theirs." });
    const lost = await trpcError(
      api.writer.claim.save({ id: claim.id, baseVersion: 1, ...content, finding: "Mine." }),
    );
    expect(lost.code).toBe("CONFLICT");
    const details = ConflictDetailsSchema.parse((lost.cause as ConflictError).details);
    expect(details).toMatchObject({ kind: "claim", expectedVersion: 1, currentVersion: 2 });
    expect((details.base as ClaimContent | null)?.finding).toBe(seededDraft.finding);
    expect((details.current as ClaimContent).finding).toBe("Theirs.");
    expect(details.changedFields).toContain("finding");
    expect((details.yours as ClaimDraft | null)?.finding).toBe("Mine.");
  });

  describe.skipIf(t.kind === "embedded")("at the same time (real PostgreSQL)", () => {
    it.skipIf(t.kind === "embedded")(
      `two saves from the same version: one wins, the other gets a conflict and loses nothing (${t.kind === "embedded" ? severalSessionsSkipReason : "postgres"})`,
      async () => {
        const claim = await api.writer.claim.create(claimDraft(source.ref));
        const mine = claimDraft(source.ref, { finding: "Finding typed by the writer." });
        const theirs = claimDraft(source.ref, { finding: "Finding typed by the checker." });
        const results = await Promise.allSettled([
          api.writer.claim.save({ id: claim.id, baseVersion: 1, ...mine }),
          api.checker.claim.save({ id: claim.id, baseVersion: 1, ...theirs }),
        ]);
        const won = results.filter((r) => r.status === "fulfilled");
        const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        const error = lost[0] as { code?: string; cause?: unknown };
        expect(error.code).toBe("CONFLICT");
        expect(error.cause).toBeInstanceOf(ConflictError);
        const details = ConflictDetailsSchema.parse((error.cause as ConflictError).details);
        expect(details).toMatchObject({
          kind: "claim",
          ref: claim.ref,
          expectedVersion: 1,
          currentVersion: 2,
          changedFields: ["finding"],
        });
        expect(details.lastChange?.action).toBe("claim.save");

        // Both texts are recoverable: the winner's is saved, the loser's comes back.
        const now = await api.writer.claim.get({ id: claim.id });
        const saved = now.working.finding;
        expect([mine.finding, theirs.finding]).toContain(saved);
        expect((details.current as ClaimContent).finding).toBe(saved);
        expect((details.yours as ClaimDraft | null)?.finding).toBe(
          saved === mine.finding ? theirs.finding : mine.finding,
        );
        expect((details.base as ClaimContent | null)?.finding).toBe(claim.working.finding);
        expect(await api.writer.claim.revisions({ id: claim.id })).toHaveLength(2);
      },
    );

    it("two reviewers approving at once: exactly one approval", async () => {
      const claim = await api.writer.claim.create(claimDraft(source.ref));
      await api.writer.claim.submit({ id: claim.id, baseVersion: 1 });
      const jobs = await revalidationJobs();
      const results = await Promise.allSettled([
        api.checker.claim.approve({ id: claim.id, baseVersion: 2 }),
        api.editor.claim.approve({ id: claim.id, baseVersion: 2 }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((lost.reason as { code: string }).code).toBe("CONFLICT");
      expect(await t.db.claimReview.count({ where: { revision: { claimId: claim.id } } })).toBe(1);
      expect(
        await t.db.claimHistory.count({ where: { claimId: claim.id, toStatus: "approved" } }),
      ).toBe(1);
      expect(await revalidationJobs()).toBe(jobs + 1);
    });
  });

  it("a stale version is refused even one call at a time, and the claim is untouched", async () => {
    const claim = await api.writer.claim.create(claimDraft(source.ref));
    await api.writer.claim.save({ id: claim.id, baseVersion: 1, ...claimDraft(source.ref) });
    const stale = await trpcError(
      api.writer.claim.save({
        id: claim.id,
        baseVersion: 1,
        ...claimDraft(source.ref, { finding: "Too late." }),
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Test Writer changed claim C\d+ at .* version 1 .* version 2/);
    const now = await api.writer.claim.get({ id: claim.id });
    expect(now.version).toBe(2);
    expect(now.working.finding).not.toBe("Too late.");
  });
});

/** A published claim at version 3, written by the writer and approved by the checker. */
async function publishedClaim(api: ReturnType<typeof callers>, sourceRef: string) {
  const claim = await api.writer.claim.create(claimDraft(sourceRef));
  await api.writer.claim.submit({ id: claim.id, baseVersion: 1 });
  await api.checker.claim.approve({ id: claim.id, baseVersion: 2 });
  return claim;
}
