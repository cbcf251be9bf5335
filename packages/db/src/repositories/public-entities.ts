import type { Actor, Event, Sanction, Source, Transfer } from "@armstrail/domain";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import {
  actorSummarySelect,
  toActorSummary,
  toEstimateFields,
  toSource,
  toTransferRange,
} from "../mappers";
import {
  linkedActorSelect,
  listedIn,
  publishedActor,
  publishedActorOrNull,
  publishedEvent,
  publishedSanction,
  publishedSource,
  publishedTransfer,
  toPublishedActor,
  toPublishedSource,
} from "./published";

export type Key = { id: string } | { ref: string };
export interface Page {
  limit: number;
  cursor?: string | null | undefined;
}

const keyText = (key: Key) => ("id" in key ? key.id : key.ref);
const keyWhere = (key: Key) => ("id" in key ? { id: key.id } : { ref: key.ref });

function paged<T extends { id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

function pageArgs(page: Page) {
  return { take: page.limit + 1, ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}) };
}

// Every nested list below keeps only published records (see ./published.ts).
const bySources = {
  where: toPublishedSource,
  include: { source: true },
  orderBy: { position: "asc" },
} as const;

// ---------------------------------------------------------------- actors

const actorInclude = {
  identifiers: { orderBy: [{ scheme: "asc" }, { value: "asc" }] },
  links: {
    where: { target: publishedActor },
    include: { target: { select: actorSummarySelect } },
  },
  sources: bySources,
} satisfies Prisma.ActorInclude;

function toActor(a: Prisma.ActorGetPayload<{ include: typeof actorInclude }>): Actor {
  return {
    id: a.id,
    ref: a.ref,
    name: a.name,
    kind: a.kind,
    kindWording: a.kindWording,
    country: a.country,
    description: a.description,
    aliases: a.aliases,
    identifiers: a.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })),
    links: a.links.map((l) => ({ type: l.type, target: toActorSummary(l.target), note: l.note })),
    sources: a.sources.map((s) => toSource(s.source)),
  };
}

export async function listActors(db: Db, page: Page & { kind?: Actor["kind"] | undefined }) {
  const rows = await db.actor.findMany({
    where: { ...publishedActor, ...(page.kind ? { kind: page.kind } : {}) },
    include: actorInclude,
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    ...pageArgs(page),
  });
  const { items, nextCursor } = paged(rows, page.limit);
  return { items: items.map(toActor), nextCursor };
}

export async function getActor(db: Db, key: Key): Promise<Actor> {
  const row = await db.actor.findFirst({
    where: { ...publishedActor, ...keyWhere(key) },
    include: actorInclude,
  });
  if (!row) throw new NotFoundError("actor", keyText(key));
  return toActor(row);
}

// ---------------------------------------------------------------- sources

export async function listSources(db: Db, page: Page) {
  const rows = await db.source.findMany({
    where: publishedSource,
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    ...pageArgs(page),
  });
  const { items, nextCursor } = paged(rows, page.limit);
  return { items: items.map(toSource), nextCursor };
}

export async function getSource(db: Db, key: Key): Promise<Source> {
  const row = await db.source.findFirst({ where: { ...publishedSource, ...keyWhere(key) } });
  if (!row) throw new NotFoundError("source", keyText(key));
  return toSource(row);
}

// ---------------------------------------------------------------- events

const eventInclude = {
  actors: {
    where: toPublishedActor,
    include: { actor: { select: actorSummarySelect } },
    orderBy: { position: "asc" },
  },
  sources: bySources,
} satisfies Prisma.EventInclude;

function toEvent(e: Prisma.EventGetPayload<{ include: typeof eventInclude }>): Event {
  return {
    id: e.id,
    ref: e.ref,
    date: e.date,
    dateUncertain: e.dateUncertain,
    title: e.title,
    actors: e.actors.map((a) => toActorSummary(a.actor)),
    sources: e.sources.map((s) => toSource(s.source)),
  };
}

