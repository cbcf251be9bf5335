// What people may type, and what they may not: markup is stored as text, oversized and
// invisible-control input is refused naming the field with nothing changed, and malformed
// ids and references are bad requests rather than lookups.
import { insertCase, sourceRecord, useTestDb } from "@armstrail/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callers, claimDraft, loadSessions, trpcError, type Sessions } from "../workflow-fixtures";

/** The field paths a BAD_REQUEST names. */
function fieldsOf(e: { code: string; cause?: unknown }): string[] {
  expect(e.code).toBe("BAD_REQUEST");
  expect(e.cause).toBeInstanceOf(ZodError);
  return (e.cause as ZodError).issues.map((i) => i.path.join("."));
}

describe("hostile input to the claim workflow", () => {
  const t = useTestDb();
  const source = sourceRecord();
  let sessions: Sessions;
  let api: ReturnType<typeof callers>;

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source] });
    sessions = await loadSessions(t.db);
    api = callers(t.db, sessions);
  });

  it("stores script tags and markup verbatim, as text, through to the public API", async () => {
    const statement = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`;
    const claim = await api.writer.claim.create(
      claimDraft(source.ref, {
        statement,
        claimant: "<b>Ministry</b>",
        quotedPhrase: "{{C01}} ${process.env}",
      }),
    );
    expect(claim.working).toMatchObject({
      statement,
      claimant: "<b>Ministry</b>",
      quotedPhrase: "{{C01}} ${process.env}",
    });
    await api.writer.claim.submit({ id: claim.id, baseVersion: 1 });
    await api.checker.claim.approve({ id: claim.id, baseVersion: 2 });
    expect((await api.reader.claim.byRef({ ref: claim.ref })).statement).toBe(statement);
  });

  it("accepts combining marks, emoji and right-to-left text unchanged", async () => {
    const odd = {
      statement: "Zu\u0308rich 🚢 shipments reached كوريا الشمالية and עברית too.",
      claimant: "Ｆｕｌｌｗｉｄｔｈ 名前 e\u0301",
      finding: "👩🏽‍🔬 checked it; النتيجة: ok.",
    };
    const claim = await api.writer.claim.create(claimDraft(source.ref, odd));
    expect(claim.working).toMatchObject(odd);
    const read = await api.writer.claim.get({ id: claim.id });
    expect(read.working.statement).toBe(odd.statement);
  });

  it.each([
    ["statement", "Looks fine \u202Eevil\u202C here"],
    ["claimant", "Someone \u2066isolated\u2069"],
    ["finding", "A null\u0000byte"],
    ["quotedPhrase", "bell\u0007"],
  ])("refuses bidi overrides and control characters in %s", async (field, value) => {
    const e = await trpcError(api.writer.claim.create(claimDraft(source.ref, { [field]: value })));
    expect(fieldsOf(e)).toEqual([field]);
  });

  const huge = "x".repeat(100_000);
  const saveWith =
    (overrides: Parameters<typeof claimDraft>[1]) => (id: string, baseVersion: number) =>
      api.writer.claim.save({ id, baseVersion, ...claimDraft(source.ref, overrides) });
  const cases: [string, string, (id: string, v: number) => Promise<unknown>][] = [
    ...(["statement", "quotedPhrase", "claimant", "finding", "changeNote"] as const).map(
      (field) =>
        [field, field, saveWith({ [field]: huge })] as [
          string,
          string,
          ReturnType<typeof saveWith>,
        ],
    ),
    [
      "evidence supports",
      "evidence.0.supports",
      saveWith({
        evidence: [{ source: source.ref, reliability: "A", credibility: 1, supports: huge }],
      }),
    ],
    ["comment body", "body", (id) => api.writer.claim.comment({ id, body: huge })],
    [
      "review note",
      "note",
      (id, v) => api.checker.claim.requestChanges({ id, baseVersion: v, note: huge }),
    ],
    [
      "retraction reason",
      "reason",
      (id, v) => api.editor.claim.retract({ id, baseVersion: v, reason: huge }),
    ],
    [
      "correction note",
      "note",
      (id, v) => api.editor.claim.correct({ id, baseVersion: v, note: huge }),
    ],
  ];

  it.each(cases)(
    "refuses a 100,000-character %s naming the field, and changes nothing",
    async (_label, field, call) => {
      const claim = await api.writer.claim.create(claimDraft(source.ref));
      const audit = await t.db.auditEntry.count();
      const e = await trpcError(call(claim.id, claim.version));
      expect(fieldsOf(e)).toEqual([field]);
      const after = await api.writer.claim.get({ id: claim.id });
      expect(after.version).toBe(claim.version);
      expect(after.working.number).toBe(1);
      expect(after.comments).toEqual([]);
      expect(await t.db.auditEntry.count()).toBe(audit);
    },
  );

  it.each([
    ["claim.get by id", () => api.writer.claim.get({ id: "not-a-uuid" }), "id"],
    ["claim.get by ref", () => api.writer.claim.get({ ref: "C1; DROP TABLE claims" }), "ref"],
    [
      "claim.save id",
      () => api.writer.claim.save({ id: "1 OR 1=1", baseVersion: 1, ...claimDraft(source.ref) }),
      "id",
    ],
    ["evidence source", () => api.writer.claim.create(claimDraft("S1'--")), "evidence.0.source"],
    [
      "subject ref",
      () =>
        api.writer.claim.create(
          claimDraft(source.ref, { subjects: [{ kind: "actor", ref: "A01<script>" }] }),
        ),
      "subjects.0.ref",
    ],
    [
      "subject of the wrong kind",
      () =>
        api.writer.claim.create(
          claimDraft(source.ref, { subjects: [{ kind: "actor", ref: "T01" }] }),
        ),
      "subjects.0.ref",
    ],
    [
      "see-also ref",
      () => api.writer.claim.create(claimDraft(source.ref, { seeAlso: ["C1"] })),
      "seeAlso.0",
    ],
    [
      "assignee id",
      () =>
        api.checker.claim.assign({
          id: "018f0000-0000-7000-8000-000000000000",
          baseVersion: 1,
          assigneeId: "admin",
        }),
      "assigneeId",
    ],
    [
      "revision number",
      () =>
        api.writer.claim.compare({ id: "018f0000-0000-7000-8000-000000000000", from: 0, to: 1 }),
      "from",
    ],
    ["story block id", () => api.writer.story.get({ id: "../etc/passwd" }), "id"],
  ] as const)("answers a malformed %s with BAD_REQUEST", async (_label, call, field) => {
    expect(fieldsOf(await trpcError(call()))).toContain(field);
  });

  it("answers a well-formed reference to nothing by naming the field", async () => {
    const e = await trpcError(api.writer.claim.create(claimDraft("S99999")));
    expect(e.code).toBe("PRECONDITION_FAILED");
    expect(e.message).toBe("evidence.0.source: there is no source S99999");
    const missing = await trpcError(
      api.writer.claim.get({ id: "018f0000-0000-7000-8000-000000000000" }),
    );
    expect(missing.code).toBe("NOT_FOUND");
  });
});
