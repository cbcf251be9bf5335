import { describe, expect, it } from "vitest";
import { locateRecords, parseDossier, referencesOf, splitDateText } from "./dossier-import";

// A small dossier in the layout researchers use, written for this test.
const good = {
  sources: [
    {
      id: "S501",
      publisher: "Harbour Gazette",
      title: "Containers seen at a northern port",
      title_is_descriptive: false,
      date: "2024-03-02",
      address: "https://example.org/harbour",
      kind: "news wire copy",
    },
  ],
  actors: [
    {
      id: "A501",
      name: "Northern Freight Co",
      kind: "organisation (front company)",
      country: "RU",
      description: "A freight company invented for this test.",
      aliases: [],
      sources: ["S501"],
    },
    {
      id: "A502",
      name: "Border Rail",
      kind: "company",
      country: "RU",
      description: "A railway invented for this test.",
      aliases: [],
      sources: [],
    },
  ],
  events: [
    {
      id: "E501",
      date: "2024-03",
      precision: "month (unverified)",
      title: "A ship is loaded",
      actors: ["A501"],
      sources: ["S501"],
    },
  ],
  sanctions: [
    {
      id: "X501",
      regime: "Test regime",
      instrument: "Test resolution 1 (2020)",
      date: "2020-01-02/03",
      provisions: ["No arms", "No parts"],
      imposed_by: "A test council",
      status: "terminated: mandate ended",
      note: null,
      sources: ["S501"],
    },
  ],
  transfers: [
    {
      id: "T501",
      supplier: "A501",
      recipient: "A502",
      via: ["A502", "a rail crossing"],
      item_category: "artillery ammunition",
      designation: "shells",
      quantity: {
        unit: "shells",
        points: [
          {
            value: 1000,
            qualifier: "more than",
            as_of: "2024-02-26/27",
            by: "A ministry",
            source: "S501",
          },
          {
            value: 2000,
            qualifier: "over (by sea)",
            as_of: "2024-04 (late)",
            by: "An agency",
            source: "S501",
          },
        ],
      },
      period: { start: "2023-08", end: null },
      status: "reported (estimates)",
      note: "Counts differ by source.",
      sources: ["S501"],
    },
  ],
  claims: [
    {
      id: "C501",
      claim: "Many containers left the port.",
      quoted_phrase: null,
      claimant: "A columnist",
      type: "quantity",
      verdict: "mostly accurate",
      finding: "The counts agree on the order of magnitude.",
      evidence: [{ source: "S501", supports: "It reports the containers." }],
      see_also: ["C502", "S501"],
    },
    {
      id: "C502",
      claim: "It was a bad idea.",
      quoted_phrase: "a bad idea",
      claimant: "A columnist",
      type: "opinion",
      verdict: "opinion (not checkable)",
      finding: "A judgement, not a fact.",
      evidence: [],
      see_also: [],
    },
  ],
};

const file = (doc: unknown) => JSON.stringify(doc, null, 2);

