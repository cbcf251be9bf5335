// How each entity type is read as, and written from, its record shape (references by ref).
// The generic workflow in ./core.ts works through these and knows no table of its own.
import type { EntityInputs, EntityType } from "@armstrail/domain";
import { InputError, RuleError } from "../../errors";
import {
  articleFields,
  estimateColumns,
  rangeColumns,
  statusColumns,
  toEstimateFields,
  toSourceFields,
  toTransferRange,
} from "../../mappers";
import { inTurn, type Tx } from "../workflow-support";

export type { Tx };
/** What a record may refer to: by ref, or (an investigation) by slug. */
type RefType = "actor" | "source" | "sanction" | "claim" | "investigation" | "place";

/** A reference from a record to another, with the field it sits in (for error messages). */
export interface RefUse {
  type: RefType;
  ref: string;
  path: (string | number)[];
}

const byPosition = { orderBy: { position: "asc" } } as const;
const positions = <T>(items: readonly T[]) => items.map((item, position) => ({ item, position }));

/** Looks up every reference; an unknown one is an input error on its own field. */
export async function resolveRefs(tx: Tx, uses: RefUse[]): Promise<Ids> {
  const want = (type: RefType) => [
    ...new Set(uses.filter((u) => u.type === type).map((u) => u.ref)),
  ];
  const select = { id: true, ref: true } as const;
  const [actors, sources, sanctions, claims, investigations, places] = await inTurn([
    () => tx.actor.findMany({ where: { ref: { in: want("actor") } }, select }),
    () => tx.source.findMany({ where: { ref: { in: want("source") } }, select }),
    () => tx.sanction.findMany({ where: { ref: { in: want("sanction") } }, select }),
    () => tx.claim.findMany({ where: { ref: { in: want("claim") } }, select }),
    () =>
      tx.investigation.findMany({
        where: { slug: { in: want("investigation") } },
        select: { id: true, ref: true, slug: true },
      }),
    () => tx.place.findMany({ where: { ref: { in: want("place") } }, select }),
  ]);
  const ids: Ids = {
    actor: new Map(actors.map((a) => [a.ref, a.id])),
    source: new Map(sources.map((a) => [a.ref, a.id])),
    sanction: new Map(sanctions.map((a) => [a.ref, a.id])),
    place: new Map(places.map((a) => [a.ref, a.id])),
    claim: new Map(claims.map((a) => [a.ref, a.id])),
    investigation: new Map(investigations.map((a) => [a.slug, a.id])),
  };
  const missing = uses.filter((u) => !ids[u.type].has(u.ref));
  if (missing.length) {
    throw new InputError(
      missing.map((u) => ({
        path: u.path,
        message: `There is no ${u.type} ${u.ref}`,
      })),
    );
  }
  return ids;
}

export type Ids = Record<RefType, Map<string, string>>;
const id = (ids: Ids, type: RefType, ref: string) => ids[type].get(ref)!;
/** The join rows that list a record's sources in order (actor_sources, place_sources...). */
const sourceRows = <K extends string>(key: K, entityId: string, refs: string[], ids: Ids) =>
  positions(refs).map(
    ({ item, position }) =>
      ({ [key]: entityId, sourceId: id(ids, "source", item), position }) as Record<K, string> & {
        sourceId: string;
        position: number;
      },
  );
const idOrNull = (ids: Ids, type: RefType, ref: string | null | undefined) =>
  ref == null ? null : id(ids, type, ref);

export interface Kind<T extends EntityType> {
  type: T;
  /** Every reference the record makes, with its field. */
  uses(data: EntityInputs[T]): RefUse[];
  /** The record's own fields as stored; creation adds ref, status and author. */
  fields(data: EntityInputs[T], ids: Ids): Record<string, unknown>;
  /** Replaces the record's lists (links, legs, estimates...) with those in `data`. */
  writeLists(tx: Tx, entityId: string, data: EntityInputs[T], ids: Ids): Promise<void>;
  read(tx: Tx, entityId: string): Promise<{ ref: string; data: EntityInputs[T] }>;
  label(data: EntityInputs[T]): string;
  /** Columns that free-text search in the editor looks at. */
  textColumns: readonly string[];
}

