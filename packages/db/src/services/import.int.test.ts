import { beforeAll, describe, expect, it } from "vitest";
import { actorRecord, insertCase, sourceRecord, useTestDb, userIdByEmail } from "../testing";
import { verifyAuditChain } from "./audit";
import type { ImportReport } from "@armstrail/domain";
import { importDossier, type Importer } from "./import";

const existingSource = sourceRecord({ ref: "S701" });
const existingActor = actorRecord({ ref: "A701", sourceRefs: ["S701"] });

// Written for this test in the dossier's layout. Line numbers below refer to this text.
const text = `{
  "sources": [
    { "id": "S701", "publisher": "Already here", "title": "Dup", "title_is_descriptive": false,
      "date": null, "address": "https://example.org/dup", "kind": "news" },
    { "id": "S702", "publisher": "Harbour Gazette", "title": "Ships at the quay",
      "title_is_descriptive": false, "date": "2024-04-01", "address": "https://example.org/quay",
      "kind": "news" },
    { "id": "S703", "publisher": "Broken", "title": "No address", "title_is_descriptive": false,
      "date": null, "address": "nowhere", "kind": "news" }
  ],
  "actors": [
    { "id": "A702", "name": "Quay Operator", "kind": "company", "country": "RU",
      "description": "Runs the quay.", "aliases": [], "sources": ["S702", "S701"] },
    { "id": "A703", "name": "Ghost", "kind": "company", "country": "RU",
      "description": "Points at a missing source.", "aliases": [], "sources": ["S799"] }
  ],
  "claims": [
    { "id": "C702", "claim": "Ships loaded at the quay.", "quoted_phrase": null,
      "claimant": "A columnist", "type": "event", "verdict": "accurate",
      "finding": "The paper saw them.", "evidence": [{ "source": "S702", "supports": "Photos." }],
      "see_also": [] },
    { "id": "C703", "claim": "It rests on a broken source.", "quoted_phrase": null,
      "claimant": "A columnist", "type": "event", "verdict": "accurate",
      "finding": "Nothing.", "evidence": [{ "source": "S703", "supports": "Nothing." }],
      "see_also": [] }
  ]
}`;

const file = { name: "dossier.json", text };
const refOf = (report: ImportReport, id: string) =>
  report.records.find((r) => r.originalId === id)?.ref;

describe("importDossier", () => {
  const t = useTestDb();
  let importer: Importer;

  beforeAll(async () => {
    await insertCase(t.db, { sources: [existingSource], actors: [existingActor] });
    const id = await userIdByEmail(t.db, "writer@test.local");
    importer = {
      userId: id,
      email: "writer@test.local",
      audit: { userId: id, label: "writer@test.local", via: "token:cli" },
    };
  });

  it("reports without writing on a dry run", async () => {
    const report = await importDossier(t.db, importer, file, { dryRun: true });
    // The file's S701 is its own record, not ours: an equal id links nothing.
    expect(report.records).toMatchObject([
      { originalId: "S701", action: "create", ref: "S702" },
      { originalId: "S702", action: "create", ref: "S703" },
      { originalId: "A702", action: "create", ref: "A702" },
      { originalId: "C702", action: "create", ref: "C01" },
    ]);
    expect(report.skipped).toEqual([]);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "S703", line: 8, field: "address" }),
        expect.objectContaining({
          id: "A703",
          line: 14,
          field: "sources",
          message: expect.stringMatching(/S799, which is not a record in this file/) as unknown,
        }),
        expect.objectContaining({
          id: "C703",
          line: 22,
          field: "evidence.source",
          message: expect.stringMatching(/S703, which was not imported/) as unknown,
        }),
      ]),
    );
    expect(report.problems).toHaveLength(3);
    expect(await t.db.claim.count()).toBe(0);
    expect(await t.db.importBatch.count()).toBe(0);
  });

  it("imports the good records as drafts attributed to the importer, with one audit entry", async () => {
    const report = await importDossier(t.db, importer, file);
    const c702 = refOf(report, "C702")!;
    expect(report.imported.claims).toEqual([c702]);
    const claim = await t.db.claim.findUniqueOrThrow({
      where: { ref: c702 },
      include: { currentRevision: { include: { evidence: true } } },
    });
    expect(claim).toMatchObject({
      status: "draft",
      authorId: importer.userId,
      publishedRevisionId: null,
    });
    // Unmarked evidence comes in not yet graded (never as F6, a judgement nobody made).
    expect(claim.currentRevision?.evidence).toMatchObject([
      { reliability: null, credibility: null },
    ]);
    const actor = await t.db.actor.findUniqueOrThrow({ where: { ref: refOf(report, "A702")! } });
    expect(actor).toMatchObject({ reviewStatus: "draft", createdById: importer.userId });
    expect(
      await t.db.source.findUniqueOrThrow({ where: { ref: refOf(report, "S702")! } }),
    ).toMatchObject({ reviewStatus: "draft", publisher: "Harbour Gazette" });
    // The existing record is untouched.
    expect(await t.db.source.findUniqueOrThrow({ where: { ref: "S701" } })).toMatchObject({
      publisher: existingSource.publisher,
      reviewStatus: "published",
    });
    const audit = await t.db.auditEntry.findMany({ where: { action: "dossier.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: importer.userId, via: "token:cli" });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("writes nothing at all when any part of the write fails", async () => {
    const before = await t.db.source.count();
    const doomed = { name: "other.json", text };
    // An importer whose account does not exist breaks the write (the records' author).
    const ghost: Importer = {
      ...importer,
      userId: "00000000-0000-7000-8000-000000000000",
      email: "ghost@test.local",
    };
    await expect(
      importDossier(t.db, ghost, doomed, { investigation: "another-case" }),
    ).rejects.toThrow();
    expect(await t.db.source.count()).toBe(before);
    expect(await t.db.importBatch.count()).toBe(1);
  });
});
