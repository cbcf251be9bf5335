// The vocabulary for any arms transfer, stored: a transfer's stages, rates, estimates without a
// number, overall range, the source's words for a category, a kind or a status, and a status's
// dates go in through the seed path and the editor's write path and come out whole, on the
// editor's record and on the public site.
import type { TransferRecord } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { getActor, getSanction, getTransfer } from "../../repositories/public-entities";
import {
  actorRecord,
  insertCase,
  sanctionRecord,
  sourceRecord,
  testSessions,
  transferRecord,
  useTestDb,
} from "../../testing";
import { createEntity, getEditorEntity } from "./core";

const source = sourceRecord();
const supplier = actorRecord({
  kind: "state_enterprise",
  kindWording: "state-owned drone maker",
});
const recipient = actorRecord({
  kind: "intelligence_agency",
  kindWording: "military intelligence service",
});

const estimate = {
  low: null,
  best: null,
  high: null,
  unit: "drones",
  qualifier: "stated",
  stage: "delivered",
  per: null,
  wording: null,
  asOf: "2024-02",
  asOfEnd: null,
  estimatedBy: "A ministry",
  sourceRef: source.ref,
  note: null,
} satisfies TransferRecord["estimates"][number];

/** The vocabulary fields of a transfer, as both paths should store them. */
function vocabularyTransfer(): Omit<TransferRecord, "ref"> {
  const { ref: _ref, ...t } = transferRecord({
    supplierRef: supplier.ref,
    supplierNote: null,
    recipientRef: recipient.ref,
    itemCategory: "loitering_munitions",
    itemCategoryWording: "one-way attack drones, later made under licence",
    status: "reported",
    statusNote: "Reported by US, UK and Ukraine; denied by both governments.",
    statusWording: "reported by US, UK and Ukraine",
    statusSince: "2022-09",
    statusUntil: null,
    range: {
      low: "1000",
      high: "3500.5",
      unit: "drones",
      note: "Range of figures public before the article, in the researchers' own words",
    },
    estimates: [
      { ...estimate, wording: "several hundred", note: "Early deliveries, In Their Words" },
      { ...estimate, best: "12000", qualifier: "about", per: "month", stage: "agreed" },
      { ...estimate, low: "40", high: "90", stage: "used_in_combat", per: "day" },
      { ...estimate, best: "290", stage: "intercepted_or_found", qualifier: "at_least" },
      { ...estimate, best: "6000", stage: "licensed_production", per: "year" },
    ],
    sourceRefs: [source.ref],
  });
  return t;
}

describe("the vocabulary, stored", () => {
  const t = useTestDb();

  it("keeps every vocabulary field through the seed path and shows it publicly", async () => {
    const transfer = { ref: "T900", ...vocabularyTransfer() };
    const sanction = sanctionRecord({
      status: "lapsed",
      statusWording: "lapsed 18 Oct 2023 (transition day under the resolution)",
      statusSince: "2023-10-18",
      statusUntil: null,
    });
    await insertCase(t.db, {
      sources: [source],
      actors: [supplier, recipient],
      sanctions: [sanction],
      transfers: [transfer],
    });

    const pub = await getTransfer(t.db, { ref: transfer.ref });
    expect(pub).toMatchObject({
      itemCategory: "loitering_munitions",
      itemCategoryWording: transfer.itemCategoryWording,
      statusNote: transfer.statusNote,
      statusWording: "reported by US, UK and Ukraine",
      statusSince: "2022-09",
      statusUntil: null,
      range: transfer.range,
    });
    const stored = pub.estimates.map(({ source: _s, ...e }) => e);
    // Same date for all, so they come back in the order they were written.
    expect(stored).toEqual(transfer.estimates);

    const s = await getSanction(t.db, { ref: sanction.ref });
    expect(s).toMatchObject({
      status: "lapsed",
      statusWording: sanction.statusWording,
      statusSince: "2023-10-18",
    });
    const a = await getActor(t.db, { ref: recipient.ref });
    expect(a).toMatchObject({
      kind: "intelligence_agency",
      kindWording: "military intelligence service",
    });
  });

  it("keeps them through the editor's write path, and reads them back as sent", async () => {
    const sessions = await testSessions(t.db);
    const contributor = sessions.get("contributor")!;
    const input = vocabularyTransfer();
    const created = await createEntity(t.db, contributor, "transfer", input);
    const again = await getEditorEntity(t.db, "transfer", { id: created.id });
    expect(again.data).toEqual(input);

    const noRange = { ...input, range: null, statusWording: null, itemCategoryWording: null };
    const other = await createEntity(t.db, contributor, "transfer", noRange);
    expect(other.data).toEqual(noRange);
  });

  it("refuses, in the database itself, an estimate with neither a figure nor words", async () => {
    const row = await t.db.transfer.findFirstOrThrow({ select: { id: true } });
    const src = await t.db.source.findFirstOrThrow({ select: { id: true } });
    await expect(
      t.db.quantityEstimate.create({
        data: {
          transferId: row.id,
          sourceId: src.id,
          position: 99,
          unit: "drones",
          qualifier: "stated",
          asOf: "2024",
          estimatedBy: "Nobody",
        },
      }),
    ).rejects.toThrow(/quantity_estimates_order_check/);
    await expect(
      t.db.transfer.update({
        where: { id: row.id },
        data: { rangeLow: "5", rangeHigh: "4" },
      }),
    ).rejects.toThrow(/transfers_range_check/);
  });
});