const sourceUses = (refs: string[], field = "sourceRefs"): RefUse[] =>
  refs.map((ref, i) => ({ type: "source", ref, path: [field, i] }));
const actorUses = (refs: string[], field: string): RefUse[] =>
  refs.map((ref, i) => ({ type: "actor", ref, path: [field, i] }));
/** A link to a place, when the record makes one. */
const placeUse = (ref: string | null | undefined, path: (string | number)[]): RefUse[] =>
  ref == null ? [] : [{ type: "place", ref, path }];

// ---------------------------------------------------------------- actors

const actorKind: Kind<"actor"> = {
  type: "actor",
  uses: (a) => [
    ...a.links.map((l, i): RefUse => ({
      type: "actor",
      ref: l.targetRef,
      path: ["links", i, "targetRef"],
    })),
    ...placeUse(a.placeRef, ["placeRef"]),
    ...sourceUses(a.sourceRefs),
  ],
  fields: (a, ids) => ({
    name: a.name,
    kind: a.kind,
    kindWording: a.kindWording,
    country: a.country,
    description: a.description,
    aliases: a.aliases,
    placeId: idOrNull(ids, "place", a.placeRef),
  }),
  async writeLists(tx, actorId, a, ids) {
    await tx.actorIdentifier.deleteMany({ where: { actorId } });
    await tx.actorLink.deleteMany({ where: { actorId } });
    await tx.actorSource.deleteMany({ where: { actorId } });
    // An identifier belongs to one actor only: someone else's is a clear field error.
    const taken = await tx.actorIdentifier.findMany({
      where: { OR: a.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })) },
      select: { scheme: true, value: true, actor: { select: { ref: true } } },
    });
    if (a.identifiers.length && taken.length) {
      throw new InputError(
        taken.map((t) => ({
          path: [
            "identifiers",
            a.identifiers.findIndex((i) => i.scheme === t.scheme && i.value === t.value),
            "value",
          ],
          message: `Actor ${t.actor.ref} already has this identifier`,
        })),
      );
    }
    if (a.links.some((l) => id(ids, "actor", l.targetRef) === actorId)) {
      throw new InputError([
        {
          path: [
            "links",
            a.links.findIndex((l) => id(ids, "actor", l.targetRef) === actorId),
            "targetRef",
          ],
          message: "An actor cannot link to itself",
        },
      ]);
    }
    await tx.actorIdentifier.createMany({ data: a.identifiers.map((i) => ({ ...i, actorId })) });
    await tx.actorLink.createMany({
      data: a.links.map((l) => ({
        actorId,
        targetId: id(ids, "actor", l.targetRef),
        type: l.type,
        note: l.note,
      })),
    });
    await tx.actorSource.createMany({
      data: sourceRows("actorId", actorId, a.sourceRefs, ids),
    });
  },
  async read(tx, actorId) {
    const a = await tx.actor.findUniqueOrThrow({
      where: { id: actorId },
      include: {
        identifiers: { orderBy: [{ scheme: "asc" }, { value: "asc" }] },
        links: { include: { target: { select: { ref: true } } }, orderBy: { id: "asc" } },
        place: { select: { ref: true } },
        sources: { include: { source: { select: { ref: true } } }, ...byPosition },
      },
    });
    return {
      ref: a.ref,
      data: {
        name: a.name,
        kind: a.kind,
        kindWording: a.kindWording,
        country: a.country,
        description: a.description,
        aliases: a.aliases,
        identifiers: a.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })),
        links: a.links.map((l) => ({ type: l.type, targetRef: l.target.ref, note: l.note })),
        placeRef: a.place?.ref ?? null,
        sourceRefs: a.sources.map((s) => s.source.ref),
      },
    };
  },
  label: (a) => a.name,
  textColumns: ["name", "description"],
};

