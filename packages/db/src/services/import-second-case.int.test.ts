// A second case's dossier, with its own id letters, imported beside a first case: the
// import's findings (refused ids, silent cross-links, lost wording, no idempotence) each
// have a case here.
import { readFileSync } from "node:fs";
import type { ImportReport } from "@armstrail/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { actorRecord, insertCase, sourceRecord, useTestDb, userIdByEmail } from "../testing";
import { getEditorEntity } from "./entities/core";
import { importDossier, type Importer } from "./import";

const file = {
  name: "second-case-dossier.json",
  text: readFileSync(
    new URL("../testing/fixtures/second-case-dossier.json", import.meta.url),
    "utf8",
  ),
};
const refOf = (report: ImportReport, id: string) =>
  report.records.find((r) => r.originalId === id)?.ref;

describe("importing a second case", () => {
  const t = useTestDb();
  let importer: Importer;
  let first: ImportReport;

  beforeAll(async () => {
    // The first case: refs equal to some of the file's ids, one actor the file names
    // exactly, one it names by an alias, one source at the same address.
    await insertCase(t.db, {
      sources: [
        sourceRecord({ ref: "S01", title: "First case notice" }),
        sourceRecord({ ref: "S02", url: "https://example.org/already-held" }),
      ],
      actors: [
        actorRecord({ ref: "A01", name: "Harbour Republic", country: "HR", kind: "state" }),
        actorRecord({ ref: "A02", name: "Quay Operator", country: "QQ" }),
      ],
    });
    const id = await userIdByEmail(t.db, "writer@test.local");
    importer = {
      userId: id,
      email: "writer@test.local",
      audit: { userId: id, label: "writer@test.local", via: "token:cli" },
    };
  });

  it("dry run: every record gets a new ref whatever its id's letters, with matches and near misses", async () => {
    const report = await importDossier(t.db, importer, file, {
      investigation: "harbour-case",
      dryRun: true,
    });
    expect(report.problems).toEqual([]);
    // The file's S01 and A01 are its own records: new refs, never ours.
    expect(refOf(report, "S01")).toBe("S04");
    expect(refOf(report, "A01")).toBe("A06");
    expect(refOf(report, "CL-3")).toMatch(/^C\d+$/);
    // Exact: the same address, the same name and country.
    expect(report.matches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: "SRC-2",
          match: expect.objectContaining({ ref: "S02" }) as unknown,
        }),
        expect.objectContaining({
          id: "ACT10",
          match: expect.objectContaining({ ref: "A01" }) as unknown,
        }),
      ]),
    );
    expect(report.matches).toHaveLength(2);
    const near = Object.fromEntries(
      report.nearMisses.map((n) => [n.id, n.candidates.map((c) => `${c.ref}: ${c.reason}`)]),
    );
    expect(near).toEqual({
      ACT11: ["A01: same name, another country (HR)"],
      ACT13: ["A01: same name but for case, accents or punctuation"],
      A01: ['A02: a name or alias in common ("quay operator")'],
    });
    expect(await t.db.importBatch.count()).toBe(0);
    expect(await t.db.claim.count()).toBe(0);
  });

  it("imports as drafts: links only the explicit matches, keeps the original ids and wording", async () => {
    first = await importDossier(t.db, importer, file, { investigation: "harbour-case" });
    expect(first.problems).toEqual([]);
    expect(first.records.filter((r) => r.action === "link")).toMatchObject([
      { originalId: "SRC-2", ref: "S02" },
      { originalId: "ACT10", ref: "A01" },
    ]);
    // Nothing of the first case changed.
    expect(await t.db.source.findUniqueOrThrow({ where: { ref: "S01" } })).toMatchObject({
      title: "First case notice",
    });
    // The original ids sit with their batch.
    const kept = await t.db.importedRecord.findMany({
      where: { batch: { sha256: first.batch!.sha256 } },
      orderBy: { originalId: "asc" },
    });
    expect(kept.map((k) => k.originalId)).toContain("CL-3");
    expect(kept.find((k) => k.originalId === "S01")).toMatchObject({ ref: "S04", linked: false });
    expect(kept.find((k) => k.originalId === "ACT10")).toMatchObject({ ref: "A01", linked: true });

    // Wording verbatim beside each fixed value, read back as the editor reads it.
    const transfer = (await getEditorEntity(t.db, "transfer", { ref: refOf(first, "TR-1")! })).data;
    expect(transfer).toMatchObject({
      supplierRef: "A01",
      status: "reported",
      statusWording: "reported (by US, UK and Ukraine)",
      itemCategory: "artillery_ammunition",
      itemCategoryWording: "artillery shells",
      range: {
        low: "100",
        high: "900",
        note: "Range Of Figures Public By May 2024, as the Gazette put it",
      },
    });
    expect(transfer.estimates[0]).toMatchObject({
      qualifier: "about",
      note: "Gazette's count, Disputed",
    });
    const sanction = (await getEditorEntity(t.db, "sanction", { ref: refOf(first, "SAN-1")! }))
      .data;
    expect(sanction).toMatchObject({
      status: "in_force",
      statusWording: "in force (reported by US, UK and Ukraine)",
      note: "Still applied. See the Gazette, which quotes it in full.",
    });
    const agency = (await getEditorEntity(t.db, "actor", { ref: refOf(first, "ACT12")! })).data;
    expect(agency).toMatchObject({ kind: "intelligence_agency" });

    // Grades the file gives are kept; see_also between claims is kept.
    const claim = await t.db.claim.findUniqueOrThrow({
      where: { ref: refOf(first, "CL-3")! },
      include: { currentRevision: { include: { evidence: true, seeAlso: true } } },
    });
    expect(claim.currentRevision?.evidence).toMatchObject([{ reliability: "B", credibility: 2 }]);
    expect(claim.currentRevision?.seeAlso).toHaveLength(1);

    // What has no column is kept with the batch, and the report says so, line by line.
    expect(first.kept.map((k) => `${k.id ?? "file"} ${k.field}`)).toEqual(
      expect.arrayContaining(["CL-3 see_also", "file summary", "file method_note"]),
    );
    // The investigation is new: created as a draft, and it owns what came in.
    const investigation = await t.db.investigation.findUniqueOrThrow({
      where: { slug: "harbour-case" },
      include: { claims: { select: { ref: true } }, transfers: true, events: true },
    });
    expect(investigation.reviewStatus).toBe("draft");
    expect(investigation.claims.map((c) => c.ref).sort()).toEqual(first.imported.claims.sort());
    expect(investigation.transfers).toHaveLength(1);
    expect(investigation.events).toHaveLength(1);
    // The checked article, with its claims in the file's order.
    const article = await t.db.checkedArticle.findFirstOrThrow({
      where: { investigationId: investigation.id },
      include: { claims: { orderBy: { position: "asc" }, include: { claim: true } } },
    });
    expect(article).toMatchObject({
      title: "A harbour and its cargo",
      outlet: "The Harbour Review",
    });
    expect(article.claims.map((c) => [c.claim.ref, c.passage])).toEqual([
      [refOf(first, "CL-3"), "Ships loaded shells at the quay."],
      [refOf(first, "CL-4"), "still applied"],
    ]);
    const batch = await t.db.importBatch.findUniqueOrThrow({ where: { id: first.batch!.id } });
    expect(batch.extras).toMatchObject({ summary: { claim_count: 2 } });
  });

  it("a second import of the same file changes nothing, and says so", async () => {
    const counts = async () =>
      Promise.all([
        t.db.source.count(),
        t.db.actor.count(),
        t.db.claim.count(),
        t.db.transfer.count(),
        t.db.importBatch.count(),
        t.db.auditEntry.count(),
      ]);
    const before = await counts();
    const again = await importDossier(t.db, importer, file, { investigation: "harbour-case" });
    expect(again.unchanged).toBe(true);
    expect(again.batch?.id).toBe(first.batch?.id);
    expect(Object.values(again.imported).flat()).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("a person's choices: confirm a near miss, refuse a match", async () => {
    const report = await importDossier(t.db, importer, file, {
      investigation: "another-harbour-case",
      choices: { match: { ACT11: "A01" }, noMatch: ["ACT10"] },
      dryRun: true,
    });
    expect(report.problems).toEqual([]);
    expect(report.records.find((r) => r.originalId === "ACT11")).toMatchObject({
      action: "link",
      ref: "A01",
    });
    expect(report.records.find((r) => r.originalId === "ACT10")).toMatchObject({
      action: "create",
    });
    expect(report.matches.find((m) => m.id === "ACT10")).toMatchObject({ refused: true });

    const wrong = await importDossier(t.db, importer, file, {
      investigation: "another-harbour-case",
      choices: { match: { ACT11: "S02", NOPE: "A01" } },
      dryRun: true,
    });
    expect(wrong.problems.map((p) => p.message)).toEqual([
      "A choice names NOPE, which is not a record in this file",
      "--match ACT11=S02: there is no actor S02",
    ]);
  });
});
