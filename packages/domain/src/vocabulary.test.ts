import { describe, expect, it } from "vitest";
import { QuantityEstimateSchema, describeEstimate } from "./quantity";
import { itemCategoryWords } from "./words";
import {
  findDates,
  mapActorKind,
  mapEstimateWording,
  mapItemCategory,
  mapQualifier,
  mapRatePeriod,
  mapSanctionStatus,
  mapTransferStage,
  mapTransferStatus,
  parseFigure,
} from "./vocabulary";

describe("mapItemCategory", () => {
  it.each([
    ["Shipping containers of munitions/military equipment", "munitions_unspecified"],
    ["artillery ammunition", "artillery_ammunition"],
    ["152 mm shells", "artillery_ammunition"],
    ["artillery rockets", "rockets"],
    ["short-range ballistic missiles (+launchers)", "ballistic_missiles"],
    ["cruise missiles", "missiles"],
    ["refined petroleum / oil", "fuel"],
    ["military technology / assistance", "military_technology"],
    ["dual-use electronic components", "dual_use_components"],
    ["one-way attack drones", "loitering_munitions"],
    ["loitering munitions", "loitering_munitions"],
    ["attack UAVs", "uncrewed_aircraft"],
    ["unmanned aerial vehicles", "uncrewed_aircraft"],
    ["Drones", "uncrewed_aircraft"],
    ["surface-to-air missile systems", "air_defence_systems"],
    ["armoured personnel carriers", "armoured_vehicles"],
    ["main battle tanks", "armoured_vehicles"],
    ["fighter jets", "aircraft"],
    ["attack helicopters", "aircraft"],
    ["howitzers", "artillery"],
    ["jet engines", "engines"],
    ["radars", "sensors"],
    ["frigates", "ships"],
    ["torpedoes", "anti_submarine_warfare_weapons"],
    ["naval guns", "naval_weapons"],
    ["rifles and pistols", "small_arms"],
    ["small-arms ammunition", "ammunition"],
    ["drone engines and spare parts", "uncrewed_aircraft"],
    ["microelectronics", "components"],
    ["a drone factory", "production_lines"],
    ["production licence", "licences"],
    ["pilot training", "training"],
    ["troops", "personnel"],
    ["cash payments in euros", "payments"],
    ["gold bars", "payments"],
    ["barter", "barter"],
    ["food, raw materials and other necessities", "civilian_goods"],
  ] as const)("%s -> %s, with the words kept unless they are our own label", (raw, value) => {
    const ours = raw.toLowerCase() === itemCategoryWords[value].toLowerCase();
    expect(mapItemCategory(raw)).toEqual({ value, wording: ours ? null : raw });
  });

  it("names a value without repeating its words when the file uses our own name", () => {
    expect(mapItemCategory("Ballistic missiles")).toEqual({
      value: "ballistic_missiles",
      wording: null,
    });
    expect(mapItemCategory("uncrewed_aircraft")).toEqual({
      value: "uncrewed_aircraft",
      wording: null,
    });
  });

  it("never refuses: unknown words go to other with the words kept", () => {
    expect(mapItemCategory("mystery crates")).toEqual({
      value: "other",
      wording: "mystery crates",
    });
    expect(mapItemCategory(null)).toEqual({ value: "other", wording: null });
    expect(mapItemCategory(42)).toEqual({ value: "other", wording: null });
    expect(mapItemCategory("  ")).toEqual({ value: "other", wording: null });
  });
});

describe("mapActorKind", () => {
  it.each([
    ["state", "state", null],
    ["government body", "government_body", null],
    ["international body", "international_organisation", "international body"],
    ["organisation (think tank)", "think_tank", "organisation (think tank)"],
    ["organisation (media)", "media", "organisation (media)"],
    ["organisation (NGO)", "ngo", "organisation (NGO)"],
    ["organisation", "organisation", null],
    ["intelligence agency", "intelligence_agency", null],
    ["military intelligence service", "intelligence_agency", "military intelligence service"],
    ["military unit", "military_unit", null],
    ["army brigade", "military_unit", "army brigade"],
    ["armed forces", "armed_force", "armed forces"],
    ["state enterprise", "state_enterprise", null],
    ["state-owned company", "state_enterprise", "state-owned company"],
    ["private military company", "private_military_company", null],
    ["research institute", "research_institute", null],
    ["think tank", "think_tank", null],
    ["international organisation", "international_organisation", null],
    ["company", "company", null],
    ["vessel", "vessel", null],
    ["port", "port", null],
    ["facility", "facility", null],
    ["person", "person", null],
  ] as const)("%s -> %s", (raw, value, wording) => {
    expect(mapActorKind(raw)).toEqual({ value, wording });
  });

  it("keeps today's kinds and maps unknown ones to other with the words", () => {
    expect(mapActorKind("cooperative of beekeepers")).toEqual({
      value: "other",
      wording: "cooperative of beekeepers",
    });
  });
});

