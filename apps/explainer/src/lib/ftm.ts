/**
 * The published records as FollowTheMoney entities (https://followthemoney.tech), the model
 * OpenSanctions and Aleph use, so they can be loaded, merged and matched with other data.
 * Pure: the route handler fetches and passes the records in.
 *
 * How our records map:
 * - Actors by kind: state, government body and armed force -> PublicBody (topics gov.national,
 *   gov, mil); international organisation -> Organization (topic gov.igo); organisation ->
 *   Organization; company -> Company; person -> Person; vessel -> Vessel (imoNumber, mmsi).
 *   Ports and facilities -> Organization, with the kind kept in `keywords`: FtM has no schema for
 *   a site, and its place schemata do not fit (Address holds postal parts; Trip needs Address
 *   start and end points; RealEstate describes land titles). As Organization they keep their
 *   names matchable and can take part in links and sanctions like any other party.
 * - A supplier the sources do not name as a known actor -> LegalEntity, named from our note.
 * - Every designation of a sanction -> one Sanction (entity = the designated actor).
 * - A transfer -> UnknownLink (subject supplier, object recipient, role "arms transfer: ...").
 *   Intermediaries, route legs and the vessels on them -> further UnknownLinks. We do not emit
 *   Trip: it needs Address entities for where a journey starts and ends, which we do not keep.
 * - Links between actors -> Ownership ("owner", when the owned actor is an asset: a company
 *   or a vessel), the vessel's `operator` ("operator"), Membership ("part of", a person or body
 *   within an organisation), and UnknownLink whenever the schemata do not allow those.
 * Ids are "armstrail-" + our public reference, so they stay stable across exports.
 */
import type { Actor, ActorKind, Sanction, Transfer } from "@armstrail/domain";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

type FtmSchema = "Person" | "Company" | "Organization" | "PublicBody" | "Vessel" | "LegalEntity";

export const ftmId = (ref: string) => `armstrail-${ref}`;

/** Drops empty values and empty properties; keeps each value once, in order. */
function props(input: Record<string, readonly (string | null | undefined)[]>) {
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(input)) {
    const kept = [...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v))];
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

const words = (value: string) => value.replace(/_/g, " ");

/** FtM writes countries as lower-case ISO 3166-1 codes ("ru", "kp"). */
const country = (code: string | null | undefined) => (code ? code.toLowerCase() : null);

const kindSchema: Record<ActorKind, { schema: FtmSchema; topics: string[] }> = {
  state: { schema: "PublicBody", topics: ["gov.national"] },
  government_body: { schema: "PublicBody", topics: ["gov"] },
  armed_force: { schema: "PublicBody", topics: ["mil"] },
  company: { schema: "Company", topics: [] },
  organisation: { schema: "Organization", topics: [] },
  international_organisation: { schema: "Organization", topics: ["gov.igo"] },
  person: { schema: "Person", topics: [] },
  port: { schema: "Organization", topics: [] },
  vessel: { schema: "Vessel", topics: [] },
  facility: { schema: "Organization", topics: [] },
};

export function actorSchema(kind: ActorKind): FtmSchema {
  return kindSchema[kind].schema;
}

const LEGAL_ENTITIES: readonly string[] = [
  "Person",
  "Company",
  "Organization",
  "PublicBody",
  "LegalEntity",
];
const ORGANIZATIONS: readonly string[] = ["Organization", "PublicBody", "Company"];
const ASSETS: readonly string[] = ["Company", "Vessel"];

type ActorIn = Pick<
  Actor,
  "ref" | "name" | "kind" | "country" | "description" | "aliases" | "identifiers" | "sources"
> & { links: Pick<Actor["links"][number], "type" | "target" | "note">[] };

/**
 * One actor. `sanctioned` adds the FtM topic "sanction" (the actor is designated under a
 * sanction in force in our records).
 */