describe("parseDossier", () => {
  it("reads a file whose ids use other letters, keeping every word it says", () => {
    const doc = {
      summary: { claim_count: 1 },
      sources: [
        {
          id: "SRC-9",
          publisher: "Gazette",
          title: "Drones at the border",
          date: "2024-01-05",
          address: "https://example.org/drones",
          kind: "news",
        },
      ],
      actors: [
        {
          id: "ACT12",
          name: "Border Intelligence",
          kind: "intelligence agency",
          country: "QQ",
          description: "Counts the drones.",
          aliases: [],
          sources: ["SRC-9"],
        },
      ],
      transfers: [
        {
          id: "TRX-1",
          supplier: "a Gulf trading house",
          recipient: "ACT12",
          via: [],
          item_category: "Shahed-type loitering drones",
          quantity: {
            low: 100,
            high: 900,
            unit: "drones",
            range_note: "Range Of Figures Public By May, as the Gazette put it",
            points: [
              { value: "several hundred", as_of: "2024-01", by: "Gazette", source: "SRC-9" },
            ],
          },
          period: { start: "2023-11", end: null },
          status: "reported by US, UK and Ukraine",
          note: ", a note Kept As Written",
          sources: ["SRC-9"],
        },
      ],
      claims: [
        {
          id: "CL-3",
          claim: "Hundreds of drones crossed.",
          quoted_phrase: null,
          claimant: "A columnist",
          type: "quantity",
          verdict: "needs context",
          finding: "Only one count exists.",
          evidence: [{ source: "SRC-9", supports: "The count.", grade: "B2" }],
          see_also: ["SRC-9", "CL-3X"],
        },
      ],
    };
    const r = parseDossier(file(doc), { authorEmail: "importer@test.local" });
    // No refusal for the vocabulary or the ids' letters.
    expect(r.problems).toEqual([]);
    expect(r.records.actors[0]).toMatchObject({
      ref: "A01",
      kind: "intelligence_agency",
      kindWording: null,
      sourceRefs: ["S01"],
    });
    const t = r.records.transfers[0]!;
    expect(t).toMatchObject({
      ref: "T01",
      supplierRef: null,
      supplierNote: "a Gulf trading house",
      recipientRef: "A01",
      itemCategory: "loitering_munitions",
      itemCategoryWording: "Shahed-type loitering drones",
      status: "reported",
      statusWording: "reported by US, UK and Ukraine",
      note: ", a note Kept As Written",
      range: {
        low: "100",
        high: "900",
        unit: "drones",
        note: "Range Of Figures Public By May, as the Gazette put it",
      },
    });
    expect(t.estimates[0]).toMatchObject({ best: null, wording: "several hundred" });
    expect(r.kept).toEqual(
      expect.arrayContaining([expect.objectContaining({ section: "file", field: "summary" })]),
    );
    expect(r.records.claims[0]).toMatchObject({
      ref: "C01",
      evidence: [{ sourceRef: "S01", reliability: "B", credibility: 2 }],
      seeAlso: [],
    });
    // see_also names a source and an id the file lacks: kept, and the report says so.
    expect(r.kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: "CL-3",
          field: "see_also",
          message: expect.stringContaining("SRC-9, CL-3X") as unknown,
        }),
      ]),
    );
  });

  it("maps every record of a well-formed file into our vocabulary", () => {
    const r = parseDossier(file(good), { authorEmail: "importer@test.local" });
    expect(r.problems).toEqual([]);
    const [source] = r.records.sources;
    // Numbered afresh per kind (the importer hands out the real refs).
    expect(source).toMatchObject({ ref: "S01", kind: "news_agency", kindNote: "news wire copy" });
    expect(r.records.actors[0]).toMatchObject({
      kind: "company",
      kindWording: "organisation (front company)",
      sourceRefs: ["S01"],
    });
    expect(r.records.events[0]).toMatchObject({ date: "2024-03", dateUncertain: true });
    expect(r.records.sanctions[0]).toMatchObject({
      adopted: "2020-01-02",
      adoptedNote: "2020-01-02/03",
      status: "terminated",
      statusWording: "terminated: mandate ended",
      provisions: [
        { key: "P1", text: "No arms" },
        { key: "P2", text: "No parts" },
      ],
    });
    const t = r.records.transfers[0]!;
    expect(t).toMatchObject({
      supplierRef: "A01",
      recipientRef: "A02",
      intermediaryRefs: ["A02"],
      itemCategory: "artillery_ammunition",
      status: "reported",
      statusWording: "reported (estimates)",
    });
    expect(t.note).toContain("a rail crossing");
    expect(t.estimates).toMatchObject([
      { best: "1000", qualifier: "more_than", asOf: "2024-02-26", asOfEnd: "2024-02-27" },
      {
        best: "2000",
        qualifier: "more_than",
        asOf: "2024-04",
        asOfEnd: null,
        note: "by sea; late",
      },
    ]);
    const [c1, c2] = r.records.claims;
    expect(c1).toMatchObject({
      verdict: "mostly_accurate",
      status: "draft",
      authorEmail: "importer@test.local",
      // Ungraded evidence stays ungraded: not F6, which is a judgement nobody made.
      evidence: [{ sourceRef: "S01", reliability: null, credibility: null }],
      // Sources listed under see_also are not claim links; the report says where they are kept.
      seeAlso: ["C02"],
    });
    expect(c2).toMatchObject({ verdict: "opinion", claimType: "opinion" });
    expect(referencesOf("transfers", t).map((x) => x.ref)).toEqual([
      "A01",
      "A02",
      "A02",
      "S01",
      "S01",
      "S01",
    ]);
    expect(r.kept).toEqual([
      expect.objectContaining({ section: "claims", id: "C501", field: "see_also" }),
    ]);
  });

  it("reports each bad record by its line and the dossier's field name, and keeps the good ones", () => {
    const doc = structuredClone(good) as typeof good & Record<string, unknown[]>;
    doc.claims[1]!.verdict = "sort of true";
    doc.transfers[0]!.quantity.points[0]!.as_of = "early spring";
    doc.sources.push({ ...doc.sources[0]!, id: "S502", address: "not a link" });
    (doc.actors as unknown[]).push("just a string");
    doc.events.push({ ...doc.events[0]!, id: "E501" });
    const text = file(doc);
    const r = parseDossier(text, { authorEmail: "importer@test.local" });
    const lineOf = (needle: string, occurrence = 0) => {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
      // The record's "{" is on the line before its id.
      return text.slice(0, at).split("\n").length - 1;
    };
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          section: "claims",
          id: "C502",
          field: "verdict",
          line: lineOf('"id": "C502"'),
        }),
        expect.objectContaining({
          section: "transfers",
          id: "T501",
          field: "quantity.points.0.as_of",
          line: lineOf('"id": "T501"'),
        }),
        expect.objectContaining({ section: "sources", id: "S502", field: "address" }),
        expect.objectContaining({
          section: "actors",
          id: null,
          message: "Each record must be an object",
        }),
        expect.objectContaining({
          section: "events",
          id: "E501",
          field: "id",
          line: lineOf('"id": "E501"', 1),
        }),
      ]),
    );
    expect(r.problems).toHaveLength(5);
    expect(r.records.claims.map((c) => c.ref)).toEqual(["C01"]);
    expect(r.records.transfers).toEqual([]);
    expect(r.records.sources.map((s) => s.ref)).toEqual(["S01"]);
  });

  it("says where a file stops being JSON, and refuses files of the wrong shape", () => {
    const broken = '{\n  "claims": [\n    { "id": "C1", }\n  ]\n}';
    const r = parseDossier(broken, { authorEmail: "a@test.local" });
    expect(r.problems).toMatchObject([{ section: "file", line: 3 }]);
    expect(parseDossier("[1, 2]", { authorEmail: "a@test.local" }).problems[0]?.message).toMatch(
      /object with arrays/,
    );
    expect(
      parseDossier('{"people": []}', { authorEmail: "a@test.local" }).problems[0]?.message,
    ).toMatch(/at least one array/);
  });

  it("stores hostile text as text: it is data, not markup", () => {
    const doc = structuredClone(good);
    doc.claims[0]!.claim = '<script>alert("x")</script> Many containers left.';
    const r = parseDossier(file(doc), { authorEmail: "importer@test.local" });
    expect(r.records.claims[0]?.statement).toBe(
      '<script>alert("x")</script> Many containers left.',
    );
  });
});