describe("mapTransferStatus", () => {
  it("keeps an attribution whole", () => {
    expect(mapTransferStatus("reported by US, UK and Ukraine")).toEqual({
      value: "reported",
      wording: "reported by US, UK and Ukraine",
      since: null,
      until: null,
    });
  });

  it("decides by the leading words, not a status named later", () => {
    expect(mapTransferStatus("reported (governments; denied by RU and KP)").value).toBe("reported");
    expect(mapTransferStatus("confirmed presence (CAR); diversion route reported").value).toBe(
      "confirmed",
    );
    expect(mapTransferStatus("unconfirmed").value).toBe("unverified");
  });

  it.each([
    ["unverified", "unverified"],
    ["announced", "announced"],
    ["suspended", "suspended"],
    ["lapsed", "lapsed"],
    ["reinstated", "reinstated"],
    ["alleged (US assessment of what the buyer seeks)", "alleged"],
    ["deliveries suspended in 2022", "suspended"],
  ] as const)("%s -> %s", (raw, value) => {
    expect(mapTransferStatus(raw).value).toBe(value);
  });

  it("reads the dates in the leading words", () => {
    expect(mapTransferStatus("suspended 2019 to 2022 (sanctions)")).toMatchObject({
      value: "suspended",
      since: "2019",
      until: "2022",
    });
  });

  it("maps unknown wording to other, keeping it", () => {
    expect(mapTransferStatus("in limbo")).toEqual({
      value: "other",
      wording: "in limbo",
      since: null,
      until: null,
    });
  });

  it("keeps no wording when it only repeats the value", () => {
    expect(mapTransferStatus("Reported").wording).toBeNull();
  });
});

describe("mapSanctionStatus", () => {
  it("reads 'lapsed 18 Oct 2023 (…)' as lapsed since that day, words kept", () => {
    const raw = "lapsed 18 Oct 2023 (restrictions ended under the resolution's timetable)";
    expect(mapSanctionStatus(raw)).toEqual({
      value: "lapsed",
      wording: raw,
      since: "2023-10-18",
      until: null,
    });
  });

  it.each([
    ["in force", "in_force"],
    ["in force (Panel lapsed 2024)", "in_force"],
    ["announced / in force", "announced"],
    ["unverified", "unverified"],
    ["suspended", "suspended"],
    ["reinstated 28 September 2025", "reinstated"],
    ["snapback triggered", "reinstated"],
    [
      "terminated: renewal draft vetoed on 2024-03-28 (13 for, 1 against); mandate ended 2024-04-30",
      "terminated",
    ],
    ["under discussion", "other"],
  ] as const)("%s -> %s", (raw, value) => {
    expect(mapSanctionStatus(raw).value).toBe(value);
  });

  it("takes no date from the note after the leading words", () => {
    expect(
      mapSanctionStatus("terminated: renewal vetoed on 2024-03-28; mandate ended 2024-04-30").since,
    ).toBeNull();
    expect(mapSanctionStatus("reinstated 28 September 2025").since).toBe("2025-09-28");
  });
});

describe("findDates", () => {
  it.each([
    ["2024-03-28", ["2024-03-28"]],
    ["2024-03", ["2024-03"]],
    ["18 Oct 2023", ["2023-10-18"]],
    ["October 18, 2023", ["2023-10-18"]],
    ["Sept 2022", ["2022-09"]],
    ["from 2019 to 2022", ["2019", "2022"]],
    ["31 Feb 2023", []],
    ["no date here", []],
  ] as const)("%s", (text, dates) => {
    expect(findDates(text)).toEqual(dates);
  });
});