// ---------------------------------------------------------------- sources

const sourceKind: Kind<"source"> = {
  type: "source",
  uses: () => [],
  fields: (s) => ({ ...s }),
  async writeLists() {
    // A source has no lists.
  },
  async read(tx, sourceId) {
    const s = await tx.source.findUniqueOrThrow({ where: { id: sourceId } });
    return {
      ref: s.ref,
      data: toSourceFields(s),
    };
  },
  label: (s) => s.title,
  textColumns: ["title", "publisher", "url"],
};

// ---------------------------------------------------------------- events

const eventKind: Kind<"event"> = {
  type: "event",
  uses: (e) => [
    ...actorUses(e.actorRefs, "actorRefs"),
    ...placeUse(e.placeRef, ["placeRef"]),
    ...sourceUses(e.sourceRefs),
  ],
  fields: (e, ids) => ({
    date: e.date,
    dateUncertain: e.dateUncertain,
    title: e.title,
    placeId: idOrNull(ids, "place", e.placeRef),
  }),
  async writeLists(tx, eventId, e, ids) {
    await tx.eventActor.deleteMany({ where: { eventId } });
    await tx.eventSource.deleteMany({ where: { eventId } });
    await tx.eventActor.createMany({
      data: positions(e.actorRefs).map(({ item, position }) => ({
        eventId,
        actorId: id(ids, "actor", item),
        position,
      })),
    });
    await tx.eventSource.createMany({
      data: sourceRows("eventId", eventId, e.sourceRefs, ids),
    });
  },
  async read(tx, eventId) {
    const e = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      include: {
        actors: { include: { actor: { select: { ref: true } } }, ...byPosition },
        place: { select: { ref: true } },
        sources: { include: { source: { select: { ref: true } } }, ...byPosition },
      },
    });
    return {
      ref: e.ref,
      data: {
        date: e.date,
        dateUncertain: e.dateUncertain,
        title: e.title,
        actorRefs: e.actors.map((a) => a.actor.ref),
        placeRef: e.place?.ref ?? null,
        sourceRefs: e.sources.map((s) => s.source.ref),
      },
    };
  },
  label: (e) => e.title,
  textColumns: ["title"],
};

// ---------------------------------------------------------------- sanctions

