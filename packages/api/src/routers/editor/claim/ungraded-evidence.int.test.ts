// Evidence nobody has graded yet is a state of its own, not F6 ("cannot be judged" is a
// judgement). A dossier's unmarked evidence comes in that way; the claim may go to review,
// but approval is refused, naming each ungraded item, until someone grades it, so an
// ungraded item never reaches a reader. The database refuses it too.
import { insertCase, sourceRecord, useTestDb } from "@armstrail/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callers, claimDraft, loadSessions, trpcError } from "../workflow-fixtures";

describe("evidence not yet graded", () => {
  const t = useTestDb();
  const source = sourceRecord({ ref: "S801", publisher: "Quay Gazette" });
  let api: ReturnType<typeof callers>;

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source] });
    api = callers(t.db, await loadSessions(t.db));
  });

  // The file names the source by its own id and its address: an explicit match links it.
  const dossier = JSON.stringify({
    sources: [
      {
        id: "SRC-1",
        publisher: "Quay Gazette",
        title: source.title,
        date: null,
        address: source.url,
        kind: "news",
      },
    ],
    claims: [
      {
        id: "C801",
        claim: "Ships loaded shells at the quay.",
        quoted_phrase: null,
        claimant: "A columnist",
        type: "event",
        verdict: "accurate",
        finding: "The paper saw them.",
        evidence: [
          { source: "SRC-1", supports: "Photos of the quay." },
          { source: "SRC-1", reliability: "B", credibility: 2, supports: "A port log." },
          { source: "SRC-1", supports: "A crew member's account." },
        ],
        see_also: [],
      },
    ],
  });

  it("comes in from a dossier as not yet graded, and cannot be approved until graded", async () => {
    const report = await api.writer.import.dossier({ text: dossier });
    expect(report.records.find((r) => r.originalId === "SRC-1")).toMatchObject({
      action: "link",
      ref: "S801",
    });
    const [ref] = report.imported.claims;
    expect(ref).toMatch(/^C\d+$/);

    const imported = await api.writer.claim.get({ ref: ref! });
    expect(imported.working.evidence.map((e) => [e.reliability, e.credibility, e.grade])).toEqual([
      [null, null, null],
      ["B", 2, "B2"],
      [null, null, null],
    ]);

    // Review may start: grading is part of it.
    const inReview = await api.writer.claim.submit({ id: imported.id, baseVersion: 1 });
    expect(inReview.status).toBe("in_review");

    const refused = await trpcError(
      api.checker.claim.approve({ id: imported.id, baseVersion: inReview.version }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toBe(
      "Grade every evidence item before approving: evidence 1 (S801), evidence 3 (S801) are not yet graded",
    );
    expect((await api.writer.claim.get({ ref: ref! })).status).toBe("in_review");
    expect((await api.reader.claim.list({})).items).toEqual([]);

    // An editor grades them (an edit, so the editor cannot approve it: the checker does).
    const graded = await api.editor.claim.save({
      id: imported.id,
      baseVersion: inReview.version,
      ...claimDraft(source.ref, {
        statement: imported.working.statement,
        claimType: "event",
        verdict: "accurate",
        evidence: imported.working.evidence.map((e, i) => ({
          source: e.source.ref,
          reliability: e.reliability ?? "C",
          credibility: e.credibility ?? 3 + i,
          supports: e.supports,
        })),
      }),
    });
    const approved = await api.checker.claim.approve({
      id: imported.id,
      baseVersion: graded.version,
    });
    expect(approved.status).toBe("approved");
    const shown = await api.reader.claim.byRef({ ref: ref! });
    expect(shown.evidence.map((e) => e.grade)).toEqual(["C3", "B2", "C5"]);
  });

  it("keeps a grade whole in the editor's input: both axes or neither", async () => {
    const half = await trpcError(
      api.writer.claim.create(
        claimDraft(source.ref, {
          evidence: [{ source: source.ref, reliability: "B", credibility: null, supports: "x" }],
        }),
      ),
    );
    expect(half.code).toBe("BAD_REQUEST");
    const created = await api.writer.claim.create(
      claimDraft(source.ref, {
        evidence: [{ source: source.ref, reliability: null, credibility: null, supports: "x" }],
      }),
    );
    expect(created.working.evidence[0]?.grade).toBeNull();
  });

  it("is refused by the database in an approved revision, and half a grade anywhere", async () => {
    const rev = await t.db.claimRevision.findFirstOrThrow({
      where: { approvedById: { not: null } },
      select: { id: true },
    });
    const draftRev = await t.db.claimRevision.findFirstOrThrow({
      where: { approvedById: null, evidence: { some: { reliability: null } } },
      select: { id: true, claimId: true },
    });
    const approver = await t.db.user.findFirstOrThrow({ where: { role: "admin" } });
    const sourceRow = await t.db.source.findUniqueOrThrow({ where: { ref: source.ref } });

    // Adding an ungraded item to an approved revision.
    await expect(
      t.db.evidence.create({
        data: { revisionId: rev.id, position: 99, sourceId: sourceRow.id, supports: "Late." },
      }),
    ).rejects.toThrow(/not graded/);
    // Approving a revision that still has ungraded items.
    await expect(
      t.db.claimRevision.update({
        where: { id: draftRev.id },
        data: { approvedById: approver.id, approvedAt: new Date() },
      }),
    ).rejects.toThrow(/not graded/);
    // Half a grade.
    await expect(
      t.db.evidence.create({
        data: {
          revisionId: draftRev.id,
          position: 98,
          sourceId: sourceRow.id,
          reliability: "B",
          supports: "Half.",
        },
      }),
    ).rejects.toThrow(/evidence_grade_check/);
  });
});