describe("mapQualifier", () => {
  it("keeps the note in its own case and words, without a leading separator", () => {
    expect(mapQualifier("over (since mid-2022, via Najin)")).toEqual({
      qualifier: "more_than",
      note: "since mid-2022, via Najin",
      wording: "over (since mid-2022, via Najin)",
    });
    expect(mapQualifier("about, per UK Defence Intelligence")).toEqual({
      qualifier: "about",
      note: "per UK Defence Intelligence",
      wording: "about, per UK Defence Intelligence",
    });
    expect(mapQualifier("up to (152 mm equivalent) or 500,000 (122 mm)").note).toBe(
      "(152 mm equivalent) or 500,000 (122 mm)",
    );
  });

  it("parses a qualifier without a leading word", () => {
    expect(mapQualifier("(152 mm equivalent)")).toEqual({
      qualifier: "stated",
      note: "152 mm equivalent",
      wording: "(152 mm equivalent)",
    });
    expect(mapQualifier("Ukrainian count")).toEqual({
      qualifier: "stated",
      note: "Ukrainian count",
      wording: "Ukrainian count",
    });
    expect(mapQualifier(null)).toEqual({ qualifier: "stated", note: null, wording: null });
  });

  it.each([
    ["about", "about"],
    ["around", "about"],
    ["approximately", "about"],
    ["~", "about"],
    ["more than", "more_than"],
    ["at least", "at_least"],
    ["as many as", "up_to"],
    ["fewer than", "fewer_than"],
    ["exactly", "exactly"],
  ] as const)("%s -> %s", (raw, qualifier) => {
    expect(mapQualifier(raw).qualifier).toBe(qualifier);
  });
});

describe("parseFigure", () => {
  it.each([
    [13000, { low: null, best: "13000", high: null }],
    ["12,000", { low: null, best: "12000", high: null }],
    ["1.6 million", { low: null, best: "1600000", high: null }],
    ["4.8m", { low: null, best: "4800000", high: null }],
    ["5,000-6,000", { low: "5000", best: null, high: "6000" }],
    ["1 to 3 million", { low: "1000000", best: null, high: "3000000" }],
    ["1 million to 3 million", { low: "1000000", best: null, high: "3000000" }],
  ] as const)("%s", (raw, figure) => {
    expect(parseFigure(raw)).toEqual(figure);
  });

  it("gives no figure for words without a number, or for nonsense", () => {
    expect(parseFigure("several hundred")).toBeNull();
    expect(parseFigure(-5)).toBeNull();
    expect(parseFigure(Number.NaN)).toBeNull();
  });
});

describe("mapTransferStage and mapRatePeriod", () => {
  it("reads the stage from the words beside a figure", () => {
    expect(mapTransferStage(null, "missiles fired (Ukrainian count)").value).toBe("used_in_combat");
    expect(mapTransferStage(undefined, "components found in one missile").value).toBe(
      "intercepted_or_found",
    );
    expect(mapTransferStage("ordered").value).toBe("agreed");
    expect(mapTransferStage("produced under licence").value).toBe("licensed_production");
    expect(mapTransferStage("drones shot down").value).toBe("intercepted_or_found");
    expect(mapTransferStage("rounds (estimates)").value).toBe("delivered");
    expect(mapTransferStage().value).toBe("delivered");
  });

  it("reads a rate only where one is named", () => {
    expect(mapRatePeriod("shells a month")).toBe("month");
    expect(mapRatePeriod(null, "per day")).toBe("day");
    expect(mapRatePeriod("rounds/year")).toBe("year");
    expect(mapRatePeriod("monthly")).toBe("month");
    expect(mapRatePeriod("containers")).toBeNull();
  });
});

describe("mapEstimateWording", () => {
  const base = {
    unit: "drones",
    asOf: "2024-02",
    asOfEnd: null,
    estimatedBy: "A ministry",
    sourceRef: "S01",
  };

  it("keeps an estimate with no number, verbatim, and it is a valid estimate", () => {
    const mapped = mapEstimateWording({ value: "several hundred", unit: "drones" });
    expect(mapped).toMatchObject({ best: null, wording: "several hundred", note: null });
    const e = QuantityEstimateSchema.parse({ ...base, ...mapped });
    expect(describeEstimate(e)).toBe("several hundred drones");
  });

  it("takes words without a number from the qualifier when the value is empty", () => {
    const mapped = mapEstimateWording({ value: null, qualifier: "several hundred" });
    expect(mapped).toMatchObject({ best: null, wording: "several hundred", note: null });
  });

  it("reads a rate and keeps it apart from a total", () => {
    const mapped = mapEstimateWording({ value: 12000, qualifier: "about", unit: "shells a month" });
    expect(mapped).toMatchObject({ best: "12000", qualifier: "about", per: "month" });
  });

  it("keeps the qualifier's note and the file's note, verbatim", () => {
    const mapped = mapEstimateWording({
      value: 13000,
      qualifier: "over (since mid-2022, via Najin)",
      note: "Counted by the ROK.",
    });
    expect(mapped.note).toBe("since mid-2022, via Najin; Counted by the ROK.");
  });

  it("takes a stage from the unit", () => {
    expect(mapEstimateWording({ value: 24, unit: "missiles fired" }).stage).toBe("used_in_combat");
  });
});
