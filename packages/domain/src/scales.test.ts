import { describe, expect, it } from "vitest";
import {
  CredibilitySchema,
  admiraltyGrade,
  describeGrade,
  describeJudgement,
  likelihoodFor,
  likelihoodScale,
  parseAdmiraltyGrade,
} from "./scales";

describe("likelihoodFor", () => {
  it.each([
    [0, "almost_no_chance"],
    [1, "almost_no_chance"],
    [4.99, "almost_no_chance"],
    [5, "very_unlikely"],
    [19.9, "very_unlikely"],
    [20, "unlikely"],
    [44, "unlikely"],
    [45, "roughly_even_chance"],
    [50, "roughly_even_chance"],
    [54.9, "roughly_even_chance"],
    [55, "likely"],
    [79, "likely"],
    [80, "very_likely"],
    [94.9, "very_likely"],
    [95, "almost_certain"],
    [99.5, "almost_certain"],
    [100, "almost_certain"],
  ])("%d%% is %s", (percent, term) => {
    expect(likelihoodFor(percent)).toBe(term);
  });

  it.each([-0.1, -5, 100.1, 150, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "throws a RangeError for %d",
    (percent) => {
      expect(() => likelihoodFor(percent)).toThrow(RangeError);
    },
  );

  it("never moves to a less likely term as the probability rises", () => {
    const order = Object.keys(likelihoodScale);
    let previous = -1;
    for (let p = 0; p <= 100; p += 0.5) {
      const rank = order.indexOf(likelihoodFor(p));
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
    expect(previous).toBe(order.length - 1);
  });
});

describe("describeJudgement", () => {
  it("states likelihood and confidence as two separate sentences", () => {
    const sentences = describeJudgement("likely", "high");
    expect(sentences).toEqual([
      "We judge this likely (55-80%).",
      "We hold that judgement with high confidence.",
    ]);
  });

  it("keeps the confidence out of the likelihood sentence and vice versa", () => {
    const [likelihood, confidence] = describeJudgement("very_unlikely", "low");
    expect(likelihood).toContain("very unlikely (5-20%)");
    expect(likelihood).not.toMatch(/confidence/);
    expect(confidence).toContain("low confidence");
    expect(confidence).not.toMatch(/%|unlikely/);
  });

  it("describes the extremes with their bands", () => {
    expect(describeJudgement("almost_no_chance", null)).toEqual([
      "We judge this almost no chance (1-5%).",
    ]);
    expect(describeJudgement("almost_certain", null)).toEqual([
      "We judge this almost certain (95-99%).",
    ]);
  });

  it("omits what is missing", () => {
    expect(describeJudgement(null, "moderate")).toEqual([
      "We hold that judgement with moderate confidence.",
    ]);
    expect(describeJudgement(null, null)).toEqual([]);
  });
});

describe("Admiralty grades", () => {
  it("builds a grade from its parts", () => {
    expect(admiraltyGrade("B", 2)).toBe("B2");
    expect(admiraltyGrade("F", 6)).toBe("F6");
  });

  it("parses any case with surrounding spaces", () => {
    expect(parseAdmiraltyGrade("b2 ")).toEqual({ reliability: "B", credibility: 2 });
    expect(parseAdmiraltyGrade("  A1")).toEqual({ reliability: "A", credibility: 1 });
    expect(parseAdmiraltyGrade("F6")).toEqual({ reliability: "F", credibility: 6 });
  });

  it.each(["G7", "G1", "A7", "A0", "B", "2", "BB", "2B", "B 2", "B22", "", "B2x"])(
    "does not parse %j",
    (grade) => {
      expect(parseAdmiraltyGrade(grade)).toBeNull();
    },
  );

  it("round-trips every grade", () => {
    for (const r of ["A", "B", "C", "D", "E", "F"] as const) {
      for (const c of [1, 2, 3, 4, 5, 6]) {
        expect(parseAdmiraltyGrade(admiraltyGrade(r, c))).toEqual({
          reliability: r,
          credibility: c,
        });
      }
    }
  });

  it("describes reliability and credibility apart", () => {
    expect(describeGrade("B", 2)).toBe("B2: source usually reliable; information probably true");
    expect(describeGrade("F", 6)).toBe(
      "F6: source reliability cannot be judged; information truth cannot be judged",
    );
  });

  it("CredibilitySchema accepts integers 1 to 6 only", () => {
    for (const c of [1, 6]) expect(CredibilitySchema.safeParse(c).success).toBe(true);
    for (const c of [0, 7, 2.5, "2"]) {
      const r = CredibilitySchema.safeParse(c);
      expect(r.success, String(c)).toBe(false);
    }
    expect(CredibilitySchema.safeParse(7).error?.issues[0]?.message).toBe(
      "Credibility runs from 1 to 6",
    );
  });
});
