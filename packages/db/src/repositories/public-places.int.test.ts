// Places through the editor's entity workflow and out through the public reads: the
// coordinates survive the round trip exactly, and nothing of a place is public until a
// second person has published it, however published the records that link to it are.
import { describe, expect, it } from "vitest";
import { createEntity, getEditorEntity, transitionEntity } from "../services/entities/core";
import {
  actorRecord,
  eventRecord,
  insertCase,
  placeRecord,
  sourceRecord,
  testSessions,
  transferRecord,
  useTestDb,
} from "../testing";
import { getActor, getEvent, getPlace, getTransfer, listPlaces } from "./public-entities";

describe("places", () => {
  const t = useTestDb();
  const source = sourceRecord();

  it("round-trip through create, review and publish with their coordinates intact", async () => {
    await insertCase(t.db, { sources: [source] });
    const people = await testSessions(t.db);
    const writer = people.get("contributor")!;
    const checker = people.get("fact_checker")!;
    const input = {
      name: "A quay on the fjord",
      kind: "port" as const,
      country: "NO",
      latitude: 60.391263,
      longitude: -5.322054,
      precision: "From the harbour authority's chart, to about 50 metres.",
      sourceRefs: [source.ref],
    };
    const made = await createEntity(t.db, writer, "place", input);
    expect(made.ref).toMatch(/^P\d{2,}$/);
    expect(made.data).toEqual(input);
    await expect(getPlace(t.db, { ref: made.ref })).rejects.toThrow();

    const sent = await transitionEntity(t.db, writer, "place", "submit", {
      id: made.id,
      baseVersion: made.version,
    });
    await transitionEntity(t.db, checker, "place", "publish", {
      id: made.id,
      baseVersion: sent.version,
    });
    const place = await getPlace(t.db, { ref: made.ref });
    expect(place).toMatchObject({
      ref: made.ref,
      name: input.name,
      latitude: input.latitude,
      longitude: input.longitude,
      precision: input.precision,
    });
    expect(place.sources.map((s) => s.ref)).toEqual([source.ref]);
    expect((await getEditorEntity(t.db, "place", { id: made.id })).data).toEqual(input);
    const revisions = await t.db.entityRevision.count({
      where: { entityType: "place", entityId: made.id },
    });
    expect(revisions).toBeGreaterThanOrEqual(1);
  });

  it("stay out of every public read while unpublished, even where a published record links to them", async () => {
    const people = await testSessions(t.db);
    const draft = await createEntity(t.db, people.get("contributor")!, "place", {
      name: "A depot not yet reviewed",
      kind: "depot",
      country: "FI",
      latitude: 61.5,
      longitude: 23.75,
      precision: "Unchecked.",
      sourceRefs: [],
    });
    const shown = placeRecord({ name: "A published crossing", kind: "border_crossing" });
    const depot = actorRecord({ kind: "facility", placeRef: draft.ref });
    const port = actorRecord({ kind: "port", placeRef: shown.ref });
    const event = eventRecord({ placeRef: draft.ref });
    const state = actorRecord({ kind: "state" });
    const transfer = transferRecord({
      recipientRef: state.ref,
      routeLegs: [
        {
          mode: "rail",
          fromRef: port.ref,
          toRef: depot.ref,
          vesselRefs: [],
          label: "By rail",
          viaPlaceRef: draft.ref,
        },
      ],
    });
    await insertCase(t.db, {
      places: [shown],
      actors: [depot, port, state],
      events: [event],
      transfers: [transfer],
    });

    const list = await listPlaces(t.db, { limit: 100 });
    expect(list.items.map((p) => p.ref)).toContain(shown.ref);
    expect(list.items.map((p) => p.ref)).not.toContain(draft.ref);
    await expect(getPlace(t.db, { ref: draft.ref })).rejects.toThrow(/place/i);
    expect((await getActor(t.db, { ref: depot.ref })).place).toBeNull();
    expect((await getActor(t.db, { ref: port.ref })).place?.ref).toBe(shown.ref);
    expect((await getEvent(t.db, { ref: event.ref })).place).toBeNull();
    const leg = (await getTransfer(t.db, { ref: transfer.ref })).routeLegs[0]!;
    // The leg's start is its actor's published place; its end and via are the draft: absent.
    expect(leg.fromPlace?.ref).toBe(shown.ref);
    expect(leg.toPlace).toBeNull();
    expect(leg.viaPlace).toBeNull();
    expect(JSON.stringify(await getTransfer(t.db, { ref: transfer.ref }))).not.toContain(
      "not yet reviewed",
    );
    const shownPage = await getPlace(t.db, { ref: shown.ref });
    expect(shownPage.actors.map((a) => a.ref)).toEqual([port.ref]);
  });
});