const sanctionKind: Kind<"sanction"> = {
  type: "sanction",
  uses: (s) => [
    ...(s.imposedByRef
      ? [{ type: "actor" as const, ref: s.imposedByRef, path: ["imposedByRef"] }]
      : []),
    ...(s.monitoringBody?.actorRef
      ? [
          {
            type: "actor" as const,
            ref: s.monitoringBody.actorRef,
            path: ["monitoringBody", "actorRef"],
          },
        ]
      : []),
    ...s.designations.map((d, i): RefUse => ({
      type: "actor",
      ref: d.actorRef,
      path: ["designations", i, "actorRef"],
    })),
    ...sourceUses(s.sourceRefs),
  ],
  fields: (s, ids) => ({
    regime: s.regime,
    instrument: s.instrument,
    adopted: s.adopted,
    adoptedNote: s.adoptedNote,
    imposedById: idOrNull(ids, "actor", s.imposedByRef),
    imposedByNote: s.imposedByNote,
    status: s.status,
    statusNote: s.statusNote,
    ...statusColumns(s),
    note: s.note,
    monitoringBodyName: s.monitoringBody?.name ?? null,
    monitoringBodyId: idOrNull(ids, "actor", s.monitoringBody?.actorRef ?? null),
    mandateStart: s.monitoringBody?.mandateStart ?? null,
    mandateEnd: s.monitoringBody?.mandateEnd ?? null,
  }),
  async writeLists(tx, sanctionId, s, ids) {
    // Provisions are kept by key, because transfers cite them: a cited one cannot go.
    const keys = s.provisions.map((p) => p.key);
    const cited = await tx.sanctionProvision.findMany({
      where: { sanctionId, key: { notIn: keys }, breaches: { some: {} } },
      select: { key: true, breaches: { select: { transfer: { select: { ref: true } } } } },
    });
    if (cited.length) {
      const what = cited
        .map((p) => `${p.key} (cited by ${p.breaches.map((b) => b.transfer.ref).join(", ")})`)
        .join("; ");
      throw new RuleError(
        "provision_cited",
        `These provisions are cited by transfers and cannot be removed: ${what}`,
      );
    }
    await tx.sanctionProvision.deleteMany({ where: { sanctionId, key: { notIn: keys } } });
    for (const { item, position } of positions(s.provisions)) {
      await tx.sanctionProvision.upsert({
        where: { sanctionId_key: { sanctionId, key: item.key } },
        create: { sanctionId, key: item.key, text: item.text, position },
        update: { text: item.text, position },
      });
    }
    await tx.sanctionDesignation.deleteMany({ where: { sanctionId } });
    await tx.sanctionSource.deleteMany({ where: { sanctionId } });
    await tx.sanctionDesignation.createMany({
      data: s.designations.map((d) => ({
        sanctionId,
        actorId: id(ids, "actor", d.actorRef),
        reference: d.reference,
        listedOn: d.listedOn,
        note: d.note,
      })),
    });
    await tx.sanctionSource.createMany({
      data: sourceRows("sanctionId", sanctionId, s.sourceRefs, ids),
    });
  },
  async read(tx, sanctionId) {
    const s = await tx.sanction.findUniqueOrThrow({
      where: { id: sanctionId },
      include: {
        imposedBy: { select: { ref: true } },
        monitoringBody: { select: { ref: true } },
        provisions: byPosition,
        designations: {
          include: { actor: { select: { ref: true } } },
          orderBy: { actor: { refNumber: "asc" } },
        },
        sources: { include: { source: { select: { ref: true } } }, ...byPosition },
      },
    });
    return {
      ref: s.ref,
      data: {
        regime: s.regime,
        instrument: s.instrument,
        adopted: s.adopted,
        adoptedNote: s.adoptedNote,
        imposedByRef: s.imposedBy?.ref ?? null,
        imposedByNote: s.imposedByNote,
        provisions: s.provisions.map((p) => ({ key: p.key, text: p.text })),
        designations: s.designations.map((d) => ({
          actorRef: d.actor.ref,
          reference: d.reference,
          listedOn: d.listedOn,
          note: d.note,
        })),
        status: s.status,
        statusNote: s.statusNote,
        ...statusColumns(s),
        monitoringBody: s.monitoringBodyName
          ? {
              name: s.monitoringBodyName,
              actorRef: s.monitoringBody?.ref ?? null,
              mandateStart: s.mandateStart,
              mandateEnd: s.mandateEnd,
            }
          : null,
        note: s.note,
        sourceRefs: s.sources.map((x) => x.source.ref),
      },
    };
  },
  label: (s) => s.instrument,
  textColumns: ["instrument", "regime", "note"],
};

// ---------------------------------------------------------------- transfers

