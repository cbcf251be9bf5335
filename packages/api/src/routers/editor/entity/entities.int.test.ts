import type { SessionUser } from "@armstrail/db";
import {
  actorRecord,
  claimRecord,
  eventRecord,
  insertCase,
  sanctionRecord,
  severalSessionsSkipReason,
  sourceRecord,
  testSessions,
  transferRecord,
  useTestDb,
} from "@armstrail/db/testing";
import type { Role, TransferInput } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller, createPublicCaller } from "../../../callers";

type Api = ReturnType<typeof createEditorCaller>;

async function failure(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("Expected the call to fail");
}

/** The fieldErrors a form would receive, as the error formatter builds them. */
function fieldErrorsOf(e: TRPCError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const cause = e.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  for (const issue of cause?.issues ?? []) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("editor entities", () => {
  const t = useTestDb();
  const sessions = new Map<Role, SessionUser>();
  const as = (role: Role) => createEditorCaller(t.db, sessions.get(role)!);
  const readOnlyToken = (): SessionUser => ({
    ...sessions.get("editor")!,
    via: "token",
    token: { id: "00000000-0000-7000-8000-000000000001", name: "reader", readOnly: true },
  });

  const source = sourceRecord({ publisher: "Open Wire" });
  const russia = actorRecord({ name: "Russian Federation", kind: "state", country: "RU" });
  const dprk = actorRecord({ name: "DPRK", kind: "state", country: "KP" });

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source], actors: [russia, dprk] });
    for (const [role, session] of await testSessions(t.db)) sessions.set(role, session);
  });

  const transferInput = (overrides: Partial<TransferInput> = {}): TransferInput => ({
    supplierRef: dprk.ref,
    supplierNote: null,
    recipientRef: russia.ref,
    intermediaryRefs: [],
    routeLegs: [
      { mode: "rail", fromRef: dprk.ref, toRef: russia.ref, vesselRefs: [], label: "Tumangang" },
    ],
    itemCategory: "artillery_ammunition",
    itemCategoryWording: null,
    designation: "152 mm shells",
    description: null,
    estimates: [
      {
        low: "1000000",
        best: "2000000",
        high: "3000000",
        unit: "rounds",
        qualifier: "about",
        stage: "delivered",
        per: null,
        wording: null,
        asOf: "2024-02",
        asOfEnd: null,
        estimatedBy: "A ministry",
        sourceRef: source.ref,
        note: null,
      },
    ],
    periodStart: "2023-08",
    periodEnd: null,
    status: "reported",
    statusNote: null,
    statusWording: null,
    statusSince: null,
    statusUntil: null,
    range: null,
    note: null,
    breaches: [],
    sourceRefs: [source.ref],
    ...overrides,
  });

  it("create -> submit -> publish: the record reaches readers only when published", async () => {
    const created = await as("contributor").transfer.create(transferInput());
    expect(created.reviewStatus).toBe("draft");
    expect(created.ref).toMatch(/^T\d{2,}$/);
    expect(created.version).toBe(1);
    expect(created.data.estimates[0]?.best).toBe("2000000");
    expect(created.createdBy?.name).toBe("Test Writer");
    expect(await as("contributor").transfer.revisions({ id: created.id })).toHaveLength(1);

    const pub = createPublicCaller(t.db);
    expect((await failure(pub.transfer.byRef({ ref: created.ref }))).code).toBe("NOT_FOUND");

    const submitted = await as("contributor").transfer.submit({ id: created.id, baseVersion: 1 });
    expect(submitted.reviewStatus).toBe("in_review");
    const jobsBefore = await t.db.revalidationJob.count();
    const published = await as("fact_checker").transfer.publish({
      id: created.id,
      baseVersion: 2,
    });
    expect(published.reviewStatus).toBe("published");
    expect((await pub.transfer.byRef({ ref: created.ref })).designation).toBe("152 mm shells");
    expect(await t.db.revalidationJob.count()).toBe(jobsBefore + 1);
    const audit = await t.db.auditEntry.findMany({
      where: { entityId: created.id },
      orderBy: { seq: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "transfer.create",
      "transfer.submit",
      "transfer.publish",
    ]);
  });

  it("four eyes: neither the creator nor the last revision's author may publish", async () => {
    const created = await as("fact_checker").event.create({
      date: "2024-03",
      dateUncertain: false,
      title: "Checker's own event",
      actorRefs: [],
      sourceRefs: [],
    });
    await as("fact_checker").event.submit({ id: created.id, baseVersion: 1 });
    const own = await failure(as("fact_checker").event.publish({ id: created.id, baseVersion: 2 }));
    expect(own.code).toBe("FORBIDDEN");
    // The editor changes it, so the editor is now the last author and cannot publish either.
    await as("editor").event.update({
      id: created.id,
      baseVersion: 2,
      date: "2024-03-28",
      dateUncertain: false,
      title: "Checker's own event, dated",
      actorRefs: [],
      sourceRefs: [],
    });
    const last = await failure(as("editor").event.publish({ id: created.id, baseVersion: 3 }));
    expect(last.code).toBe("FORBIDDEN");
    const ok = await as("admin").event.publish({ id: created.id, baseVersion: 3 });
    expect(ok.reviewStatus).toBe("published");
  });

  it("publishing needs everything the record refers to published first", async () => {
    const actor = await as("contributor").actor.create({
      name: "New shipping company",
      kind: "company",
      country: "RU",
      description: "A draft",
      aliases: [],
      identifiers: [],
      links: [],
      sourceRefs: [],
    });
    const transfer = await as("contributor").transfer.create(
      transferInput({ intermediaryRefs: [actor.ref] }),
    );
    await as("contributor").transfer.submit({ id: transfer.id, baseVersion: 1 });
    const refused = await failure(
      as("fact_checker").transfer.publish({ id: transfer.id, baseVersion: 2 }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain(actor.ref);
  });

  it("contributors edit only their own drafts and cannot publish or merge", async () => {
    const mine = await as("contributor").source.create(wireReport("Draft report", "draft"));
    await as("contributor").source.submit({ id: mine.id, baseVersion: 1 });
    expect(
      (await failure(as("contributor").source.publish({ id: mine.id, baseVersion: 2 }))).code,
    ).toBe("FORBIDDEN");
    const inReview = await failure(
      as("contributor").source.update({ id: mine.id, baseVersion: 2, ...sourceFields(mine) }),
    );
    expect(inReview.code).toBe("FORBIDDEN");
    const other = await as("editor").source.create({ ...sourceFields(mine), title: "Editor's" });
    const notMine = await failure(
      as("contributor").source.update({ id: other.id, baseVersion: 1, ...sourceFields(other) }),
    );
    expect(notMine.code).toBe("FORBIDDEN");
    const [a, b] = await t.db.actor.findMany({ take: 2, orderBy: { refNumber: "asc" } });
    const merge = await failure(
      as("contributor").actor.merge({
        survivorId: a!.id,
        survivorVersion: a!.version,
        mergedId: b!.id,
        mergedVersion: b!.version,
      }),
    );
    expect(merge.code).toBe("FORBIDDEN");
    expect(await t.db.actor.count({ where: { id: b!.id } })).toBe(1);
  });

  it("a rejected record goes back to its author, who reworks it into a draft and resubmits", async () => {
    const mine = await as("contributor").source.create(wireReport("Unclear report", "unclear"));
    await as("contributor").source.submit({ id: mine.id, baseVersion: 1 });
    const rejected = await as("fact_checker").source.reject({
      id: mine.id,
      baseVersion: 2,
      note: "Which outlet? Give the original address.",
    });
    expect(rejected.reviewStatus).toBe("rejected");
    const reworked = await as("contributor").source.update({
      id: mine.id,
      baseVersion: 3,
      ...sourceFields(mine),
      url: "https://example.org/original",
    });
    expect(reworked.reviewStatus).toBe("draft");
    expect(reworked.version).toBe(4);
    const audit = await t.db.auditEntry.findFirst({
      where: { entityId: mine.id, action: "source.update" },
      orderBy: { seq: "desc" },
    });
    expect(audit?.before).toMatchObject({ reviewStatus: "rejected" });
    expect(audit?.after).toMatchObject({ reviewStatus: "draft" });
    const again = await as("contributor").source.submit({ id: mine.id, baseVersion: 4 });
    expect(again.reviewStatus).toBe("in_review");
    // Nothing of it reached readers on the way.
    await expect(createPublicCaller(t.db).source.byRef({ ref: mine.ref })).rejects.toThrow();
  });

  it("bad fields are named one by one and nothing is written", async () => {
    const before = await t.db.transfer.count();
    const audits = await t.db.auditEntry.count();
    const input = transferInput();
    const bad = await failure(
      as("contributor").transfer.create({
        ...input,
        periodStart: "2023-02-30",
        estimates: [{ ...input.estimates[0]!, low: null, best: "5000", high: "3000" }],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    const errors = fieldErrorsOf(bad);
    expect(errors["estimates.0.best"]).toEqual(["best must not be above high"]);
    expect(errors["estimates.0.high"]).toEqual(["high must not be below best"]);
    expect(errors.periodStart?.[0]).toMatch(/YYYY/);

    const unknownRef = await failure(
      as("contributor").transfer.create({ ...input, intermediaryRefs: ["A9999"] }),
    );
    expect(unknownRef.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(unknownRef)).toEqual({
      "intermediaryRefs.0": ["There is no actor A9999"],
    });

    const badActor = await failure(
      as("contributor").actor.create({
        name: "X",
        kind: "company",
        country: "QQ",
        description: "d",
        aliases: [],
        identifiers: [{ scheme: "imo", value: "123" }],
        links: [],
        sourceRefs: [],
      }),
    );
    expect(Object.keys(fieldErrorsOf(badActor)).sort()).toEqual([
      "country",
      "identifiers",
      "identifiers.0.value",
    ]);
    expect(await t.db.transfer.count()).toBe(before);
    expect(await t.db.auditEntry.count()).toBe(audits);
  });

  it.skipIf(t.kind === "embedded")(
    `two saves from one version: exactly one wins, the other gets a conflict (${severalSessionsSkipReason} on embedded)`,
    async () => {
      const created = await as("contributor").transfer.create(transferInput());
      const save = (role: Role, designation: string) =>
        as(role).transfer.update({
          id: created.id,
          baseVersion: 1,
          ...transferInput({ designation }),
        });
      const results = await Promise.allSettled([
        save("fact_checker", "Checker's words"),
        save("editor", "Editor's words"),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as TRPCError] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.code).toBe("CONFLICT");
      const details = (lost[0]?.cause as { details?: Record<string, unknown> }).details;
      expect(details?.currentVersion).toBe(2);
      expect(details?.fields).toEqual(["designation"]);
      expect((details?.savedBy as { name: string }).name).toMatch(/Test (Checker|Editor)/);
      const saved = await as("editor").transfer.get({ id: created.id });
      expect(saved.version).toBe(2);
      expect(await as("editor").transfer.revisions({ id: created.id })).toHaveLength(2);
    },
  );

  it("a stale version is a conflict that says who changed what", async () => {
    const created = await as("contributor").transfer.create(transferInput());
    await as("contributor").transfer.update({
      id: created.id,
      baseVersion: 1,
      ...transferInput({ designation: "First change" }),
    });
    const stale = await failure(
      as("contributor").transfer.update({
        id: created.id,
        baseVersion: 1,
        ...transferInput({ designation: "Second change", note: "mine" }),
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    const details = (stale.cause as unknown as { details: Record<string, unknown> }).details;
    expect(details.fields).toEqual(["designation", "note"]);
    expect((details.savedBy as { name: string }).name).toBe("Test Writer");
    const compare = await as("contributor").transfer.compare({ id: created.id, from: 1, to: 2 });
    expect(compare.changes).toEqual([
      { field: "designation", before: "152 mm shells", after: "First change" },
    ]);
  });

  it("editing a published record waits for a second person; readers keep the published text", async () => {
    const created = await as("contributor").sanction.create({
      regime: "Test regime",
      instrument: "Resolution 1",
      adopted: "2009",
      adoptedNote: null,
      imposedByRef: null,
      imposedByNote: null,
      provisions: [{ key: "P1", text: "Arms embargo" }],
      designations: [],
      status: "in_force",
      statusNote: null,
      monitoringBody: null,
      note: null,
      sourceRefs: [source.ref],
    });
    await as("contributor").sanction.submit({ id: created.id, baseVersion: 1 });
    await as("fact_checker").sanction.publish({ id: created.id, baseVersion: 2 });
    const jobs = await t.db.revalidationJob.count();
    await as("editor").sanction.update({
      id: created.id,
      baseVersion: 3,
      ...created.data,
      instrument: "Resolution 1 (corrected)",
    });
    const pub = createPublicCaller(t.db);
    expect((await pub.sanction.byRef({ ref: created.ref })).instrument).toBe("Resolution 1");
    await as("editor").sanction.submit({ id: created.id, baseVersion: 4 });
    await as("fact_checker").sanction.publish({ id: created.id, baseVersion: 5 });
    expect(await t.db.revalidationJob.count()).toBe(jobs + 1);
    expect((await pub.sanction.byRef({ ref: created.ref })).instrument).toBe(
      "Resolution 1 (corrected)",
    );
    expect(
      (
        await failure(
          as("contributor").sanction.update({ id: created.id, baseVersion: 6, ...created.data }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("hostile text is stored as inert text; malformed ids are input errors", async () => {
    const hostile = `<script>alert(1)</script> "'; DROP TABLE actors; -- ${"Ω".repeat(50)} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢`;
    const created = await as("contributor").actor.create({
      name: hostile,
      kind: "company",
      country: null,
      description: hostile,
      aliases: [hostile],
      identifiers: [],
      links: [],
      sourceRefs: [],
    });
    const saved = await as("contributor").actor.get({ id: created.id });
    expect(saved.data.name).toBe(hostile);
    const found = await as("contributor").actor.list({ query: "<script>" });
    expect(found.items.map((i) => i.id)).toContain(created.id);
    const bidi = await failure(
      as("contributor").actor.update({
        id: created.id,
        baseVersion: 1,
        ...saved.data,
        name: "evil\u202Ename",
      }),
    );
    expect(fieldErrorsOf(bidi).name).toEqual(["Must not contain control characters"]);
    const long = await failure(
      as("contributor").actor.update({
        id: created.id,
        baseVersion: 1,
        ...saved.data,
        description: "x".repeat(5000),
      }),
    );
    expect(fieldErrorsOf(long).description).toEqual(["Must be at most 2000 characters"]);
    expect((await failure(as("contributor").actor.get({ id: "1; DROP" }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("lists filter by status and words; the source picker finds by title or ref", async () => {
    const drafts = await as("editor").transfer.list({ status: "draft", limit: 100 });
    expect(drafts.items.every((i) => i.reviewStatus === "draft")).toBe(true);
    expect(drafts.items.length).toBeGreaterThan(0);
    const hits = await as("contributor").source.search({ query: "draft report" });
    expect(hits.map((h) => h.label)).toContain("Draft report");
    const byRef = await as("contributor").source.search({ query: source.ref });
    expect(byRef.map((h) => h.ref)).toEqual([source.ref]);
  });

  it("a NUL byte in a search or filter is a bad request naming the field, not a 500", async () => {
    const nul = "draft\u0000report";
    const calls: [string, () => Promise<unknown>][] = [
      ["query", () => as("contributor").actor.list({ query: nul })],
      ["query", () => as("contributor").transfer.list({ query: nul })],
      ["query", () => as("contributor").sanction.list({ query: nul })],
      ["query", () => as("contributor").event.list({ query: nul })],
      ["query", () => as("contributor").source.list({ query: nul })],
      ["query", () => as("contributor").source.search({ query: nul })],
      ["text", () => as("contributor").claim.list({ text: nul })],
      ["text", () => as("fact_checker").review.queue({ text: nul })],
      ["entityType", () => as("admin").admin.audit.list({ entityType: nul })],
      ["entityId", () => as("admin").admin.audit.list({ entityId: nul })],
    ];
    for (const [field, call] of calls) {
      const e = await failure(call());
      expect(e.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(e)[field]).toEqual(["Must not contain control characters"]);
    }
  });

  describe("merge", () => {
    // Refs of their own: the server has been numbering new records after the factories'.
    const src2 = sourceRecord({ ref: "S501" });
    const survivor = actorRecord({
      ref: "A501",
      name: "Zvezda",
      kind: "company",
      sourceRefs: [source.ref],
    });
    const vessel = actorRecord({
      ref: "A502",
      name: "Angara",
      kind: "vessel",
      identifiers: [{ scheme: "imo", value: "9179842" }],
    });
    const dup = actorRecord({
      ref: "A503",
      name: "Zvezda LLC",
      kind: "company",
      aliases: ["Star"],
      sourceRefs: [source.ref, src2.ref],
      identifiers: [{ scheme: "registration", value: "RU-123" }],
      links: [{ type: "operator", targetRef: vessel.ref, note: null }],
    });
    const owner = actorRecord({
      ref: "A504",
      name: "Holding",
      links: [
        { type: "owner", targetRef: dup.ref, note: null },
        { type: "owner", targetRef: survivor.ref, note: null },
      ],
    });
    const shipment = transferRecord({
      ref: "T501",
      supplierRef: dup.ref,
      supplierNote: null,
      recipientRef: vessel.ref,
      intermediaryRefs: [dup.ref, survivor.ref],
      routeLegs: [
        { mode: "sea", fromRef: dup.ref, toRef: survivor.ref, vesselRefs: [dup.ref], label: "L1" },
      ],
    });
    const other = transferRecord({
      ref: "T502",
      recipientRef: dup.ref,
      intermediaryRefs: [dup.ref],
    });
    const regime = sanctionRecord({
      ref: "X501",
      imposedByRef: dup.ref,
      monitoringBody: { name: "Panel", actorRef: dup.ref, mandateStart: null, mandateEnd: null },
      designations: [
        { actorRef: dup.ref, reference: "RUe.001", listedOn: null, note: null },
        { actorRef: survivor.ref, reference: null, listedOn: null, note: null },
      ],
    });
    const meeting = eventRecord({ ref: "E501", actorRefs: [dup.ref, survivor.ref] });
    const claim = claimRecord({
      evidence: [{ sourceRef: source.ref, reliability: "B", credibility: 2, supports: "Yes." }],
      subjects: [
        { kind: "actor", ref: dup.ref },
        { kind: "actor", ref: vessel.ref },
      ],
    });

    it("moves every reference to the survivor, redirects the old ref and audits it", async () => {
      await insertCase(t.db, {
        sources: [src2],
        actors: [survivor, vessel, dup, owner],
        transfers: [shipment, other],
        sanctions: [regime],
        events: [meeting],
        claims: [claim],
      });
      const [s, d] = await Promise.all([
        t.db.actor.findUniqueOrThrow({ where: { ref: survivor.ref } }),
        t.db.actor.findUniqueOrThrow({ where: { ref: dup.ref } }),
      ]);
      await t.db.actorRedirect.create({ data: { fromRef: "A8001", actorId: d.id } });
      const jobs = await t.db.revalidationJob.count();

      // Both are published: the merge waits for a second editor, who carries it out.
      const { proposal } = await as("editor").actor.merge({
        survivorId: s.id,
        survivorVersion: s.version,
        mergedId: d.id,
        mergedVersion: d.version,
      });
      await as("admin").actor.approveMerge({ proposalId: proposal!.id });
      const merged = await as("editor").actor.get({ id: s.id });

      expect(merged.ref).toBe(survivor.ref);
      expect(merged.data.aliases).toEqual(["Zvezda LLC", "Star"]);
      expect(merged.data.identifiers).toEqual([{ scheme: "registration", value: "RU-123" }]);
      expect(merged.data.links).toEqual([{ type: "operator", targetRef: vessel.ref, note: null }]);
      expect(merged.data.sourceRefs).toEqual([source.ref, src2.ref]);
      expect(await t.db.actor.count({ where: { id: d.id } })).toBe(0);

      const ed = as("editor");
      const ship = (await ed.transfer.get({ ref: shipment.ref })).data;
      expect(ship.supplierRef).toBe(survivor.ref);
      expect(ship.intermediaryRefs).toEqual([survivor.ref]);
      expect(ship.routeLegs[0]).toMatchObject({
        fromRef: survivor.ref,
        toRef: survivor.ref,
        vesselRefs: [survivor.ref],
      });
      const oth = (await ed.transfer.get({ ref: other.ref })).data;
      expect(oth.recipientRef).toBe(survivor.ref);
      expect(oth.intermediaryRefs).toEqual([survivor.ref]);
      const sanction = (await ed.sanction.get({ ref: regime.ref })).data;
      expect(sanction.imposedByRef).toBe(survivor.ref);
      expect(sanction.monitoringBody?.actorRef).toBe(survivor.ref);
      expect(sanction.designations.map((x) => x.actorRef)).toEqual([survivor.ref]);
      expect((await ed.event.get({ ref: meeting.ref })).data.actorRefs).toEqual([survivor.ref]);
      expect((await ed.actor.get({ ref: owner.ref })).data.links).toEqual([
        { type: "owner", targetRef: survivor.ref, note: null },
      ]);
      const pub = createPublicCaller(t.db);
      const claimNow = await pub.claim.byRef({ ref: claim.ref });
      expect(claimNow.subjects.map((x) => x.ref)).toEqual([survivor.ref, vessel.ref]);

      expect(await pub.actor.redirect({ ref: dup.ref })).toEqual({ redirectTo: survivor.ref });
      expect(await pub.actor.redirect({ ref: "A8001" })).toEqual({ redirectTo: survivor.ref });
      expect((await failure(pub.actor.byRef({ ref: dup.ref }))).code).toBe("NOT_FOUND");

      const audit = await t.db.auditEntry.findFirstOrThrow({
        where: { action: "actor.merge", entityId: s.id },
      });
      expect(JSON.stringify(audit.before)).toContain("Zvezda LLC");
      expect(audit.after).toMatchObject({ redirect: { from: dup.ref, to: survivor.ref } });
      expect(await t.db.revalidationJob.count()).toBe(jobs + 1);
      const job = await t.db.revalidationJob.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      // Every page that showed the merged actor is refreshed, at its real address.
      expect(job.paths).toEqual(
        expect.arrayContaining([
          `/actors/${dup.ref}`,
          `/actors/${survivor.ref}`,
          `/transfers/${shipment.ref}`,
          `/sanctions/${regime.ref}`,
          `/claims/${claim.ref}`,
          "/timeline",
        ]),
      );
      expect((await ed.actor.revisions({ id: s.id })).at(-1)?.note).toContain(dup.ref);
    });

    it("refuses a stale version", async () => {
      const [a, b] = await Promise.all([
        t.db.actor.findUniqueOrThrow({ where: { ref: owner.ref } }),
        t.db.actor.findUniqueOrThrow({ where: { ref: vessel.ref } }),
      ]);
      const e = await failure(
        as("admin").actor.merge({
          survivorId: a.id,
          survivorVersion: a.version,
          mergedId: b.id,
          mergedVersion: b.version + 5,
        }),
      );
      expect(e.code).toBe("CONFLICT");
      expect(await t.db.actor.count({ where: { id: b.id } })).toBe(1);
    });
  });

  // ---------------------------------------------------------------- access matrix

  const someId = "00000000-0000-7000-8000-00000000abcd";
  type Row = { procedure: string; call: (api: Api) => Promise<unknown>; allowed: readonly Role[] };
  const everyone = ["contributor", "fact_checker", "editor", "admin"] as const;
  const reviewers = ["fact_checker", "editor", "admin"] as const;
  const matrix: Row[] = [];
  for (const type of ["actor", "transfer", "sanction", "event", "source"] as const) {
    const area = (api: Api) =>
      api[type] as unknown as Record<string, (i: unknown) => Promise<unknown>>;
    const add = (key: string, input: unknown, allowed: readonly Role[], write: boolean) =>
      matrix.push({
        procedure: `${type}.${key}${write ? "" : " (read)"}`,
        call: (api) => area(api)[key]!(input),
        allowed,
      });
    add("list", {}, everyone, false);
    add("get", { id: someId }, everyone, false);
    add("revisions", { id: someId }, everyone, false);
    add("compare", { id: someId, from: 1, to: 2 }, everyone, false);
    add("create", {}, everyone, true);
    add("update", { id: someId, baseVersion: 1 }, everyone, true);
    add("submit", { id: someId, baseVersion: 1 }, everyone, true);
    add("publish", { id: someId, baseVersion: 1 }, reviewers, true);
    add("reject", { id: someId, baseVersion: 1 }, reviewers, true);
  }
  matrix.push({
    procedure: "actor.merge",
    call: (api) =>
      api.actor.merge({
        survivorId: someId,
        survivorVersion: 1,
        mergedId: "00000000-0000-7000-8000-00000000abce",
        mergedVersion: 1,
      }),
    allowed: ["editor", "admin"],
  });
  for (const key of ["approveMerge", "rejectMerge"] as const)
    matrix.push({
      procedure: `actor.${key}`,
      call: (api) => api.actor[key]({ proposalId: someId }),
      allowed: ["editor", "admin"],
    });
  matrix.push({
    procedure: "actor.mergeProposals (read)",
    call: (api) => api.actor.mergeProposals({ id: someId }),
    allowed: everyone,
  });
  matrix.push({
    procedure: "source.search (read)",
    call: (api) => api.source.search({ query: "wire" }),
    allowed: everyone,
  });

  // Allowed callers pass the access check and then meet input or lookup errors: anything
  // but UNAUTHORIZED / FORBIDDEN means the door was open.
  const callers = ["anonymous", ...everyone, "read-only token"] as const;
  for (const row of matrix) {
    for (const who of callers) {
      const writes = !row.procedure.endsWith("(read)");
      const expected =
        who === "anonymous"
          ? "UNAUTHORIZED"
          : who === "read-only token"
            ? writes
              ? "FORBIDDEN"
              : "open"
            : row.allowed.includes(who)
              ? "open"
              : "FORBIDDEN";
      it(`access: ${row.procedure} as ${who}: ${expected}`, async () => {
        const session =
          who === "anonymous"
            ? null
            : who === "read-only token"
              ? readOnlyToken()
              : sessions.get(who)!;
        const outcome = await row.call(createEditorCaller(t.db, session)).then(
          () => "open",
          (e: unknown) => {
            if (!(e instanceof TRPCError)) return String(e);
            return e.code === "UNAUTHORIZED" || e.code === "FORBIDDEN" ? e.code : "open";
          },
        );
        expect(outcome).toBe(expected);
      });
    }
  }
});

function wireReport(title: string, slug: string) {
  return {
    publisher: "Wire",
    title,
    titleIsDescriptive: false,
    published: "2024",
    url: `https://example.org/${slug}`,
    kind: "news" as const,
    kindNote: null,
  };
}

function sourceFields(s: { data: Record<string, unknown> }) {
  return s.data as {
    publisher: string;
    title: string;
    titleIsDescriptive: boolean;
    published: string | null;
    url: string;
    kind: "news";
    kindNote: string | null;
  };
}