describe("locateRecords", () => {
  it("finds the line each record starts on, ignoring brackets and newlines inside strings", () => {
    const text = '{\n"a": [\n  {"x": "[{\\"]"},\n\n  {"y": 2}\n],\n"b": [3,\n 4]\n}';
    expect(Object.fromEntries(locateRecords(text))).toEqual({ a: [3, 5], b: [7, 8] });
  });
});

describe("splitDateText", () => {
  it.each([
    ["2024-02-26/27", { start: "2024-02-26", end: "2024-02-27" }],
    ["2009-06-12 to 2024-04-30", { start: "2009-06-12", end: "2024-04-30" }],
    ["2024-02 (late)", { start: "2024-02", end: null, note: "late" }],
    ["2024", { start: "2024", end: null, note: null }],
    ["early spring", { start: "early spring", end: null, note: null }],
  ])("%s", (raw, expected) => {
    expect(splitDateText(raw)).toMatchObject(expected);
  });
});

describe("estimative words in a dossier", () => {
  it("reads likelihood and confidence written as words, the way the scales are spoken", () => {
    const doc = structuredClone(good);
    Object.assign(doc.claims[0]!, { likelihood: "Very likely", confidence: " High " });
    Object.assign(doc.claims[1]!, { likelihood: "roughly even chance", confidence: "moderate" });
    const r = parseDossier(file(doc), { authorEmail: "importer@test.local" });
    expect(r.problems).toEqual([]);
    expect(r.records.claims.map((c) => [c.likelihood, c.confidence])).toEqual([
      ["very_likely", "high"],
      ["roughly_even_chance", "moderate"],
    ]);
  });
});
