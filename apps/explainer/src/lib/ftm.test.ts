import { describe, expect, it } from "vitest";
import {
  type FtmEntity,
  actorLinksToFtm,
  actorSchema,
  actorToFtm,
  ftmId,
  sanctionToFtm,
  toFtmEntities,
  toJsonLines,
  transferToFtm,
} from "./ftm";

const id = "01a2203d-a888-71bc-a444-b919a999e632";
const summary = (ref: string, kind: Parameters<typeof actorSchema>[0], name = ref) => ({
  id,
  ref,
  name,
  kind,
  country: null,
});
const source = (url: string) => ({
  id,
  ref: "S01",
  publisher: "P",
  title: "T",
  titleIsDescriptive: false,
  published: null,
  url,
  kind: "news" as const,
  kindNote: null,
});

const vessel = {
  ref: "A53",
  name: "Angara",
  kind: "vessel" as const,
  country: "RU",
  description: "A Russian cargo ship.",
  aliases: ["Lady Angara", ""],
  identifiers: [
    { scheme: "imo" as const, value: "9179842" },
    { scheme: "mmsi" as const, value: "273000000" },
  ],
  sources: [source("https://example.org/a"), source("https://example.org/a")],
  links: [
    { type: "owner" as const, target: summary("A28", "company"), note: "Since 2022" },
    { type: "operator" as const, target: summary("A29", "company"), note: null },
  ],
};

describe("actors", () => {
  it.each([
    ["state", "PublicBody"],
    ["government_body", "PublicBody"],
    ["armed_force", "PublicBody"],
    ["company", "Company"],
    ["organisation", "Organization"],
    ["international_organisation", "Organization"],
    ["person", "Person"],
    ["vessel", "Vessel"],
    ["port", "Organization"],
    ["facility", "Organization"],
    ["military_unit", "PublicBody"],
    ["intelligence_agency", "PublicBody"],
    ["state_enterprise", "Company"],
    ["private_military_company", "Company"],
    ["research_institute", "Organization"],
    ["think_tank", "Organization"],
    ["media", "Organization"],
    ["ngo", "Organization"],
    ["other", "LegalEntity"],
  ] as const)("maps a %s to %s", (kind, schema) => {
    expect(actorSchema(kind)).toBe(schema);
  });

  it("writes a vessel with its identifiers, lower-case country and sources once each", () => {
    const e = actorToFtm(vessel, { sanctioned: true });
    expect(e).toEqual({
      id: "armstrail-A53",
      schema: "Vessel",
      properties: {
        name: ["Angara"],
        alias: ["Lady Angara"],
        country: ["ru"],
        summary: ["A Russian cargo ship."],
        keywords: ["vessel"],
        topics: ["sanction"],
        sourceUrl: ["https://example.org/a"],
        imoNumber: ["9179842"],
        mmsi: ["273000000"],
        operator: ["armstrail-A29"],
      },
    });
  });

  it("gives a state the national-government topic and leaves out what is missing", () => {
    const e = actorToFtm({
      ...vessel,
      ref: "A01",
      name: "Russian Federation",
      kind: "state",
      aliases: [],
      identifiers: [],
      sources: [],
      links: [],
    });
    expect(e.schema).toBe("PublicBody");
    expect(e.properties.topics).toEqual(["gov.national"]);
    expect(e.properties).not.toHaveProperty("alias");
    expect(e.properties).not.toHaveProperty("imoNumber");
  });

  it("turns links into Ownership, Membership or UnknownLink as the schemata allow", () => {
    const links = actorLinksToFtm(vessel);
    expect(links).toEqual([
      {
        id: "armstrail-A53-owner-A28",
        schema: "Ownership",
        properties: {
          description: ["Since 2022"],
          owner: ["armstrail-A28"],
          asset: ["armstrail-A53"],
          role: ["owner"],
        },
      },
    ]);
    const person = {
      ...vessel,
      ref: "A30",
      kind: "person" as const,
      identifiers: [],
      links: [
        { type: "part_of" as const, target: summary("A12", "government_body"), note: null },
        { type: "owner" as const, target: summary("A28", "company"), note: null },
      ],
    };
    expect(actorLinksToFtm(person).map((l) => [l.schema, l.properties.role])).toEqual([
      ["Membership", ["part of"]],
      ["UnknownLink", ["owned by"]],
    ]);
  });
});

