// Public text that only one person read: a change to a published actor, transfer, sanction,
// event or source, and a merge of actors, reach readers only once a second person approves
// them. Checked at the API, and at the database's CHECK constraints behind it.
import type { SessionUser } from "@armstrail/db";
import {
  actorRecord,
  eventRecord,
  insertCase,
  sanctionRecord,
  sourceRecord,
  testSessions,
  transferRecord,
  useTestDb,
} from "@armstrail/db/testing";
import type { EntityType, Role } from "@armstrail/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller, createPublicCaller } from "../../../callers";
import { trpcError as failure } from "../workflow-fixtures";

type Data = Record<string, unknown>;
interface Area {
  get(i: { id: string } | { ref: string }): Promise<{
    id: string;
    version: number;
    reviewStatus: string;
    data: Data;
    pendingChange: { state: string; authors: { name: string }[] } | null;
    publicData: Data | null;
  }>;
  update(i: Data): Promise<{ version: number }>;
  list(i: { query: string }): Promise<{ items: { ref: string; change: string | null }[] }>;
  submit(i: { id: string; baseVersion: number }): Promise<{ version: number }>;
  publish(i: { id: string; baseVersion: number }): Promise<{ version: number }>;
  reject(i: { id: string; baseVersion: number; note?: string }): Promise<{ version: number }>;
}