/** The timeline: in date order, a month-only date before the days inside that month. */
export async function listEvents(db: Db, page: Page & { investigationSlug?: string | undefined }) {
  const rows = await db.event.findMany({
    where: {
      ...publishedEvent,
      ...(page.investigationSlug ? listedIn(page.investigationSlug) : {}),
    },
    include: eventInclude,
    orderBy: [{ date: "asc" }, { refNumber: "asc" }, { id: "asc" }],
    ...pageArgs(page),
  });
  const { items, nextCursor } = paged(rows, page.limit);
  return { items: items.map(toEvent), nextCursor };
}

export async function getEvent(db: Db, key: Key): Promise<Event> {
  const row = await db.event.findFirst({
    where: { ...publishedEvent, ...keyWhere(key) },
    include: eventInclude,
  });
  if (!row) throw new NotFoundError("event", keyText(key));
  return toEvent(row);
}

// ---------------------------------------------------------------- sanctions

const sanctionInclude = {
  imposedBy: { select: linkedActorSelect },
  monitoringBody: { select: linkedActorSelect },
  provisions: { orderBy: { position: "asc" } },
  designations: {
    where: toPublishedActor,
    include: { actor: { select: actorSummarySelect } },
    orderBy: { actor: { refNumber: "asc" } },
  },
  sources: bySources,
} satisfies Prisma.SanctionInclude;

function toSanction(s: Prisma.SanctionGetPayload<{ include: typeof sanctionInclude }>): Sanction {
  return {
    id: s.id,
    ref: s.ref,
    regime: s.regime,
    instrument: s.instrument,
    adopted: s.adopted,
    adoptedNote: s.adoptedNote,
    imposedBy: publishedActorOrNull(s.imposedBy),
    imposedByNote: s.imposedByNote,
    provisions: s.provisions.map((p) => ({ key: p.key, text: p.text })),
    designations: s.designations.map((d) => ({
      actor: toActorSummary(d.actor),
      reference: d.reference,
      listedOn: d.listedOn,
      note: d.note,
    })),
    status: s.status,
    statusNote: s.statusNote,
    statusWording: s.statusWording,
    statusSince: s.statusSince,
    statusUntil: s.statusUntil,
    monitoringBody: s.monitoringBodyName
      ? {
          name: s.monitoringBodyName,
          actor: publishedActorOrNull(s.monitoringBody),
          mandateStart: s.mandateStart,
          mandateEnd: s.mandateEnd,
        }
      : null,
    note: s.note,
    sources: s.sources.map((x) => toSource(x.source)),
  };
}

export async function listSanctions(db: Db, page: Page & { actorRef?: string | undefined }) {
  const actor = page.actorRef ? { ...publishedActor, ref: page.actorRef } : undefined;
  const rows = await db.sanction.findMany({
    where: {
      ...publishedSanction,
      ...(actor
        ? {
            OR: [
              { designations: { some: { actor } } },
              { imposedBy: actor },
              { monitoringBody: actor },
            ],
          }
        : {}),
    },
    include: sanctionInclude,
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    ...pageArgs(page),
  });
  const { items, nextCursor } = paged(rows, page.limit);
  return { items: items.map(toSanction), nextCursor };
}

export async function getSanction(db: Db, key: Key): Promise<Sanction> {
  const row = await db.sanction.findFirst({
    where: { ...publishedSanction, ...keyWhere(key) },
    include: sanctionInclude,
  });
  if (!row) throw new NotFoundError("sanction", keyText(key));
  return toSanction(row);
}

// ---------------------------------------------------------------- transfers

const transferInclude = {
  supplier: { select: linkedActorSelect },
  recipient: { select: actorSummarySelect },
  intermediaries: {
    where: toPublishedActor,
    include: { actor: { select: actorSummarySelect } },
    orderBy: { position: "asc" },
  },
  routeLegs: {
    include: {
      from: { select: linkedActorSelect },
      to: { select: linkedActorSelect },
      vessels: {
        where: toPublishedActor,
        include: { actor: { select: actorSummarySelect } },
        orderBy: { position: "asc" },
      },
    },
    orderBy: { sequence: "asc" },
  },
  // An estimate stands on its source: without a public source it is not shown.
  estimates: {
    where: toPublishedSource,
    include: { source: true },
    orderBy: [{ asOf: "asc" }, { position: "asc" }],
  },
  breaches: {
    where: { sanction: publishedSanction },
    include: {
      sanction: { select: { id: true, ref: true, regime: true, instrument: true, status: true } },
      provision: true,
    },
    orderBy: [{ sanction: { refNumber: "asc" } }, { provision: { position: "asc" } }],
  },
  sources: bySources,
} satisfies Prisma.TransferInclude;

