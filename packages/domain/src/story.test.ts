import { describe, expect, it } from "vitest";
import {
  StoryBodySchema,
  needsCitation,
  parseCitedText,
  splitSentences,
  uncitedFactualSentences,
} from "./story";

describe("story citations", () => {
  it("parse markers into the segments they cite", () => {
    expect(
      parseCitedText("Framing. The veto came on 28 March 2024.{{C39}} Then more.{{C05, C06}} Tail"),
    ).toEqual([
      { text: "Framing. The veto came on 28 March 2024.", refs: ["C39"] },
      { text: " Then more.", refs: ["C05", "C06"] },
      { text: " Tail", refs: [] },
    ]);
  });

  it("split sentences without breaking decimals or figures", () => {
    expect(
      splitSentences("It grew 3.1% in 2023. Then it slowed. 13,000 containers followed."),
    ).toEqual(["It grew 3.1% in 2023.", "Then it slowed.", "13,000 containers followed."]);
  });

  it("treat numbers and month names as facts that need a citation", () => {
    expect(needsCitation("More than 13,000 containers.")).toBe(true);
    expect(needsCitation("The panel ended in April.")).toBe(true);
    expect(needsCitation("The trade grew quickly.")).toBe(false);
  });

  it("find a dated sentence that a marker does not cite, even beside a cited one", () => {
    const body = "The panel ended on 30 April 2024. The veto came on 28 March 2024.{{C39}}";
    expect(uncitedFactualSentences(body)).toEqual(["The panel ended on 30 April 2024."]);
    expect(uncitedFactualSentences("The veto came on 28 March 2024.{{C39}}")).toEqual([]);
  });

  it("refuse bodies with uncited figures, bad refs or stray braces", () => {
    expect(StoryBodySchema.safeParse("Ships made 30 trips.").success).toBe(false);
    expect(StoryBodySchema.safeParse("Ships made 30 trips.{{A01}}").success).toBe(false);
    expect(StoryBodySchema.safeParse("Ships sailed {often}.").success).toBe(false);
    expect(
      StoryBodySchema.safeParse("Ships made 30 trips.{{C05}} They kept sailing.").success,
    ).toBe(true);
  });
});