const transferKind: Kind<"transfer"> = {
  type: "transfer",
  uses: (t) => [
    ...(t.supplierRef
      ? [{ type: "actor" as const, ref: t.supplierRef, path: ["supplierRef"] }]
      : []),
    { type: "actor", ref: t.recipientRef, path: ["recipientRef"] },
    ...actorUses(t.intermediaryRefs, "intermediaryRefs"),
    ...t.routeLegs.flatMap((l, i): RefUse[] => [
      ...(l.fromRef
        ? [{ type: "actor" as const, ref: l.fromRef, path: ["routeLegs", i, "fromRef"] }]
        : []),
      ...(l.toRef
        ? [{ type: "actor" as const, ref: l.toRef, path: ["routeLegs", i, "toRef"] }]
        : []),
      ...l.vesselRefs.map((v, j): RefUse => ({
        type: "actor",
        ref: v,
        path: ["routeLegs", i, "vesselRefs", j],
      })),
      ...placeUse(l.fromPlaceRef, ["routeLegs", i, "fromPlaceRef"]),
      ...placeUse(l.toPlaceRef, ["routeLegs", i, "toPlaceRef"]),
      ...placeUse(l.viaPlaceRef, ["routeLegs", i, "viaPlaceRef"]),
    ]),
    ...t.estimates.map((e, i): RefUse => ({
      type: "source",
      ref: e.sourceRef,
      path: ["estimates", i, "sourceRef"],
    })),
    ...t.breaches.map((b, i): RefUse => ({
      type: "sanction",
      ref: b.sanctionRef,
      path: ["breaches", i, "sanctionRef"],
    })),
    ...sourceUses(t.sourceRefs),
  ],
  fields: (t, ids) => ({
    supplierId: idOrNull(ids, "actor", t.supplierRef),
    supplierNote: t.supplierNote,
    recipientId: id(ids, "actor", t.recipientRef),
    itemCategory: t.itemCategory,
    itemCategoryWording: t.itemCategoryWording,
    designation: t.designation,
    description: t.description,
    periodStart: t.periodStart,
    periodEnd: t.periodEnd,
    status: t.status,
    statusNote: t.statusNote,
    ...statusColumns(t),
    ...rangeColumns(t.range),
    note: t.note,
  }),
  async writeLists(tx, transferId, t, ids) {
    const provisions = await tx.sanctionProvision.findMany({
      where: { sanctionId: { in: t.breaches.map((b) => id(ids, "sanction", b.sanctionRef)) } },
      select: { id: true, key: true, sanctionId: true },
    });
    const provisionId = (sanctionId: string, key: string | null) =>
      key === null
        ? null
        : provisions.find((p) => p.sanctionId === sanctionId && p.key === key)?.id;
    const badBreaches = t.breaches.flatMap((b, i) =>
      provisionId(id(ids, "sanction", b.sanctionRef), b.provisionKey) === undefined ? [i] : [],
    );
    if (badBreaches.length) {
      throw new InputError(
        badBreaches.map((i) => ({
          path: ["breaches", i, "provisionKey"],
          message: `Sanction ${t.breaches[i]!.sanctionRef} has no provision ${t.breaches[i]!.provisionKey}`,
        })),
      );
    }
    await tx.transferIntermediary.deleteMany({ where: { transferId } });
    await tx.routeLeg.deleteMany({ where: { transferId } });
    await tx.quantityEstimate.deleteMany({ where: { transferId } });
    await tx.transferBreach.deleteMany({ where: { transferId } });
    await tx.transferSource.deleteMany({ where: { transferId } });
    await tx.transferIntermediary.createMany({
      data: positions(t.intermediaryRefs).map(({ item, position }) => ({
        transferId,
        actorId: id(ids, "actor", item),
        position,
      })),
    });
    for (const { item, position } of positions(t.routeLegs)) {
      await tx.routeLeg.create({
        data: {
          transferId,
          sequence: position + 1,
          mode: item.mode,
          fromId: idOrNull(ids, "actor", item.fromRef),
          toId: idOrNull(ids, "actor", item.toRef),
          fromPlaceId: idOrNull(ids, "place", item.fromPlaceRef),
          toPlaceId: idOrNull(ids, "place", item.toPlaceRef),
          viaPlaceId: idOrNull(ids, "place", item.viaPlaceRef),
          label: item.label,
          vessels: {
            create: positions(item.vesselRefs).map((v) => ({
              actorId: id(ids, "actor", v.item),
              position: v.position,
            })),
          },
        },
      });
    }
    await tx.quantityEstimate.createMany({
      data: positions(t.estimates).map(({ item, position }) => ({
        transferId,
        ...estimateColumns(item, id(ids, "source", item.sourceRef), position),
      })),
    });
    await tx.transferBreach.createMany({
      data: t.breaches.map((b) => {
        const sanctionId = id(ids, "sanction", b.sanctionRef);
        return {
          transferId,
          sanctionId,
          provisionId: provisionId(sanctionId, b.provisionKey) ?? null,
        };
      }),
    });
    await tx.transferSource.createMany({
      data: sourceRows("transferId", transferId, t.sourceRefs, ids),
    });
  },
  async read(tx, transferId) {
    const ref = { select: { ref: true } } as const;
    const t = await tx.transfer.findUniqueOrThrow({
      where: { id: transferId },
      include: {
        supplier: ref,
        recipient: ref,
        intermediaries: { include: { actor: ref }, ...byPosition },
        routeLegs: {
          include: {
            from: ref,
            to: ref,
            fromPlace: ref,
            toPlace: ref,
            viaPlace: ref,
            vessels: { include: { actor: ref }, ...byPosition },
          },
          orderBy: { sequence: "asc" },
        },
        estimates: { include: { source: ref }, ...byPosition },
        breaches: {
          include: { sanction: ref, provision: { select: { key: true } } },
          orderBy: { id: "asc" },
        },
        sources: { include: { source: ref }, ...byPosition },
      },
    });
    return {
      ref: t.ref,
      data: {
        supplierRef: t.supplier?.ref ?? null,
        supplierNote: t.supplierNote,
        recipientRef: t.recipient.ref,
        intermediaryRefs: t.intermediaries.map((i) => i.actor.ref),
        routeLegs: t.routeLegs.map((l) => ({
          mode: l.mode,
          fromRef: l.from?.ref ?? null,
          toRef: l.to?.ref ?? null,
          vesselRefs: l.vessels.map((v) => v.actor.ref),
          label: l.label,
          fromPlaceRef: l.fromPlace?.ref ?? null,
          toPlaceRef: l.toPlace?.ref ?? null,
          viaPlaceRef: l.viaPlace?.ref ?? null,
        })),
        itemCategory: t.itemCategory,
        itemCategoryWording: t.itemCategoryWording,
        designation: t.designation,
        description: t.description,
        estimates: t.estimates.map(toEstimateFields),
        periodStart: t.periodStart,
        periodEnd: t.periodEnd,
        status: t.status,
        statusNote: t.statusNote,
        ...statusColumns(t),
        range: toTransferRange(t),
        note: t.note,
        breaches: t.breaches.map((b) => ({
          sanctionRef: b.sanction.ref,
          provisionKey: b.provision?.key ?? null,
        })),
        sourceRefs: t.sources.map((s) => s.source.ref),
      },
    };
  },
  label: (t) => t.designation ?? t.itemCategory.replaceAll("_", " "),
  textColumns: ["designation", "description", "note"],
};