function toTransfer(t: Prisma.TransferGetPayload<{ include: typeof transferInclude }>): Transfer {
  return {
    id: t.id,
    ref: t.ref,
    supplier: publishedActorOrNull(t.supplier),
    supplierNote: t.supplierNote,
    recipient: toActorSummary(t.recipient),
    intermediaries: t.intermediaries.map((i) => toActorSummary(i.actor)),
    routeLegs: t.routeLegs.map((l) => ({
      sequence: l.sequence,
      mode: l.mode,
      from: publishedActorOrNull(l.from),
      to: publishedActorOrNull(l.to),
      vessels: l.vessels.map((v) => toActorSummary(v.actor)),
      label: l.label,
    })),
    itemCategory: t.itemCategory,
    itemCategoryWording: t.itemCategoryWording,
    designation: t.designation,
    description: t.description,
    estimates: t.estimates.map((e) => ({ ...toEstimateFields(e), source: toSource(e.source) })),
    periodStart: t.periodStart,
    periodEnd: t.periodEnd,
    status: t.status,
    statusNote: t.statusNote,
    statusWording: t.statusWording,
    statusSince: t.statusSince,
    statusUntil: t.statusUntil,
    range: toTransferRange(t),
    note: t.note,
    breaches: t.breaches.map((b) => ({
      sanction: b.sanction,
      provisionKey: b.provision?.key ?? null,
      provisionText: b.provision?.text ?? null,
    })),
    sources: t.sources.map((s) => toSource(s.source)),
  };
}

export interface TransferFilter {
  /** Transfers an actor sent, received, or carried (as intermediary, route point or vessel). */
  actorRef?: string | undefined;
  /** Transfers that would breach a sanction. */
  sanctionRef?: string | undefined;
  /** Transfers one investigation lists. */
  investigationSlug?: string | undefined;
}

export function transferWhere(f: TransferFilter): Prisma.TransferWhereInput {
  const and: Prisma.TransferWhereInput[] = [publishedTransfer];
  if (f.actorRef) {
    const actor = { ...publishedActor, ref: f.actorRef };
    and.push({
      OR: [
        { supplier: actor },
        { recipient: actor },
        { intermediaries: { some: { actor } } },
        {
          routeLegs: {
            some: { OR: [{ from: actor }, { to: actor }, { vessels: { some: { actor } } }] },
          },
        },
      ],
    });
  }
  if (f.sanctionRef)
    and.push({ breaches: { some: { sanction: { ...publishedSanction, ref: f.sanctionRef } } } });
  if (f.investigationSlug) and.push(listedIn(f.investigationSlug));
  return { AND: and };
}

export async function listTransfers(db: Db, page: Page & TransferFilter) {
  const rows = await db.transfer.findMany({
    where: transferWhere(page),
    include: transferInclude,
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    ...pageArgs(page),
  });
  const { items, nextCursor } = paged(rows, page.limit);
  return { items: items.map(toTransfer), nextCursor };
}

export async function getTransfer(db: Db, key: Key): Promise<Transfer> {
  const row = await db.transfer.findFirst({
    where: { ...publishedTransfer, ...keyWhere(key) },
    include: transferInclude,
  });
  if (!row) throw new NotFoundError("transfer", keyText(key));
  return toTransfer(row);
}

// ---------------------------------------------------------------- merged actors

/**
 * The reference an old actor reference now stands for, when that actor was merged into a
 * published one: the public site sends readers there. Null when there is no such redirect.
 */
export async function resolveActorRedirect(db: Db, ref: string): Promise<string | null> {
  const redirect = await db.actorRedirect.findFirst({
    where: { fromRef: ref, actor: publishedActor },
    select: { actor: { select: { ref: true } } },
  });
  return redirect?.actor.ref ?? null;
}