describe("changes to published records go through review", () => {
  const t = useTestDb();
  const sessions = new Map<Role, SessionUser>();
  const as = (role: Role) => createEditorCaller(t.db, sessions.get(role)!);
  const area = (role: Role, type: EntityType) => as(role)[type] as unknown as Area;
  const pub = () => createPublicCaller(t.db);

  const source = sourceRecord({ title: "Original report title" });
  const actor = actorRecord({ description: "Original actor text." });
  const other = actorRecord({ name: "Counterpart" });
  const event = eventRecord({ title: "Original event title" });
  const sanction = sanctionRecord({ instrument: "Original instrument" });
  const transfer = transferRecord({
    supplierRef: actor.ref,
    recipientRef: other.ref,
    designation: "Original designation",
  });

  // One text field of each type, as readers see it and as a fact-checker changes it.
  const cases: { type: EntityType; ref: string; field: string; before: string }[] = [
    { type: "actor", ref: actor.ref, field: "description", before: "Original actor text." },
    { type: "source", ref: source.ref, field: "title", before: "Original report title" },
    { type: "event", ref: event.ref, field: "title", before: "Original event title" },
    { type: "sanction", ref: sanction.ref, field: "instrument", before: "Original instrument" },
    { type: "transfer", ref: transfer.ref, field: "designation", before: "Original designation" },
  ];

  beforeAll(async () => {
    await insertCase(t.db, {
      sources: [source],
      actors: [actor, other],
      events: [event],
      sanctions: [sanction],
      transfers: [transfer],
    });
    for (const [role, session] of await testSessions(t.db)) sessions.set(role, session);
  });

  const publicText = async (type: EntityType, ref: string, field: string) => {
    const read = (pub() as unknown as Record<EntityType, unknown>)[type] as {
      byRef(i: { ref: string }): Promise<Data>;
    };
    return (await read.byRef({ ref }))[field];
  };

  for (const c of cases) {
    it(`${c.type}: a fact-checker's edit stays private until another person approves it`, async () => {
      const checker = area("fact_checker", c.type);
      const start = await checker.get({ ref: c.ref });
      expect(start.reviewStatus).toBe("published");
      const jobs = await t.db.revalidationJob.count();

      const after = `${c.before} (changed)`;
      const saved = await checker.update({
        ...start.data,
        id: start.id,
        baseVersion: start.version,
        [c.field]: after,
      });
      expect(saved.version).toBe(start.version + 1);
      // Readers still see the published text; nothing was queued for the explainer.
      expect(await publicText(c.type, c.ref, c.field)).toBe(c.before);
      expect(await t.db.revalidationJob.count()).toBe(jobs);
      // The editor shows the change and what the public sees.
      const opened = await checker.get({ ref: c.ref });
      expect(opened.data[c.field]).toBe(after);
      expect(opened.publicData?.[c.field]).toBe(c.before);
      expect(opened.pendingChange).toMatchObject({ state: "proposed" });
      expect(opened.pendingChange?.authors.map((a) => a.name)).toEqual(["Test Checker"]);
      // Lists flag it, so a reviewer can find it.
      const listed = await area("editor", c.type).list({ query: c.ref });
      expect(listed.items.find((i) => i.ref === c.ref)?.change).toBe("proposed");

      // Not before it is sent to review, and never by its author.
      expect(
        (await failure(checker.publish({ id: start.id, baseVersion: opened.version }))).code,
      ).toBe("PRECONDITION_FAILED");
      const sent = await checker.submit({ id: start.id, baseVersion: opened.version });
      const own = await failure(checker.publish({ id: start.id, baseVersion: sent.version }));
      expect(own.code).toBe("FORBIDDEN");
      expect(await publicText(c.type, c.ref, c.field)).toBe(c.before);

      // The database refuses the author's approval too, whatever path it comes by.
      const pending = await t.db.entityRevision.findFirstOrThrow({
        where: { entityType: c.type, entityId: start.id, state: "in_review" },
      });
      await expect(
        t.db
          .$executeRaw`UPDATE entity_revisions SET state = 'approved', approved_by_id = ${pending.authorId}::uuid, approved_at = now() WHERE id = ${pending.id}::uuid`,
      ).rejects.toThrow(/entity_revisions_four_eyes_check/);

      const approved = await area("editor", c.type).publish({
        id: start.id,
        baseVersion: sent.version,
      });
      expect(approved.version).toBe(sent.version + 1);
      expect(await publicText(c.type, c.ref, c.field)).toBe(after);
      expect(await t.db.revalidationJob.count()).toBe(jobs + 1);
      const done = await checker.get({ ref: c.ref });
      expect(done.pendingChange).toBeNull();
      expect(done.publicData).toBeNull();
      expect(done.reviewStatus).toBe("published");
    });
  }

  it("a rejected change leaves the published text as it was, and the editor back on it", async () => {
    const checker = area("fact_checker", "source");
    const start = await checker.get({ ref: source.ref });
    const saved = await checker.update({
      ...start.data,
      id: start.id,
      baseVersion: start.version,
      title: "A title nobody approved",
    });
    const sent = await checker.submit({ id: start.id, baseVersion: saved.version });
    await area("editor", "source").reject({
      id: start.id,
      baseVersion: sent.version,
      note: "Keep the original title",
    });
    const now = await checker.get({ ref: source.ref });
    expect(now.pendingChange).toBeNull();
    expect(now.data.title).toBe(start.data.title);
    expect(await publicText("source", source.ref, "title")).toBe(start.data.title);
  });

  it("two saves of a published record from one version: the second is a conflict with the first's text", async () => {
    const checker = area("fact_checker", "event");
    const start = await checker.get({ ref: event.ref });
    const save = (role: Role, title: string) =>
      area(role, "event").update({
        ...start.data,
        id: start.id,
        baseVersion: start.version,
        title,
      });
    await save("fact_checker", "The checker's title");
    const lost = await failure(save("editor", "The editor's title"));
    expect(lost.code).toBe("CONFLICT");
    const details = (lost.cause as unknown as { details: Record<string, unknown> }).details;
    expect((details.theirs as Data).title).toBe("The checker's title");
    expect(details.fields).toEqual(["title"]);
    // Saving again on the new version adds to the change; both authors are now kept apart from it.
    const opened = await checker.get({ ref: event.ref });
    await area("editor", "event").update({
      ...opened.data,
      id: start.id,
      baseVersion: opened.version,
      title: "The editor's title",
    });
    const both = await checker.get({ ref: event.ref });
    expect(both.pendingChange?.authors.map((a) => a.name).sort()).toEqual([
      "Test Checker",
      "Test Editor",
    ]);
    const sent = await area("editor", "event").submit({ id: start.id, baseVersion: both.version });
    for (const role of ["fact_checker", "editor"] as const) {
      const refused = await failure(
        area(role, "event").publish({ id: start.id, baseVersion: sent.version }),
      );
      expect(refused.code).toBe("FORBIDDEN");
    }
    await area("admin", "event").publish({ id: start.id, baseVersion: sent.version });
    expect(await publicText("event", event.ref, "title")).toBe("The editor's title");
  });

  it("the creator of a record cannot approve someone else's change to it", async () => {
    const mine = await as("fact_checker").source.create({
      publisher: "Wire",
      title: "Checker's own source",
      titleIsDescriptive: false,
      published: "2024",
      url: "https://example.org/checkers-own",
      kind: "news",
      kindNote: null,
    });
    await as("fact_checker").source.submit({ id: mine.id, baseVersion: 1 });
    await as("editor").source.publish({ id: mine.id, baseVersion: 2 });
    // The first publication named its approver too, and the database kept them apart.
    const first = await t.db.entityRevision.findFirstOrThrow({
      where: { entityId: mine.id, state: "approved" },
    });
    expect(first.approvedById).toBe(sessions.get("editor")!.id);
    const changed = await as("editor").source.update({
      ...mine.data,
      id: mine.id,
      baseVersion: 3,
      title: "Editor's better title",
    });
    const sent = await as("editor").source.submit({ id: mine.id, baseVersion: changed.version });
    const creator = await failure(
      as("fact_checker").source.publish({ id: mine.id, baseVersion: sent.version }),
    );
    expect(creator.code).toBe("FORBIDDEN");
    await as("admin").source.publish({ id: mine.id, baseVersion: sent.version });
    expect(await publicText("source", mine.ref, "title")).toBe("Editor's better title");
  });

  it("a contributor cannot change a published record at all", async () => {
    const start = await area("editor", "actor").get({ ref: other.ref });
    const refused = await failure(
      area("contributor", "actor").update({
        ...start.data,
        id: start.id,
        baseVersion: start.version,
        name: "Renamed",
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });

  describe("merging actors", () => {
    // Refs of their own: the server numbers new records after the factories'.
    const survivor = actorRecord({ ref: "A901", name: "Published survivor", aliases: ["PS"] });
    const duplicate = actorRecord({ ref: "A902", name: "Published duplicate" });
    const a = actorRecord({ ref: "A903", name: "Keep A" });
    const b = actorRecord({ ref: "A904", name: "Keep B" });

    beforeAll(async () => {
      await insertCase(t.db, { actors: [survivor, duplicate, a, b] });
    });

    const ids = async (ref: string) => {
      const a = await as("editor").actor.get({ ref });
      return { id: a.id, version: a.version };
    };

    const draftActor = (name: string) =>
      as("contributor").actor.create({
        name,
        kind: "company",
        country: "RU",
        description: "Not reviewed",
        aliases: [],
        identifiers: [],
        links: [],
        sourceRefs: [],
      });

    it("a draft never merges into a published actor: its names would go public unread", async () => {
      const draft = await draftActor("Draft duplicate");
      const s = await ids(survivor.ref);
      const refused = await failure(
        as("editor").actor.merge({
          survivorId: s.id,
          survivorVersion: s.version,
          mergedId: draft.id,
          mergedVersion: draft.version,
        }),
      );
      expect(refused.code).toBe("PRECONDITION_FAILED");
      expect(refused.message).toContain(`publish ${draft.ref} first`);
      expect((await pub().actor.byRef({ ref: survivor.ref })).aliases).toEqual(["PS"]);
      expect(await pub().actor.redirect({ ref: draft.ref })).toEqual({ redirectTo: null });
      expect(await t.db.actor.count({ where: { id: draft.id } })).toBe(1);
    });

    it("two drafts merge at once: nothing public changes", async () => {
      const one = await draftActor("Draft one");
      const two = await draftActor("Draft one LLC");
      const merged = await as("editor").actor.merge({
        survivorId: one.id,
        survivorVersion: one.version,
        mergedId: two.id,
        mergedVersion: two.version,
      });
      expect(merged.outcome).toBe("merged");
      expect(merged.survivor.data.aliases).toEqual(["Draft one LLC"]);
    });

    it("a merge of two published actors waits for a second editor", async () => {
      const s = await ids(survivor.ref);
      const d = await ids(duplicate.ref);
      const proposed = await as("editor").actor.merge({
        survivorId: s.id,
        survivorVersion: s.version,
        mergedId: d.id,
        mergedVersion: d.version,
      });
      expect(proposed.outcome).toBe("proposed");
      const proposal = proposed.proposal!;
      expect(proposal).toMatchObject({ status: "pending", mergedRef: duplicate.ref });
      // Nothing moved: both still public as they were, no redirect.
      expect((await pub().actor.byRef({ ref: duplicate.ref })).name).toBe("Published duplicate");
      expect((await pub().actor.byRef({ ref: survivor.ref })).aliases).toEqual(["PS"]);
      expect(await as("contributor").actor.mergeProposals({ id: s.id })).toHaveLength(1);

      const own = await failure(as("editor").actor.approveMerge({ proposalId: proposal.id }));
      expect(own.code).toBe("FORBIDDEN");
      const checker = await failure(
        as("fact_checker").actor.approveMerge({ proposalId: proposal.id }),
      );
      expect(checker.code).toBe("FORBIDDEN");
      await expect(
        t.db
          .$executeRaw`UPDATE actor_merge_proposals SET status = 'approved', decided_by_id = proposed_by_id, decided_at = now() WHERE id = ${proposal.id}::uuid`,
      ).rejects.toThrow(/actor_merge_proposals_four_eyes_check/);
      expect(await t.db.actor.count({ where: { id: d.id } })).toBe(1);

      const approved = await as("admin").actor.approveMerge({ proposalId: proposal.id });
      expect(approved.status).toBe("approved");
      expect(approved.decidedBy?.name).toBe("Test Admin");
      expect(await pub().actor.redirect({ ref: duplicate.ref })).toEqual({
        redirectTo: survivor.ref,
      });
      expect((await pub().actor.byRef({ ref: survivor.ref })).aliases).toEqual([
        "PS",
        "Published duplicate",
      ]);
      const revision = await t.db.entityRevision.findFirstOrThrow({
        where: { entityId: s.id },
        orderBy: { number: "desc" },
      });
      expect(revision).toMatchObject({
        state: "approved",
        authorId: sessions.get("editor")!.id,
        approvedById: sessions.get("admin")!.id,
      });
      expect(
        (await failure(as("admin").actor.approveMerge({ proposalId: proposal.id }))).code,
      ).toBe("PRECONDITION_FAILED");
    });

    it("a proposed merge can be rejected, and nothing moves", async () => {
      const [x, y] = [await ids(a.ref), await ids(b.ref)];
      const { proposal } = await as("admin").actor.merge({
        survivorId: x.id,
        survivorVersion: x.version,
        mergedId: y.id,
        mergedVersion: y.version,
      });
      const rejected = await as("editor").actor.rejectMerge({
        proposalId: proposal!.id,
        note: "Not the same company",
      });
      expect(rejected.status).toBe("rejected");
      expect((await pub().actor.byRef({ ref: b.ref })).name).toBe("Keep B");
      expect(await as("editor").actor.mergeProposals({ id: x.id })).toEqual([]);
    });
  });
});