// ---------------------------------------------------------------- places

const placeKind: Kind<"place"> = {
  type: "place",
  uses: (p) => sourceUses(p.sourceRefs),
  fields: (p) => ({
    name: p.name,
    kind: p.kind,
    country: p.country,
    latitude: p.latitude,
    longitude: p.longitude,
    precision: p.precision,
  }),
  async writeLists(tx, placeId, p, ids) {
    await tx.placeSource.deleteMany({ where: { placeId } });
    await tx.placeSource.createMany({
      data: sourceRows("placeId", placeId, p.sourceRefs, ids),
    });
  },
  async read(tx, placeId) {
    const p = await tx.place.findUniqueOrThrow({
      where: { id: placeId },
      include: { sources: { include: { source: { select: { ref: true } } }, ...byPosition } },
    });
    return {
      ref: p.ref,
      data: {
        name: p.name,
        kind: p.kind,
        country: p.country,
        latitude: p.latitude,
        longitude: p.longitude,
        precision: p.precision,
        sourceRefs: p.sources.map((s) => s.source.ref),
      },
    };
  },
  label: (p) => p.name,
  textColumns: ["name", "precision"],
};

// ---------------------------------------------------------------- investigations

const investigationKind: Kind<"investigation"> = {
  type: "investigation",
  uses: () => [],
  fields: (i) => ({ ...i }),
  async writeLists(tx, investigationId, i) {
    // The slug is the investigation's address: another one's is a clear field error.
    const taken = await tx.investigation.findFirst({
      where: { slug: i.slug, id: { not: investigationId } },
      select: { ref: true },
    });
    if (taken)
      throw new InputError([
        { path: ["slug"], message: `Investigation ${taken.ref} already has this slug` },
      ]);
  },
  async read(tx, investigationId) {
    const i = await tx.investigation.findUniqueOrThrow({ where: { id: investigationId } });
    return {
      ref: i.ref,
      data: {
        slug: i.slug,
        title: i.title,
        standfirst: i.standfirst,
        summary: i.summary,
        methodology: i.methodology,
        status: i.status,
      },
    };
  },
  label: (i) => i.title,
  textColumns: ["title", "slug", "standfirst"],
};

