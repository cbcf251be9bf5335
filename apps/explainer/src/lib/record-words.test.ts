import { ActorKindSchema } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { actorKindHeadings, rangeText, statusDates, withWording } from "./record-words";

describe("actorKindHeadings", () => {
  it("give every actor kind a heading, so no actor falls off the actors page", () => {
    expect(actorKindHeadings.map(([k]) => k).sort()).toEqual([...ActorKindSchema.options].sort());
  });
});

describe("withWording", () => {
  it("shows the source's words beside the fixed value, whole", () => {
    expect(withWording("Reported", "reported by US, UK and Ukraine")).toBe(
      "Reported (in the source's words: “reported by US, UK and Ukraine”)",
    );
  });

  it("adds nothing when the words only repeat the value", () => {
    expect(withWording("Reported", "reported")).toBe("Reported");
    expect(withWording("Reported", null)).toBe("Reported");
  });
});

describe("statusDates", () => {
  it("words the dates a status held", () => {
    expect(statusDates("2023-10-18", null)).toBe("since 18 October 2023");
    expect(statusDates("2019", "2022")).toBe("from 2019 to 2022");
    expect(statusDates(null, "2024-04")).toBe("until April 2024");
    expect(statusDates(null, null)).toBeNull();
  });
});

describe("rangeText", () => {
  it("words a range, open at either end", () => {
    expect(rangeText({ low: "1000", high: "10000", unit: "containers", note: null })).toBe(
      "1,000 to 10,000 containers",
    );
    expect(rangeText({ low: "9000", high: null, unit: "containers", note: null })).toBe(
      "at least 9,000 containers",
    );
    expect(rangeText({ low: null, high: "50", unit: null, note: null })).toBe("up to 50");
    expect(rangeText({ low: null, high: null, unit: null, note: "No figure" })).toBeNull();
  });
});