export function actorToFtm(actor: ActorIn, opts: { sanctioned?: boolean } = {}): FtmEntity {
  const { schema, topics } = kindSchema[actor.kind];
  const ids = (scheme: string) =>
    actor.identifiers.filter((i) => i.scheme === scheme).map((i) => i.value);
  const legal = LEGAL_ENTITIES.includes(schema);
  const operators =
    schema === "Vessel"
      ? actor.links
          .filter(
            (l) => l.type === "operator" && LEGAL_ENTITIES.includes(actorSchema(l.target.kind)),
          )
          .map((l) => ftmId(l.target.ref))
      : [];
  return {
    id: ftmId(actor.ref),
    schema,
    properties: props({
      name: [actor.name],
      alias: actor.aliases,
      country: [country(actor.country)],
      summary: [actor.description],
      keywords: [words(actor.kind)],
      topics: [...topics, ...(opts.sanctioned ? ["sanction"] : [])],
      sourceUrl: actor.sources.map((s) => s.url),
      registrationNumber: ids("registration"),
      ...(schema === "Vessel"
        ? { imoNumber: ids("imo"), mmsi: ids("mmsi"), operator: operators }
        : {}),
      ...(legal ? { idNumber: [...ids("un_reference"), ...ids("other")] } : {}),
    }),
  };
}

const linkRole: Record<ActorIn["links"][number]["type"], string> = {
  owner: "owned by",
  operator: "operated by",
  part_of: "part of",
};

/** An actor's links to other actors, as the FtM relationship each one allows. */
export function actorLinksToFtm(actor: ActorIn): FtmEntity[] {
  const self = actorSchema(actor.kind);
  const out: FtmEntity[] = [];
  for (const link of actor.links) {
    const target = actorSchema(link.target.kind);
    const id = ftmId(`${actor.ref}-${link.type}-${link.target.ref}`);
    const base = { description: [link.note] };
    if (link.type === "owner" && ASSETS.includes(self) && LEGAL_ENTITIES.includes(target)) {
      out.push({
        id,
        schema: "Ownership",
        properties: props({
          ...base,
          owner: [ftmId(link.target.ref)],
          asset: [ftmId(actor.ref)],
          role: ["owner"],
        }),
      });
    } else if (link.type === "operator" && self === "Vessel" && LEGAL_ENTITIES.includes(target)) {
      continue; // carried as the vessel's own `operator` property
    } else if (
      link.type === "part_of" &&
      LEGAL_ENTITIES.includes(self) &&
      ORGANIZATIONS.includes(target)
    ) {
      out.push({
        id,
        schema: "Membership",
        properties: props({
          ...base,
          member: [ftmId(actor.ref)],
          organization: [ftmId(link.target.ref)],
          role: ["part of"],
        }),
      });
    } else {
      out.push({
        id,
        schema: "UnknownLink",
        properties: props({
          ...base,
          subject: [ftmId(actor.ref)],
          object: [ftmId(link.target.ref)],
          role: [linkRole[link.type]],
        }),
      });
    }
  }
  return out;
}

/** A UN sanctions list reference (two letters, "i" or "e", three digits) also goes into `unscId`. */
const UN_REFERENCE = /^[A-Z]{2}[ie]\.\d{3}$/;

type SanctionIn = Pick<
  Sanction,
  "ref" | "regime" | "instrument" | "status" | "provisions" | "imposedByNote" | "sources"
> & {
  imposedBy: Pick<NonNullable<Sanction["imposedBy"]>, "name" | "country"> | null;
  designations: (Pick<Sanction["designations"][number], "reference" | "listedOn" | "note"> & {
    actor: Pick<Sanction["designations"][number]["actor"], "ref">;
  })[];
};

/** One Sanction entity for each designation of an actor under the sanction. */
export function sanctionToFtm(s: SanctionIn): FtmEntity[] {
  const seen = new Map<string, number>();
  return s.designations.map((d) => {
    const n = (seen.get(d.actor.ref) ?? 0) + 1;
    seen.set(d.actor.ref, n);
    const ref = `${s.ref}-${d.actor.ref}${n > 1 ? `-${n}` : ""}`;
    return {
      id: ftmId(ref),
      schema: "Sanction",
      properties: props({
        entity: [ftmId(d.actor.ref)],
        authority: [s.imposedBy?.name ?? s.imposedByNote],
        country: [country(s.imposedBy?.country)],
        program: [s.regime],
        summary: [s.instrument],
        provisions: s.provisions.map((p) => `${p.key}: ${p.text}`),
        status: [words(s.status)],
        listingDate: [d.listedOn],
        authorityId: [d.reference],
        unscId: [d.reference && UN_REFERENCE.test(d.reference) ? d.reference : null],
        reason: [d.note],
        recordId: [s.ref],
        sourceUrl: s.sources.map((src) => src.url),
      }),
    };
  });
}