// ---------------------------------------------------------------- checked articles

const checkedArticleKind: Kind<"checked_article"> = {
  type: "checked_article",
  uses: (a) => [
    { type: "investigation", ref: a.investigation, path: ["investigation"] },
    ...a.claims.map((c, i): RefUse => ({ type: "claim", ref: c.ref, path: ["claims", i, "ref"] })),
  ],
  fields: (a, ids) => ({
    investigationId: id(ids, "investigation", a.investigation),
    ...articleFields(a),
  }),
  async writeLists(tx, articleId, a, ids) {
    // An article checks claims of its own investigation: another's would mix two cases.
    const claimIds = a.claims.map((c) => id(ids, "claim", c.ref));
    const investigationId = id(ids, "investigation", a.investigation);
    const foreign = await tx.claim.findMany({
      where: { id: { in: claimIds }, investigationId: { not: investigationId } },
      select: { ref: true },
    });
    if (foreign.length) {
      const refs = new Set(foreign.map((c) => c.ref));
      throw new InputError(
        a.claims.flatMap((c, i) =>
          refs.has(c.ref)
            ? [
                {
                  path: ["claims", i, "ref"],
                  message: `Claim ${c.ref} belongs to another investigation`,
                },
              ]
            : [],
        ),
      );
    }
    await tx.checkedArticleClaim.deleteMany({ where: { articleId } });
    await tx.checkedArticleClaim.createMany({
      data: positions(a.claims).map(({ item, position }) => ({
        articleId,
        claimId: id(ids, "claim", item.ref),
        // Reading order from 1, as a reader counts.
        position: position + 1,
        passage: item.passage,
      })),
    });
  },
  async read(tx, articleId) {
    const a = await tx.checkedArticle.findUniqueOrThrow({
      where: { id: articleId },
      include: {
        investigation: { select: { slug: true } },
        claims: { include: { claim: { select: { ref: true } } }, ...byPosition },
      },
    });
    return {
      ref: a.ref,
      data: {
        investigation: a.investigation.slug,
        ...articleFields(a),
        claims: a.claims.map((c) => ({ ref: c.claim.ref, passage: c.passage })),
      },
    };
  },
  label: (a) => a.title,
  textColumns: ["title", "outlet", "author"],
};

export const kinds: { [T in EntityType]: Kind<T> } = {
  actor: actorKind,
  source: sourceKind,
  event: eventKind,
  sanction: sanctionKind,
  transfer: transferKind,
  place: placeKind,
  investigation: investigationKind,
  checked_article: checkedArticleKind,
};
