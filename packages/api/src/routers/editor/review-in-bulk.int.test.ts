// Bulk review through the editor router on a real database: each record decided by its own
// rules (four eyes, evidence, references published first), in dependency order, with its own
// audit entry and revalidation job; bad input and the wrong role change nothing.
import type { Db } from "@armstrail/db";
import {
  actorRecord,
  draftRecord,
  insertCase,
  insertDrafts,
  sourceRecord,
  transferRecord,
  useTestDb,
} from "@armstrail/db/testing";
import { MAX_BULK_ITEMS, type BulkItem, type BulkOutcome } from "@armstrail/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller } from "../../callers";
import {
  claimDraft,
  fieldErrorsOf,
  loadSessions,
  trpcError,
  type Sessions,
} from "./workflow-fixtures";

type Api = ReturnType<typeof createEditorCaller>;

const graded = (sourceRef: string) => [
  { sourceRef, reliability: "B" as const, credibility: 2, supports: "It says so." },
];

/** Everything that says a record changed: its status and version, audit entries, outbox. */
async function stateOf(db: Db) {
  const rows = (table: "claim" | "source" | "actor" | "transfer" | "storyBlock") =>
    (
      db[table] as unknown as { findMany: (q: object) => Promise<Record<string, unknown>[]> }
    ).findMany({ omit: { createdAt: true, updatedAt: true }, orderBy: { id: "asc" } });
  return {
    claims: await rows("claim"),
    sources: await rows("source"),
    actors: await rows("actor"),
    transfers: await rows("transfer"),
    blocks: await rows("storyBlock"),
    audit: await db.auditEntry.count(),
    jobs: await db.revalidationJob.count(),
  };
}

const outcomeOf = (items: BulkOutcome[], ref: string) => items.find((o) => o.ref === ref);