describe("sanctions", () => {
  const sanction = {
    ref: "X01",
    regime: "UN sanctions on the DPRK",
    instrument: "UNSC Resolution 1718 (2006)",
    status: "in_force" as const,
    provisions: [{ key: "P1", text: "An arms embargo." }],
    imposedBy: { name: "UN Security Council", country: null },
    imposedByNote: null,
    sources: [source("https://un.example/1718")],
    designations: [
      { actor: { ref: "A31" }, reference: "KPi.001", listedOn: "2017-06", note: null },
      { actor: { ref: "A28" }, reference: null, listedOn: null, note: "Listed by name only" },
    ],
  };

  it("writes one Sanction per designation, pointing at the actor", () => {
    const [first, second] = sanctionToFtm(sanction) as [FtmEntity, FtmEntity];
    expect(first).toEqual({
      id: "armstrail-X01-A31",
      schema: "Sanction",
      properties: {
        entity: ["armstrail-A31"],
        authority: ["UN Security Council"],
        program: ["UN sanctions on the DPRK"],
        summary: ["UNSC Resolution 1718 (2006)"],
        provisions: ["P1: An arms embargo."],
        status: ["in force"],
        listingDate: ["2017-06"],
        authorityId: ["KPi.001"],
        unscId: ["KPi.001"],
        recordId: ["X01"],
        sourceUrl: ["https://un.example/1718"],
      },
    });
    expect(second.properties.reason).toEqual(["Listed by name only"]);
    expect(second.properties).not.toHaveProperty("unscId");
  });

  it("marks designated actors with the sanction topic only while the sanction is in force", () => {
    const actor = { ...vessel, ref: "A31", kind: "person" as const, identifiers: [], links: [] };
    const inForce = toFtmEntities({ actors: [actor], sanctions: [sanction], transfers: [] });
    expect(inForce[0]!.properties.topics).toEqual(["sanction"]);
    const lapsed = toFtmEntities({
      actors: [actor],
      sanctions: [{ ...sanction, status: "lapsed" }],
      transfers: [],
    });
    expect(lapsed[0]!.properties).not.toHaveProperty("topics");
    const reinstated = toFtmEntities({
      actors: [actor],
      sanctions: [{ ...sanction, status: "reinstated" }],
      transfers: [],
    });
    expect(reinstated[0]!.properties.topics).toEqual(["sanction"]);
  });

  it("keeps the source's words for a status beside ours", () => {
    const [first] = sanctionToFtm({
      ...sanction,
      status: "lapsed",
      statusWording: "lapsed 18 Oct 2023 (…)",
    }) as [FtmEntity];
    expect(first.properties.status).toEqual(["lapsed", "lapsed 18 Oct 2023 (…)"]);
  });
});

describe("transfers", () => {
  const transfer = {
    ref: "T01",
    supplier: { ref: "A02" },
    supplierNote: null,
    recipient: { ref: "A01" },
    itemCategory: "artillery_ammunition" as const,
    designation: "152 mm shells",
    description: null,
    periodStart: "2023-08",
    periodEnd: null,
    status: "confirmed" as const,
    intermediaries: [],
    routeLegs: [
      {
        sequence: 1,
        mode: "sea" as const,
        from: { ref: "A45" },
        to: { ref: "A46" },
        vessels: [{ ref: "A53" }],
        label: "Rajin to Dunai",
      },
    ],
    sources: [source("https://example.org/t1")],
    estimates: [{ source: source("https://example.org/est") }],
  };

  it("links supplier to recipient, with the route and the ship", () => {
    const [link, leg, ship] = transferToFtm(transfer) as [FtmEntity, FtmEntity, FtmEntity];
    expect(link).toEqual({
      id: "armstrail-T01",
      schema: "UnknownLink",
      properties: {
        subject: ["armstrail-A02"],
        object: ["armstrail-A01"],
        role: ["arms transfer: artillery ammunition"],
        status: ["confirmed"],
        startDate: ["2023-08"],
        summary: ["152 mm shells"],
        recordId: ["T01"],
        sourceUrl: ["https://example.org/t1", "https://example.org/est"],
      },
    });
    expect(leg.properties.subject).toEqual(["armstrail-A45"]);
    expect(leg.properties.object).toEqual(["armstrail-A46"]);
    expect(ship.properties.subject).toEqual(["armstrail-A53"]);
    expect(ship.properties.role).toEqual([
      "carrier on sea leg 1 of arms transfer T01: Rajin to Dunai",
    ]);
  });

  it("gives an unnamed supplier its own LegalEntity so the link has both ends", () => {
    const [supplier, link] = transferToFtm({
      ...transfer,
      supplier: null,
      supplierNote: "Unidentified Russian firms",
      routeLegs: [],
    }) as [FtmEntity, FtmEntity];
    expect(supplier.schema).toBe("LegalEntity");
    expect(supplier.id).toBe("armstrail-T01-supplier");
    expect(supplier.properties.name).toEqual(["Unidentified Russian firms"]);
    expect(link.properties.subject).toEqual([supplier.id]);
  });

  it("carries the source's words, an attribution whole, and the overall range", () => {
    const [link] = transferToFtm({
      ...transfer,
      itemCategory: "loitering_munitions",
      itemCategoryWording: "one-way attack drones",
      status: "reported",
      statusWording: "reported by US, UK and Ukraine",
      range: { low: "1000", high: null, unit: "drones", note: "A lower bound" },
      routeLegs: [],
    }) as [FtmEntity];
    expect(link.properties.role).toEqual(["arms transfer: loitering munitions"]);
    expect(link.properties.status).toEqual(["reported", "reported by US, UK and Ukraine"]);
    expect(link.properties.description).toEqual([
      "Items, in the source's words: one-way attack drones",
      "Overall range: at least 1,000 drones. A lower bound",
    ]);
  });
});

describe("toJsonLines", () => {
  it("writes one parseable object per line", () => {
    const entities: FtmEntity[] = [
      { id: ftmId("A01"), schema: "PublicBody", properties: { name: ['Line\nbreak "quoted"'] } },
      { id: ftmId("A02"), schema: "PublicBody", properties: { name: ["DPRK"] } },
    ];
    const text = toJsonLines(entities);
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l) as FtmEntity)).toEqual(entities);
  });
});
