// Unpublished entities (drafts, in review, rejected) must reach no public output: not as
// records of their own, and not through a link from a published record. Their published
// neighbours must still show.
import {
  actorRecord,
  claimRecord,
  eventRecord,
  insertCase,
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
  port.links = [{ type: "operator", targetRef: secret.ref, note: null }];
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
      { mode: "sea", fromRef: secret.ref, toRef: port.ref, vesselRefs: [secret.ref], label: "L" },
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
  });
  const secretEvent = eventRecord({ title: "Secret meeting" });
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
    for (const model of ["actor", "source", "sanction", "transfer", "event"] as const) {
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
      claims: await api().claim.list({ limit: 100 }),
    };
    expectNoLeak(lists);
    expect(lists.actors.items.map((a) => a.ref)).toEqual([port.ref, state.ref]);
    expect(lists.sources.items.map((s) => s.ref)).toEqual([openSource.ref]);
    expect(lists.sanctions.items.map((s) => s.ref)).toEqual([openSanction.ref]);
    expect(lists.transfers.items.map((x) => x.ref)).toEqual([openTransfer.ref]);
    expect(lists.events.items.map((e) => e.ref)).toEqual([openEvent.ref]);
    expect(lists.claims.items.map((c) => c.ref)).toEqual([claim.ref]);
  });

  it("byRef and byId answer NOT_FOUND for unpublished records", async () => {
    expect(await codeOf(api().actor.byRef({ ref: secret.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().source.byRef({ ref: secretSource.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().sanction.byRef({ ref: secretSanction.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().transfer.byRef({ ref: secretTransfer.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().transfer.byRef({ ref: strandedTransfer.ref }))).toBe("NOT_FOUND");
    expect(await codeOf(api().event.byRef({ ref: secretEvent.ref }))).toBe("NOT_FOUND");
    for (const id of hidden) {
      expect(await codeOf(api().actor.byId({ id }))).toBe("NOT_FOUND");
      expect(await codeOf(api().transfer.byId({ id }))).toBe("NOT_FOUND");
    }
  });

  it("published records drop their links to unpublished ones and keep the rest", async () => {
    const actor = await api().actor.byRef({ ref: port.ref });
    expectNoLeak(actor);
    expect(actor.sources.map((s) => s.ref)).toEqual([openSource.ref]);
    expect(actor.links).toEqual([]);

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
    expect(transfer.estimates.map((e) => e.best)).toEqual(["1000"]);
    expect(transfer.breaches.map((b) => b.sanction.ref)).toEqual([openSanction.ref]);
    expect(transfer.sources.map((s) => s.ref)).toEqual([openSource.ref]);

    const event = await api().event.byRef({ ref: openEvent.ref });
    expectNoLeak(event);
    expect(event.actors.map((a) => a.ref)).toEqual([port.ref]);
    expect(event.sources.map((s) => s.ref)).toEqual([openSource.ref]);
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
