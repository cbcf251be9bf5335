// Unpublished entities (drafts, in review, rejected) must reach no public output: not as
// records of their own, and not through a link from a published record. Their published
// neighbours must still show.
import {
  actorRecord,
  articleRecord,
  claimRecord,
  draftRecord,
  eventRecord,
  insertCase,
  placeRecord,
  investigationRecord,
  sanctionRecord,
  sourceRecord,
  transferRecord,
  useTestDb,
} from "@armstrail/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createPublicCaller } from "../../callers";

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
}

describe("public reads leave unpublished entities out", () => {
  const t = useTestDb();
  const api = () => createPublicCaller(t.db);

  const openSource = sourceRecord({ publisher: "Open Wire" });
  const secretSource = sourceRecord({ publisher: "Hushed Wire", title: "Secret dossier" });
  const port = actorRecord({ name: "Open Port", kind: "port", country: "KP" });
  const state = actorRecord({ name: "Open State", kind: "state", country: "RU" });
  const secret = actorRecord({
    name: "Secret Shipping",
    aliases: ["Hidden Lines"],
    description: "Unchecked company",
  });
  const openPlace = placeRecord({
    name: "Open quay",
    sourceRefs: [secretSource.ref, openSource.ref],
  });
  const secretPlace = placeRecord({ name: "Secret quay", precision: "Hushed position" });
  port.links = [{ type: "operator", targetRef: secret.ref, note: null }];
  // A published port at an unpublished place; an unpublished company at a published one.
  port.placeRef = secretPlace.ref;
  secret.placeRef = openPlace.ref;
  port.sourceRefs = [openSource.ref, secretSource.ref];
  const secretSanction = sanctionRecord({ instrument: "Secret resolution" });
  const openSanction = sanctionRecord({
    instrument: "Open resolution",
    imposedByRef: secret.ref,
    monitoringBody: {
      name: "Panel",
      actorRef: secret.ref,
      mandateStart: null,
      mandateEnd: null,
    },
    designations: [
      { actorRef: secret.ref, reference: null, listedOn: null, note: null },
      { actorRef: port.ref, reference: null, listedOn: null, note: null },
    ],
    sourceRefs: [secretSource.ref, openSource.ref],
  });
  const estimate = {
    low: null,
    high: null,
    unit: "shells",
    qualifier: "about" as const,
    stage: "delivered" as const,
    per: null,
    wording: null,
    asOf: "2024-02",
    asOfEnd: null,
    estimatedBy: "Test",
    note: null,
  };
  const openTransfer = transferRecord({
    designation: "Open shells",
    supplierRef: secret.ref,
    supplierNote: "Through a company",
    recipientRef: state.ref,
    intermediaryRefs: [secret.ref, port.ref],
    routeLegs: [
      {
        mode: "sea",
        fromRef: secret.ref,
        toRef: port.ref,
        vesselRefs: [secret.ref],
        label: "L",
        viaPlaceRef: secretPlace.ref,
      },
    ],
    estimates: [
      { ...estimate, best: "1000", sourceRef: openSource.ref },
      { ...estimate, best: "777777", sourceRef: secretSource.ref },
    ],
    breaches: [
      { sanctionRef: openSanction.ref, provisionKey: null },
      { sanctionRef: secretSanction.ref, provisionKey: null },
    ],
    sourceRefs: [secretSource.ref, openSource.ref],
  });
  const secretTransfer = transferRecord({ designation: "Secret shells", recipientRef: state.ref });
  // Published itself, but its recipient is not: it cannot be shown without it.
  const strandedTransfer = transferRecord({
    designation: "Stranded shells",
    recipientRef: secret.ref,
  });
  const openEvent = eventRecord({
    title: "Open summit",
    actorRefs: [secret.ref, port.ref],
    sourceRefs: [secretSource.ref, openSource.ref],
    placeRef: openPlace.ref,
  });
  const secretEvent = eventRecord({ title: "Secret meeting", placeRef: openPlace.ref });
  const claim = claimRecord({
    statement: "Open claim about shells",
    appearanceRef: secretSource.ref,
    evidence: [
      { sourceRef: openSource.ref, reliability: "B", credibility: 2, supports: "Open." },
      { sourceRef: secretSource.ref, reliability: "C", credibility: 3, supports: "Hushed." },
    ],
    subjects: [
      { kind: "actor", ref: secret.ref },
      { kind: "actor", ref: port.ref },
      { kind: "transfer", ref: secretTransfer.ref },
      { kind: "transfer", ref: openTransfer.ref },
      { kind: "sanction", ref: secretSanction.ref },
      { kind: "event", ref: secretEvent.ref },
      { kind: "event", ref: openEvent.ref },
    ],
  });

  // What must never show: ids, refs and words of the unpublished records.
  const hidden: string[] = [];
  const hiddenRefs = [
    secret.ref,
    secretSource.ref,
    secretSanction.ref,
    secretTransfer.ref,
    secretEvent.ref,
    strandedTransfer.ref,
    secretPlace.ref,
  ];
  const hiddenWords = [
    "Secret Shipping",
    "Hidden Lines",
    "Hushed Wire",
    "Secret dossier",
    "Secret resolution",
    "Secret shells",
    "Secret meeting",
    "Stranded shells",
    "Secret quay",
    "Hushed position",
    "777777",
  ];

  function expectNoLeak(output: unknown) {
    const json = JSON.stringify(output);
    for (const ref of hiddenRefs) expect(json).not.toContain(`"${ref}"`);
    for (const word of [...hiddenWords, ...hidden]) expect(json).not.toContain(word);
  }

  beforeAll(async () => {
    await insertCase(t.db, {
      sources: [openSource, secretSource],
      places: [openPlace, secretPlace],
      actors: [port, state, secret],
      sanctions: [openSanction, secretSanction],
      transfers: [openTransfer, secretTransfer, strandedTransfer],
      events: [openEvent, secretEvent],
      claims: [claim],
    });
    // Each unpublished state must be hidden, not only drafts.
    const statuses = ["draft", "in_review", "rejected"] as const;
    await t.db.actor.update({ where: { ref: secret.ref }, data: { reviewStatus: "draft" } });
    await t.db.source.update({
      where: { ref: secretSource.ref },
      data: { reviewStatus: statuses[1] },
    });
    await t.db.sanction.update({
      where: { ref: secretSanction.ref },
      data: { reviewStatus: statuses[2] },
    });
    await t.db.transfer.update({
      where: { ref: secretTransfer.ref },
      data: { reviewStatus: "draft" },
    });
    await t.db.event.update({ where: { ref: secretEvent.ref }, data: { reviewStatus: "draft" } });
    await t.db.place.update({ where: { ref: secretPlace.ref }, data: { reviewStatus: "draft" } });
    for (const model of ["actor", "source", "sanction", "transfer", "event", "place"] as const) {
      const rows = await (t.db[model] as typeof t.db.actor).findMany({
        where: { reviewStatus: { not: "published" } },
        select: { id: true },
      });
      hidden.push(...rows.map((r) => r.id));
    }
    const stranded = await t.db.transfer.findUniqueOrThrow({
      where: { ref: strandedTransfer.ref },
    });
    hidden.push(stranded.id);
  });

  it("lists show published records only", async () => {
    const lists = {
      actors: await api().actor.list({ limit: 100 }),
      sources: await api().source.list({ limit: 100 }),
      sanctions: await api().sanction.list({ limit: 100 }),
      transfers: await api().transfer.list({ limit: 100 }),
      events: await api().event.list({ limit: 100 }),
      places: await api().place.list({ limit: 100 }),
      claims: await api().claim.list({ limit: 100 }),
    };
    expectNoLeak(lists);
    expect(lists.actors.items.map((a) => a.ref)).toEqual([port.ref, state.ref]);
    expect(lists.sources.items.map((s) => s.ref)).toEqual([openSource.ref]);
    expect(lists.sanctions.items.map((s) => s.ref)).toEqual([openSanction.ref]);
    expect(lists.transfers.items.map((x) => x.ref)).toEqual([openTransfer.ref]);
    expect(lists.events.items.map((e) => e.ref)).toEqual([openEvent.ref]);
    expect(lists.places.items.map((p) => p.ref)).toEqual([openPlace.ref]);
    expect(lists.claims.items.map((c) => c.ref)).toEqual([claim.ref]);
  });

  it("byRef and byId answer NOT_FOUND for unpublished records", async () => {
    expect(await codeOf(api().actor.byRef({ ref: secret.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().source.byRef({ ref: secretSource.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().sanction.byRef({ ref: secretSanction.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().transfer.byRef({ ref: secretTransfer.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().transfer.byRef({ ref: strandedTransfer.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().event.byRef({ ref: secretEvent.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().place.byRef({ ref: secretPlace.ref }))).toBe("NOT_FOUND");
    for (const id of hidden) {
      expect(await codeOf(api().place.byId({ id }))).toBe("NOT_FOUND");
      expect(await codeOf(api().actor.byId({ id }))).toBe("NOT_FOUND");
      expect(await codeOf(api().transfer.byId({ id }))).toBe("NOT_FOUND");
    }
  });

  it("published records drop their links to unpublished ones and keep the rest", async () => {
    const actor = await api().actor.byRef({ ref: port.ref });
    expectNoLeak(actor);
    expect(actor.sources.map((s) => s.ref)).toEqual([openSource.ref]);
    expect(actor.links).toEqual([]);
    expect(actor.place).toBeNull();

    const sanction = await api().sanction.byRef({ ref: openSanction.ref });
    expectNoLeak(sanction);
    expect(sanction.imposedBy).toBeNull();
    expect(sanction.monitoringBody?.name).toBe("Panel");
    expect(sanction.monitoringBody?.actor).toBeNull();
    expect(sanction.designations.map((d) => d.actor.ref)).toEqual([port.ref]);
    expect(sanction.sources.map((s) => s.ref)).toEqual([openSource.ref]);

    const transfer = await api().transfer.byRef({ ref: openTransfer.ref });
    expectNoLeak(transfer);
    expect(transfer.supplier).toBeNull();
    expect(transfer.supplierNote).toBe("Through a company");
    expect(transfer.recipient.ref).toBe(state.ref);
    expect(transfer.intermediaries.map((a) => a.ref)).toEqual([port.ref]);
    expect(transfer.routeLegs[0]?.from).toBeNull();
    expect(transfer.routeLegs[0]?.to?.ref).toBe(port.ref);
    expect(transfer.routeLegs[0]?.vessels).toEqual([]);
    expect(transfer.routeLegs[0]?.fromPlace).toBeNull();
    expect(transfer.routeLegs[0]?.toPlace).toBeNull();
    expect(transfer.routeLegs[0]?.viaPlace).toBeNull();
    expect(transfer.estimates.map((e) => e.best)).toEqual(["1000"]);
    expect(transfer.breaches.map((b) => b.sanction.ref)).toEqual([openSanction.ref]);
    expect(transfer.sources.map((s) => s.ref)).toEqual([openSource.ref]);

    const event = await api().event.byRef({ ref: openEvent.ref });
    expectNoLeak(event);
    expect(event.actors.map((a) => a.ref)).toEqual([port.ref]);
    expect(event.sources.map((s) => s.ref)).toEqual([openSource.ref]);
    expect(event.place?.ref).toBe(openPlace.ref);

    const place = await api().place.byRef({ ref: openPlace.ref });
    expectNoLeak(place);
    expect(place.sources.map((s) => s.ref)).toEqual([openSource.ref]);
    expect(place.actors).toEqual([]);
    expect(place.events.map((e) => e.ref)).toEqual([openEvent.ref]);
  });

  it("the claim page shows only published subjects and sources", async () => {
    const c = await api().claim.byRef({ ref: claim.ref });
    expectNoLeak(c);
    expect(c.subjects.map((s) => s.ref)).toEqual([port.ref, openTransfer.ref, openEvent.ref]);
    expect(c.evidence.map((e) => e.source.ref)).toEqual([openSource.ref]);
    expect(c.appearance).toBeNull();
  });

  it("filters by an unpublished record find nothing", async () => {
    expect((await api().claim.list({ actorRef: secret.ref })).items).toEqual([]);
    expect((await api().claim.list({ transferRef: secretTransfer.ref })).items).toEqual([]);
    expect((await api().claim.list({ sanctionRef: secretSanction.ref })).items).toEqual([]);
    expect((await api().claim.counts({ actorRef: secret.ref })).total).toBe(0);
    expect((await api().transfer.list({ actorRef: secret.ref })).items).toEqual([]);
    expect((await api().transfer.list({ sanctionRef: secretSanction.ref })).items).toEqual([]);
    expect((await api().sanction.list({ actorRef: secret.ref })).items).toEqual([]);
  });

  it("search finds published neighbours and nothing unpublished", async () => {
    for (const query of ["Secret", "Hidden Lines", "Hushed", "Stranded"]) {
      const { hits } = await api().search({ query });
      expect(hits).toEqual([]);
    }
    const { hits } = await api().search({ query: "Open" });
    expectNoLeak(hits);
    expect(hits.map((h) => h.ref).sort()).toEqual(
      [claim.ref, port.ref, state.ref, openTransfer.ref, openSanction.ref].sort(),
    );
  });

  it("a merged actor's old reference leads to its published survivor only", async () => {
    const survivor = await t.db.actor.findUniqueOrThrow({ where: { ref: port.ref } });
    const draft = await t.db.actor.findUniqueOrThrow({ where: { ref: secret.ref } });
    await t.db.actorRedirect.create({ data: { fromRef: "A9001", actorId: survivor.id } });
    await t.db.actorRedirect.create({ data: { fromRef: "A9002", actorId: draft.id } });
    expect(await api().actor.redirect({ ref: "A9001" })).toEqual({ redirectTo: port.ref });
    expect(await api().actor.redirect({ ref: "A9002" })).toEqual({ redirectTo: null });
    expect(await api().actor.redirect({ ref: "A9003" })).toEqual({ redirectTo: null });
  });
});

describe("public reads leave unpublished investigations and checked articles out", () => {
  const t = useTestDb();
  const api = () => createPublicCaller(t.db);
  const source = sourceRecord({ publisher: "Plain Wire" });
  const open = investigationRecord({ slug: "open-case", title: "Open case" });
  const secret = investigationRecord({
    slug: "secret-case",
    title: "Secret case",
    standfirst: "Covert standfirst",
  });
  const evidence = [
    { sourceRef: source.ref, reliability: "B" as const, credibility: 2, supports: "It." },
  ];
  const state = actorRecord({ name: "Plain State", kind: "state", country: "RU" });
  const openClaim = claimRecord({ investigation: open.slug, evidence, statement: "Open words" });
  const draftClaim = draftRecord({
    investigation: open.slug,
    evidence: [],
    authorEmail: "writer@test.local",
    statement: "Unreviewed words",
  });
  // Published itself, but in an investigation nobody has published.
  const secretClaim = claimRecord({
    investigation: secret.slug,
    evidence,
    statement: "Claim of the secret case",
  });
  const secretTransfer = transferRecord({
    designation: "Secret-case cargo",
    recipientRef: state.ref,
    investigations: [secret.slug],
  });
  const secretEvent = eventRecord({ title: "Secret-case meeting", investigations: [secret.slug] });
  const openArticle = articleRecord({
    investigation: open.slug,
    title: "Checked op-ed",
    claims: [
      { ref: openClaim.ref, passage: "open passage" },
      { ref: draftClaim.ref, passage: "unreviewed passage" },
    ],
  });
  const draftArticle = articleRecord({
    investigation: open.slug,
    title: "Half-checked column",
    claims: [{ ref: openClaim.ref, passage: "column passage" }],
  });
  const secretArticle = articleRecord({
    investigation: secret.slug,
    title: "Secret-case article",
    claims: [{ ref: secretClaim.ref, passage: "secret passage" }],
  });
  const hiddenWords = [
    "Secret case",
    "Covert standfirst",
    "secret-case",
    "Unreviewed words",
    "unreviewed passage",
    "Half-checked column",
    "Secret-case article",
    "secret passage",
    draftArticle.ref,
    secretArticle.ref,
    secret.ref,
  ];
  const expectNoLeak = (output: unknown) => {
    const json = JSON.stringify(output);
    for (const word of hiddenWords) expect(json).not.toContain(word);
  };

  beforeAll(async () => {
    await insertCase(t.db, {
      investigations: [open, secret],
      sources: [source],
      actors: [state],
      claims: [openClaim, secretClaim],
      drafts: [draftClaim],
      transfers: [secretTransfer],
      events: [secretEvent],
      articles: [openArticle, draftArticle, secretArticle],
    });
    await t.db.investigation.update({
      where: { ref: secret.ref },
      data: { reviewStatus: "draft" },
    });
    await t.db.checkedArticle.update({
      where: { ref: draftArticle.ref },
      data: { reviewStatus: "in_review" },
    });
  });

  it("lists only published investigations, counting only published claims", async () => {
    const list = await api().investigation.list();
    expectNoLeak(list);
    const mine = list.find((i) => i.slug === open.slug);
    expect(mine?.counts).toMatchObject({ total: 1, byVerdict: { accurate: 1 } });
  });

  it("shows an investigation's published articles with their published claims only", async () => {
    const page = await api().investigation.bySlug({ slug: open.slug });
    expectNoLeak(page);
    expect(page.articles.map((a) => a.ref)).toEqual([openArticle.ref]);
    expect(page.articles[0]?.claims).toEqual([
      expect.objectContaining({ ref: openClaim.ref, position: 1, passage: "open passage" }),
    ]);
    expect(page.articles[0]?.counts.total).toBe(1);
  });

  it("answers NOT_FOUND for an unpublished or unknown investigation", async () => {
    expect(await codeOf(api().investigation.bySlug({ slug: secret.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(api().investigation.bySlug({ slug: "no-such-case" }))).toBe("NOT_FOUND");
  });

  it("filters by an unpublished investigation to nothing", async () => {
    const investigation = secret.slug;
    const reads = {
      claims: await api().claim.list({ investigation }),
      counts: await api().claim.counts({ investigation }),
      transfers: await api().transfer.list({ investigation }),
      events: await api().event.list({ investigation }),
      story: await api().story.get({ investigation }),
      corrections: await api().corrections.list({ investigation }),
      search: await api().search({ query: "secret", investigation }),
    };
    expectNoLeak(reads);
    expect(reads.claims.items).toEqual([]);
    expect(reads.counts.total).toBe(0);
    expect(reads.transfers.items).toEqual([]);
    expect(reads.events.items).toEqual([]);
    expect(reads.search.hits).toEqual([]);
  });

  it("filters by a published investigation to its own records", async () => {
    const claims = await api().claim.list({ investigation: open.slug });
    expect(claims.items.map((c) => c.ref)).toEqual([openClaim.ref]);
    const transfers = await api().transfer.list({ investigation: open.slug });
    expect(transfers.items).toEqual([]);
  });
});
