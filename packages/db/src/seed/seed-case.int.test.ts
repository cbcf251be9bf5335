// The seed writes entity records through the editor's own path (insertEntities): each seeded
// record has the first revision the editor would have given it, holding exactly what the
// editor reads back, by the research desk (or the importer of drafts); a second run adds none.
import type { EntityType } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { getEditorEntity, updateEntity } from "../services/entities/core";
import {
  articleRecord,
  claimRecord,
  insertCase,
  insertDrafts,
  linkedCase,
  placeRecord,
  sourceRecord,
  testInvestigation,
  testSessions,
  useTestDb,
  userIdByEmail,
} from "../testing";
import { deskAccounts, type CaseData } from "./seed-case";

/** Every entity of a case, by type and ref. */
function entitiesOf(data: Partial<CaseData>): (readonly [EntityType, string])[] {
  return [
    ...(data.investigations ?? []).map((r) => ["investigation", r.ref] as const),
    ...(data.sources ?? []).map((r) => ["source", r.ref] as const),
    ...(data.places ?? []).map((r) => ["place", r.ref] as const),
    ...(data.actors ?? []).map((r) => ["actor", r.ref] as const),
    ...(data.events ?? []).map((r) => ["event", r.ref] as const),
    ...(data.sanctions ?? []).map((r) => ["sanction", r.ref] as const),
    ...(data.transfers ?? []).map((r) => ["transfer", r.ref] as const),
    ...(data.articles ?? []).map((r) => ["checked_article", r.ref] as const),
  ];
}

/** A case with every entity type, an actor linking to one later in the file, and an article. */
function everyKind(): Partial<CaseData> {
  const linked = linkedCase();
  const place = placeRecord({ sourceRefs: [linked.sources![0]!.ref] });
  const [port, state] = linked.actors!;
  port!.placeRef = place.ref;
  state!.identifiers = [{ scheme: "registration", value: `REG-${state!.ref}` }];
  const claim = claimRecord({ evidence: [] });
  return {
    ...linked,
    places: [place],
    claims: [...linked.claims, claim],
    articles: [
      articleRecord({
        investigation: testInvestigation.slug,
        claims: [{ ref: claim.ref, passage: "The passage it came from." }],
      }),
    ],
  };
}

async function revisionsOf(t: ReturnType<typeof useTestDb>, type: EntityType, ref: string) {
  const entity = await getEditorEntity(t.db, type, { ref });
  const revisions = await t.db.entityRevision.findMany({
    where: { entityType: type, entityId: entity.id },
    orderBy: { number: "asc" },
  });
  return { entity, revisions };
}

describe("seeded entities", () => {
  const t = useTestDb();

  it("each have a first revision by the research desk holding what the editor reads", async () => {
    const data = everyKind();
    const report = await insertCase(t.db, data);
    expect(report).toMatchObject({ actors: 2, places: 1, transfers: 1, articles: 1 });
    const desk = await userIdByEmail(t.db, deskAccounts.research.email);
    const entities = entitiesOf({ ...data, investigations: [testInvestigation] });
    expect(entities.map(([type]) => type)).toEqual(
      expect.arrayContaining([
        "investigation",
        "source",
        "place",
        "actor",
        "event",
        "sanction",
        "transfer",
        "checked_article",
      ]),
    );
    for (const [type, ref] of entities) {
      const { entity, revisions } = await revisionsOf(t, type, ref);
      expect(entity.reviewStatus, `${type} ${ref}`).toBe("published");
      expect(entity.createdBy, `${type} ${ref}`).toBeNull();
      expect(revisions, `${type} ${ref}`).toHaveLength(1);
      expect(revisions[0], `${type} ${ref}`).toMatchObject({
        number: 1,
        authorId: desk,
        state: "applied",
        note: "Seeded",
      });
      expect(revisions[0]!.data, `${type} ${ref}`).toEqual({ ref, ...entity.data });
    }
    // The port links to Russia, which comes after it in the file: the revision has the link.
    const [port, state] = data.actors!;
    const { revisions } = await revisionsOf(t, "actor", port!.ref);
    expect(revisions[0]!.data).toMatchObject({
      links: [{ type: "operator", targetRef: state!.ref, note: "a note" }],
      placeRef: data.places![0]!.ref,
    });
  });

  it("saved unchanged in the editor propose exactly what the seed stored", async () => {
    const data = everyKind();
    await insertCase(t.db, data);
    const editor = (await testSessions(t.db)).get("editor")!;
    const ref = data.transfers![0]!.ref;
    const opened = await getEditorEntity(t.db, "transfer", { ref });
    await updateEntity(t.db, editor, "transfer", {
      id: opened.id,
      baseVersion: opened.version,
      ...opened.data,
    });
    const { revisions } = await revisionsOf(t, "transfer", ref);
    expect(revisions.map((r) => r.state)).toEqual(["applied", "proposed"]);
    expect(revisions[1]!.data).toEqual(revisions[0]!.data);
  });

  it("add no revision and change no row when seeded again", async () => {
    const data = everyKind();
    await insertCase(t.db, data);
    const before = await t.db.entityRevision.findMany({ orderBy: { id: "asc" } });
    const transfer = await t.db.transfer.findUniqueOrThrow({
      where: { ref: data.transfers![0]!.ref },
    });
    const again = await insertCase(t.db, data);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await t.db.entityRevision.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(
      await t.db.transfer.findUniqueOrThrow({ where: { ref: data.transfers![0]!.ref } }),
    ).toEqual(transfer);
  });

  it("brought in as drafts are the importer's, revision and all", async () => {
    const source = sourceRecord();
    await insertDrafts(t.db, "writer@test.local", { sources: [source] });
    const writer = await userIdByEmail(t.db, "writer@test.local");
    const { entity, revisions } = await revisionsOf(t, "source", source.ref);
    expect(entity.reviewStatus).toBe("draft");
    expect(entity.createdBy?.id).toBe(writer);
    expect(revisions).toMatchObject([{ number: 1, authorId: writer, entityAuthorId: writer }]);
  });
});