type ActorRefIn = { ref: string };
type TransferIn = Pick<
  Transfer,
  | "ref"
  | "supplierNote"
  | "itemCategory"
  | "designation"
  | "description"
  | "periodStart"
  | "periodEnd"
  | "status"
> & {
  supplier: ActorRefIn | null;
  recipient: ActorRefIn;
  intermediaries: ActorRefIn[];
  routeLegs: {
    sequence: number;
    mode: Transfer["routeLegs"][number]["mode"];
    from: ActorRefIn | null;
    to: ActorRefIn | null;
    vessels: ActorRefIn[];
    label: string;
  }[];
  sources: { url: string }[];
  estimates: { source: { url: string } }[];
};

/**
 * A transfer as an UnknownLink from supplier to recipient, plus links for its intermediaries,
 * its route legs and the vessels on them. A supplier that is not a known actor becomes a
 * LegalEntity named from our note, so the link always has both ends.
 */
export function transferToFtm(t: TransferIn): FtmEntity[] {
  const out: FtmEntity[] = [];
  const what = words(t.itemCategory);
  const urls = [...t.sources.map((s) => s.url), ...t.estimates.map((e) => e.source.url)];
  let supplierId: string;
  if (t.supplier) supplierId = ftmId(t.supplier.ref);
  else {
    supplierId = ftmId(`${t.ref}-supplier`);
    out.push({
      id: supplierId,
      schema: "LegalEntity",
      properties: props({
        name: [t.supplierNote ?? "Unidentified supplier"],
        summary: [`The supplier in arms transfer ${t.ref}, as the sources describe it.`],
      }),
    });
  }
  out.push({
    id: ftmId(t.ref),
    schema: "UnknownLink",
    properties: props({
      subject: [supplierId],
      object: [ftmId(t.recipient.ref)],
      role: [`arms transfer: ${what}`],
      status: [t.status],
      startDate: [t.periodStart],
      endDate: [t.periodEnd],
      summary: [t.designation],
      description: [t.description],
      recordId: [t.ref],
      sourceUrl: urls,
    }),
  });
  for (const i of t.intermediaries) {
    out.push({
      id: ftmId(`${t.ref}-via-${i.ref}`),
      schema: "UnknownLink",
      properties: props({
        subject: [ftmId(i.ref)],
        object: [ftmId(t.recipient.ref)],
        role: [`intermediary in arms transfer ${t.ref}: ${what}`],
        recordId: [t.ref],
      }),
    });
  }
  for (const leg of t.routeLegs) {
    const legName = `${words(leg.mode)} leg ${leg.sequence} of arms transfer ${t.ref}: ${leg.label}`;
    if (leg.from && leg.to) {
      out.push({
        id: ftmId(`${t.ref}-leg${leg.sequence}`),
        schema: "UnknownLink",
        properties: props({
          subject: [ftmId(leg.from.ref)],
          object: [ftmId(leg.to.ref)],
          role: [`route: ${legName}`],
          recordId: [t.ref],
        }),
      });
    }
    const end = leg.to ?? t.recipient;
    for (const v of leg.vessels) {
      out.push({
        id: ftmId(`${t.ref}-leg${leg.sequence}-${v.ref}`),
        schema: "UnknownLink",
        properties: props({
          subject: [ftmId(v.ref)],
          object: [ftmId(end.ref)],
          role: [`carrier on ${legName}`],
          recordId: [t.ref],
        }),
      });
    }
  }
  return out;
}

/** Everything, actors first: each actor, its links, then sanctions, then transfers. */
export function toFtmEntities(input: {
  actors: ActorIn[];
  sanctions: (SanctionIn & { status: Sanction["status"] })[];
  transfers: TransferIn[];
}): FtmEntity[] {
  const sanctioned = new Set(
    input.sanctions
      .filter((s) => s.status === "in_force")
      .flatMap((s) => s.designations.map((d) => d.actor.ref)),
  );
  return [
    ...input.actors.map((a) => actorToFtm(a, { sanctioned: sanctioned.has(a.ref) })),
    ...input.actors.flatMap(actorLinksToFtm),
    ...input.sanctions.flatMap(sanctionToFtm),
    ...input.transfers.flatMap(transferToFtm),
  ];
}

/** JSON lines: one entity per line, each line ending in "\n". */
export function toJsonLines(entities: readonly FtmEntity[]): string {
  return entities.map((e) => `${JSON.stringify(e)}\n`).join("");
}