describe("review.bulk", () => {
  const t = useTestDb();
  let sessions: Sessions;
  let as: (role: keyof Sessions) => Api;

  beforeAll(async () => {
    await insertCase(t.db, {});
    sessions = await loadSessions(t.db);
    as = (role) => createEditorCaller(t.db, sessions[role]);
  });

  it("publishes a selection of every kind in dependency order, each with its own audit entry and revalidation job", async () => {
    const source = sourceRecord();
    const actor = actorRecord({ sourceRefs: [source.ref] });
    const partner = actorRecord({
      links: [{ type: "part_of", targetRef: actor.ref, note: null }],
    });
    const transfer = transferRecord({ recipientRef: actor.ref, sourceRefs: [source.ref] });
    const claim = draftRecord({
      authorEmail: "writer@test.local",
      evidence: graded(source.ref),
      subjects: [{ kind: "transfer", ref: transfer.ref }],
    });
    await insertDrafts(t.db, "writer@test.local", {
      sources: [source],
      actors: [actor, partner],
      transfers: [transfer],
      drafts: [claim],
    });
    const block = await as("contributor").story.create({
      section: { kind: "new", key: "bulk", title: "Bulk" },
      body: `A fact with a date in 2024.{{${claim.ref}}}`,
    });

    // Given the wrong way round: what cites comes first, what is cited last.
    const items: BulkItem[] = [
      { kind: "story_block", ref: block.key },
      { kind: "claim", ref: claim.ref },
      { kind: "transfer", ref: transfer.ref },
      { kind: "actor", ref: partner.ref },
      { kind: "actor", ref: actor.ref },
      { kind: "source", ref: source.ref },
    ];
    const submitted = await as("contributor").review.bulk({ action: "submit", items });
    expect(submitted.summary).toEqual({ total: 6, done: 6, refused: 0 });

    const before = await stateOf(t.db);
    const published = await as("editor").review.bulk({ action: "publish", items });
    expect(published.mode).toBe("per_item");
    expect(published.items.map((o) => o.ref)).toEqual([
      source.ref,
      actor.ref,
      partner.ref,
      transfer.ref,
      claim.ref,
      block.key,
    ]);
    expect(published.items.map((o) => o.outcome)).toEqual(Array(6).fill("done"));
    expect(published.items.map((o) => o.index)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(outcomeOf(published.items, claim.ref)).toMatchObject({ status: "approved" });
    expect(outcomeOf(published.items, actor.ref)).toMatchObject({ status: "published" });

    // One audit entry per record, exactly the single action's, and one revalidation job each.
    const after = await stateOf(t.db);
    expect(after.audit - before.audit).toBe(6);
    expect(after.jobs - before.jobs).toBe(6);
    const entries = await t.db.auditEntry.findMany({
      orderBy: { seq: "desc" },
      take: 6,
      select: { action: true },
    });
    expect(entries.map((e: { action: string }) => e.action).reverse()).toEqual([
      "source.publish",
      "actor.publish",
      "actor.publish",
      "transfer.publish",
      "claim.approve",
      "story.approve",
    ]);
  });

  it("publishes a new investigation, a claim of it and the checked article of that claim together, investigation first", async () => {
    const slug = "bulk-new-case";
    const investigation = await as("contributor").investigation.create({
      slug,
      title: "A case reviewed in bulk",
      standfirst: "What the bulk case looks into.",
      summary: "A case whose records are all published in one selection.",
      methodology: "Checked by two people.",
      status: "open",
    });
    const source = sourceRecord();
    await insertDrafts(t.db, "writer@test.local", { sources: [source] });
    const claim = await as("contributor").claim.create(
      claimDraft(source.ref, { investigation: slug }),
    );
    const article = await as("contributor").checked_article.create({
      investigation: slug,
      title: "The column the bulk case checked",
      outlet: "The Test Gazette",
      author: "A. Columnist",
      publishedOn: "2024-06",
      url: "https://example.org/bulk-column",
      note: null,
      claims: [{ ref: claim.ref, passage: "the passage checked" }],
    });
    // The wrong way round: the article first, the investigation it belongs to last.
    const items: BulkItem[] = [
      { kind: "checked_article", ref: article.ref },
      { kind: "claim", ref: claim.ref },
      { kind: "source", ref: source.ref },
      { kind: "investigation", ref: investigation.ref },
    ];
    expect((await as("contributor").review.bulk({ action: "submit", items })).summary).toEqual({
      total: 4,
      done: 4,
      refused: 0,
    });
    const published = await as("editor").review.bulk({ action: "publish", items });
    expect(published.items.map((o) => [o.ref, o.outcome])).toEqual([
      [investigation.ref, "done"],
      [source.ref, "done"],
      [claim.ref, "done"],
      [article.ref, "done"],
    ]);
    const stored = await t.db.checkedArticle.findUniqueOrThrow({
      where: { ref: article.ref },
      select: { reviewStatus: true, investigation: { select: { reviewStatus: true } } },
    });
    expect(stored).toEqual({
      reviewStatus: "published",
      investigation: { reviewStatus: "published" },
    });
  });

  it("refuses, per item, what four eyes forbids and does the rest", async () => {
    const source = sourceRecord();
    const mine = actorRecord();
    const theirs = actorRecord();
    await insertDrafts(t.db, "checker@test.local", { sources: [source], actors: [mine] });
    await insertDrafts(t.db, "writer@test.local", { actors: [theirs] });
    const items: BulkItem[] = [
      { kind: "actor", ref: mine.ref },
      { kind: "actor", ref: theirs.ref },
      { kind: "source", ref: source.ref },
    ];
    await as("fact_checker").review.bulk({ action: "submit", items });

    const result = await as("fact_checker").review.bulk({ action: "publish", items });
    expect(result.summary).toEqual({ total: 3, done: 1, refused: 2 });
    expect(outcomeOf(result.items, mine.ref)).toMatchObject({
      outcome: "refused",
      reason: "forbidden",
      code: "own_claim",
    });
    expect(outcomeOf(result.items, source.ref)).toMatchObject({
      outcome: "refused",
      code: "own_claim",
    });
    expect(outcomeOf(result.items, theirs.ref)).toMatchObject({
      outcome: "done",
      status: "published",
    });
    const rows = await t.db.actor.findMany({
      where: { ref: { in: [mine.ref, theirs.ref] } },
      select: { ref: true, reviewStatus: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.ref, r.reviewStatus]))).toEqual({
      [mine.ref]: "in_review",
      [theirs.ref]: "published",
    });
  });

  it("refuses a record whose reference was refused, and says why", async () => {
    const source = sourceRecord();
    const actor = actorRecord({ sourceRefs: [source.ref] });
    const other = actorRecord();
    await insertDrafts(t.db, "writer@test.local", {
      sources: [source],
      actors: [actor, other],
    });
    const items: BulkItem[] = [
      { kind: "actor", ref: actor.ref },
      { kind: "actor", ref: other.ref },
    ];
    await as("contributor").review.bulk({ action: "submit", items });
    // The source was never submitted, so the actor that cites it cannot be published.
    const result = await as("editor").review.bulk({
      action: "publish",
      items: [{ kind: "source", ref: source.ref }, ...items],
    });
    expect(outcomeOf(result.items, source.ref)).toMatchObject({
      outcome: "refused",
      reason: "precondition",
      code: "invalid_transition",
    });
    expect(outcomeOf(result.items, actor.ref)).toMatchObject({
      outcome: "refused",
      reason: "precondition",
      code: "unpublished_references",
    });
    expect(outcomeOf(result.items, other.ref)).toMatchObject({ outcome: "done" });
  });

  it("refuses a record that changed since the version given, and only that one", async () => {
    const a = actorRecord();
    const b = actorRecord();
    await insertDrafts(t.db, "writer@test.local", { actors: [a, b] });
    const result = await as("contributor").review.bulk({
      action: "submit",
      items: [
        { kind: "actor", ref: a.ref, version: 7 },
        { kind: "actor", ref: b.ref, version: 1 },
      ],
    });
    expect(result.items).toEqual([
      expect.objectContaining({ ref: a.ref, outcome: "refused", reason: "conflict" }),
      expect.objectContaining({ ref: b.ref, outcome: "done", status: "in_review" }),
    ]);
  });

  it("changes nothing on bad input: unknown, duplicate, malformed, too many, a rejection without a reason", async () => {
    const a = actorRecord();
    await insertDrafts(t.db, "writer@test.local", { actors: [a] });
    const before = await stateOf(t.db);
    const api = as("editor");

    const unknown = await trpcError(
      api.review.bulk({
        action: "submit",
        items: [
          { kind: "actor", ref: a.ref },
          { kind: "claim", ref: "C999" },
        ],
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(unknown)).toEqual({ "items.1.ref": "There is no claim C999" });

    const twice = await trpcError(
      api.review.bulk({
        action: "submit",
        items: [
          { kind: "actor", ref: a.ref },
          { kind: "actor", ref: a.ref },
        ],
      }),
    );
    expect(twice.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(twice)).toEqual({ "items.1.ref": `${a.ref} is already item 0` });

    const wrongShape = await trpcError(
      api.review.bulk({ action: "submit", items: [{ kind: "actor", ref: "C01" }] }),
    );
    expect(fieldErrorsOf(wrongShape)).toEqual({
      "items.0.ref": "Expected a actor reference such as A01",
    });

    const tooMany = await trpcError(
      api.review.bulk({
        action: "submit",
        items: Array.from({ length: MAX_BULK_ITEMS + 1 }, (_, i) => ({
          kind: "actor" as const,
          ref: `A${String(i + 1000)}`,
        })),
      }),
    );
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(tooMany)).toEqual({
      items: `At most ${MAX_BULK_ITEMS} records at once: split the selection`,
    });

    const noReason = await trpcError(
      api.review.bulk({ action: "reject", items: [{ kind: "actor", ref: a.ref }] }),
    );
    expect(fieldErrorsOf(noReason)).toEqual({ note: "A rejection must say why" });

    const empty_ = await trpcError(api.review.bulk({ action: "submit", items: [] }));
    expect(empty_.code).toBe("BAD_REQUEST");

    expect(await stateOf(t.db)).toEqual(before);
  });

  it("a contributor cannot publish or reject, and submits only their own drafts", async () => {
    const own = actorRecord();
    const checkers = actorRecord();
    await insertDrafts(t.db, "writer@test.local", { actors: [own] });
    await insertDrafts(t.db, "checker@test.local", { actors: [checkers] });
    const items: BulkItem[] = [
      { kind: "actor", ref: own.ref },
      { kind: "actor", ref: checkers.ref },
    ];
    const writer = as("contributor");
    const before = await stateOf(t.db);
    for (const action of ["publish", "reject"] as const) {
      const e = await trpcError(writer.review.bulk({ action, items, note: "No." }));
      expect(e.code).toBe("FORBIDDEN");
    }
    expect(await stateOf(t.db)).toEqual(before);

    const result = await writer.review.bulk({ action: "submit", items });
    expect(outcomeOf(result.items, own.ref)).toMatchObject({ outcome: "done" });
    expect(outcomeOf(result.items, checkers.ref)).toMatchObject({
      outcome: "refused",
      reason: "forbidden",
      code: "not_yours",
    });
  });

  it("lists what waits at each stage, of every kind, in the order bulk review acts on it", async () => {
    const source = sourceRecord();
    const claim = draftRecord({ authorEmail: "writer@test.local", evidence: graded(source.ref) });
    await insertDrafts(t.db, "writer@test.local", { sources: [source], drafts: [claim] });
    const api = as("fact_checker");
    const toSubmit = await api.review.items({ stage: "to_submit" });
    const refs = toSubmit.items.map((i) => i.ref);
    expect(refs).toEqual(expect.arrayContaining([source.ref, claim.ref]));
    expect(refs.indexOf(source.ref)).toBeLessThan(refs.indexOf(claim.ref));
    const claimsOnly = await api.review.items({ stage: "to_submit", kind: "claim", limit: 1 });
    expect(claimsOnly.items).toHaveLength(1);
    expect(claimsOnly.items[0]!.kind).toBe("claim");

    await as("contributor").review.bulk({
      action: "submit",
      items: [{ kind: "claim", ref: claim.ref }],
    });
    const waiting = await api.review.items({ stage: "in_review", kind: "claim" });
    expect(waiting.items.map((i) => i.ref)).toContain(claim.ref);
    expect(waiting.items.find((i) => i.ref === claim.ref)).toMatchObject({
      status: "in_review",
      label: claim.statement,
    });
  });
});
