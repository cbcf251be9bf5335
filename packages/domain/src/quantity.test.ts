import { describe, expect, it } from "vitest";
import {
  DecimalStringSchema,
  QuantityEstimateSchema,
  compareDecimals,
  describeEstimate,
  estimateSeriesKey,
  formatDecimal,
  type QuantityEstimate,
} from "./quantity";

describe("DecimalStringSchema", () => {
  it.each([
    "0",
    "7",
    "13000",
    "1.7",
    "1.75",
    "0.0001",
    "0.5",
    "123456789012345678",
    "999999999999999999.9999",
  ])("accepts %s", (value) => {
    expect(DecimalStringSchema.parse(value)).toBe(value);
  });

  it.each([
    ["-1", "a negative"],
    ["-0", "negative zero"],
    ["1e3", "an exponent"],
    ["1E3", "an upper-case exponent"],
    ["01", "a leading zero"],
    ["00", "double zero"],
    [".5", "no integer part"],
    ["1.", "a trailing point"],
    ["1.23456", "more than four decimals"],
    ["1,000", "a thousands separator"],
    ["+5", "a plus sign"],
    [" 5", "whitespace"],
    ["1234567890123456789", "more than 18 integer digits"],
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["0x10", "hexadecimal"],
    ["", "the empty string"],
  ])("rejects %s (%s)", (value) => {
    const r = DecimalStringSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/non-negative decimal/);
  });

  it("rejects numbers: figures never travel as floats", () => {
    expect(DecimalStringSchema.safeParse(1.5).success).toBe(false);
    expect(DecimalStringSchema.safeParse(13000).success).toBe(false);
  });
});

describe("compareDecimals", () => {
  it("orders by magnitude, not string order", () => {
    expect(compareDecimals("9", "10")).toBeLessThan(0);
    expect(compareDecimals("100", "99.9999")).toBeGreaterThan(0);
    expect(compareDecimals("2", "13000")).toBeLessThan(0);
  });

  it("compares fractions digit by digit, whatever their length", () => {
    expect(compareDecimals("1.5", "1.25")).toBeGreaterThan(0);
    expect(compareDecimals("1.05", "1.5")).toBeLessThan(0);
    expect(compareDecimals("0.0001", "0")).toBeGreaterThan(0);
  });

  it("treats trailing zeros and a missing fraction as equal", () => {
    expect(compareDecimals("0.3", "0.30")).toBe(0);
    expect(compareDecimals("5", "5.000")).toBe(0);
    expect(compareDecimals("1.7", "1.7")).toBe(0);
  });

  it("gets right what binary floating point gets wrong", () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a float; the exact sum 0.3 must compare equal to 0.3
    // and below 0.3001.
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(compareDecimals("0.3", "0.3000")).toBe(0);
    expect(compareDecimals("0.3", "0.3001")).toBeLessThan(0);
  });

  it("distinguishes integers beyond Number.MAX_SAFE_INTEGER", () => {
    expect(Number("123456789012345678") === Number("123456789012345679")).toBe(true);
    expect(compareDecimals("123456789012345678", "123456789012345679")).toBeLessThan(0);
    expect(compareDecimals("123456789012345679", "123456789012345678")).toBeGreaterThan(0);
    expect(compareDecimals("123456789012345678", "123456789012345678")).toBe(0);
    expect(compareDecimals("999999999999999999.9999", "999999999999999999.9998")).toBeGreaterThan(
      0,
    );
  });

  it("is antisymmetric over a sample", () => {
    const values = ["0", "0.5", "1", "1.05", "1.5", "10", "99.9999", "100", "13000"];
    for (const a of values) {
      for (const b of values) {
        expect(
          Math.sign(compareDecimals(a, b)) + Math.sign(compareDecimals(b, a)),
          `${a} vs ${b}`,
        ).toBe(0);
      }
    }
    expect([...values].reverse().sort(compareDecimals)).toEqual(values);
  });
});

describe("formatDecimal", () => {
  it("groups thousands with commas", () => {
    expect(formatDecimal("13000")).toBe("13,000");
    expect(formatDecimal("1000000")).toBe("1,000,000");
    expect(formatDecimal("123456789012345678")).toBe("123,456,789,012,345,678");
  });

  it("leaves small numbers alone", () => {
    expect(formatDecimal("0")).toBe("0");
    expect(formatDecimal("999")).toBe("999");
  });

  it("keeps the decimals as written and does not group them", () => {
    expect(formatDecimal("1234.5000")).toBe("1,234.5000");
    expect(formatDecimal("0.1234")).toBe("0.1234");
  });
});

function estimate(overrides: Partial<QuantityEstimate> = {}): QuantityEstimate {
  return {
    low: null,
    best: "13000",
    high: null,
    unit: "containers",
    stage: "delivered",
    per: null,
    wording: null,
    qualifier: "more_than",
    asOf: "2024-02",
    asOfEnd: null,
    estimatedBy: "Ministry of National Defense",
    sourceRef: "S12",
    note: null,
    ...overrides,
  };
}

function issues(input: unknown): { path: string; message: string }[] {
  const r = QuantityEstimateSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];
}

describe("QuantityEstimateSchema", () => {
  it("accepts a single figure", () => {
    expect(QuantityEstimateSchema.safeParse(estimate()).success).toBe(true);
  });

  it("accepts an ordered range with or without a best figure", () => {
    expect(
      QuantityEstimateSchema.safeParse(estimate({ low: "1000000", best: null, high: "3000000" }))
        .success,
    ).toBe(true);
    expect(
      QuantityEstimateSchema.safeParse(estimate({ low: "1", best: "2", high: "3" })).success,
    ).toBe(true);
    expect(
      QuantityEstimateSchema.safeParse(estimate({ low: "2", best: "2", high: "2" })).success,
    ).toBe(true);
  });

  it("accepts only a low or only a high figure", () => {
    expect(QuantityEstimateSchema.safeParse(estimate({ low: "5", best: null })).success).toBe(true);
    expect(QuantityEstimateSchema.safeParse(estimate({ high: "5", best: null })).success).toBe(
      true,
    );
  });

  it("rejects an estimate with no figure at all", () => {
    expect(issues(estimate({ low: null, best: null, high: null }))).toEqual([
      {
        path: "best",
        message:
          "An estimate needs a figure (low, best or high), or the source's words when it gave none",
      },
    ]);
  });

  it("rejects low above best", () => {
    expect(issues(estimate({ low: "14000", best: "13000" }))).toEqual([
      { path: "best", message: "best must not be below low" },
    ]);
  });

  it("rejects best above high", () => {
    expect(issues(estimate({ best: "13000", high: "12999.9999" }))).toEqual([
      { path: "high", message: "high must not be below best" },
    ]);
  });

  it("rejects low above high when best is missing", () => {
    expect(issues(estimate({ low: "10", best: null, high: "9" }))).toEqual([
      { path: "high", message: "high must not be below low" },
    ]);
  });

  it("orders exactly, even where floats would not", () => {
    expect(issues(estimate({ low: "123456789012345679", best: "123456789012345678" }))).toEqual([
      { path: "best", message: "best must not be below low" },
    ]);
  });

  it("rejects a float figure", () => {
    expect(issues({ ...estimate(), best: 13000 }).map((i) => i.path)).toContain("best");
  });

  it("accepts an as-of period and rejects one that ends before it starts", () => {
    expect(
      QuantityEstimateSchema.safeParse(estimate({ asOf: "2023-08", asOfEnd: "2024-02" })).success,
    ).toBe(true);
    expect(issues(estimate({ asOf: "2024-02", asOfEnd: "2023-08" }))).toEqual([
      { path: "asOfEnd", message: "asOfEnd must not come before asOf" },
    ]);
  });

  it("rejects an impossible as-of date", () => {
    expect(issues(estimate({ asOf: "2023-02-29" })).map((i) => i.path)).toEqual(["asOf"]);
  });

  it("requires a unit and a source reference", () => {
    expect(issues(estimate({ unit: "  " })).map((i) => i.path)).toEqual(["unit"]);
    expect(issues(estimate({ sourceRef: "source 12" })).map((i) => i.path)).toEqual(["sourceRef"]);
  });

  it("trims the unit", () => {
    expect(QuantityEstimateSchema.parse(estimate({ unit: " shells " })).unit).toBe("shells");
  });
});

describe("describeEstimate", () => {
  const base = { low: null, best: null, high: null, unit: "rounds", qualifier: "exactly" } as const;

  it("puts the qualifier words before the grouped figure", () => {
    expect(
      describeEstimate({ ...base, best: "13000", unit: "containers", qualifier: "more_than" }),
    ).toBe("more than 13,000 containers");
    expect(describeEstimate({ ...base, best: "500", qualifier: "about" })).toBe("about 500 rounds");
    expect(describeEstimate({ ...base, best: "500", qualifier: "at_least" })).toBe(
      "at least 500 rounds",
    );
    expect(describeEstimate({ ...base, best: "500", qualifier: "up_to" })).toBe("up to 500 rounds");
    expect(describeEstimate({ ...base, best: "500", qualifier: "fewer_than" })).toBe(
      "fewer than 500 rounds",
    );
  });

  it("adds no word and no stray space for an exact figure", () => {
    expect(describeEstimate({ ...base, best: "6700000" })).toBe("6,700,000 rounds");
  });

  it("writes a range as low to high", () => {
    expect(describeEstimate({ ...base, low: "1000000", high: "3000000" })).toBe(
      "1,000,000 to 3,000,000 rounds",
    );
    expect(describeEstimate({ ...base, low: "1000", high: "2000", qualifier: "about" })).toBe(
      "about 1,000 to 2,000 rounds",
    );
  });

  it("prefers the best figure over the range", () => {
    expect(describeEstimate({ ...base, low: "1000000", best: "2000000", high: "3000000" })).toBe(
      "2,000,000 rounds",
    );
  });

  it("falls back to whichever bound is known", () => {
    expect(describeEstimate({ ...base, low: "1000", qualifier: "at_least" })).toBe(
      "at least 1,000 rounds",
    );
    expect(describeEstimate({ ...base, high: "1000", qualifier: "up_to" })).toBe(
      "up to 1,000 rounds",
    );
  });

  it("keeps decimals as written", () => {
    expect(
      describeEstimate({ ...base, best: "1.5", unit: "million rounds", qualifier: "about" }),
    ).toBe("about 1.5 million rounds");
  });
});

describe("stages, rates and estimates without a number", () => {
  it("reads an older estimate without the new fields as a delivered total", () => {
    const { stage: _s, per: _p, wording: _w, ...old } = estimate();
    const parsed = QuantityEstimateSchema.parse(old);
    expect(parsed).toMatchObject({ stage: "delivered", per: null, wording: null });
  });

  it("accepts an estimate with only the source's words, and shows them", () => {
    const e = estimate({ best: null, wording: "several hundred", unit: "drones" });
    expect(QuantityEstimateSchema.safeParse(e).success).toBe(true);
    expect(describeEstimate(e)).toBe("several hundred drones");
    expect(describeEstimate({ ...e, wording: "hundreds of drones" })).toBe("hundreds of drones");
  });

  it("shows a rate as a rate", () => {
    expect(
      describeEstimate(
        estimate({ best: "12000", qualifier: "about", unit: "shells", per: "month" }),
      ),
    ).toBe("about 12,000 shells a month");
    expect(
      describeEstimate(estimate({ best: "40", qualifier: "stated", unit: "drones", per: "day" })),
    ).toBe("40 drones a day");
  });

  it("refuses an unknown stage or rate period", () => {
    expect(QuantityEstimateSchema.safeParse({ ...estimate(), stage: "sold" }).success).toBe(false);
    expect(QuantityEstimateSchema.safeParse({ ...estimate(), per: "week" }).success).toBe(false);
  });

  it("keeps each stage's estimates, and rates, in series of their own", () => {
    const total = estimateSeriesKey(estimate());
    expect(estimateSeriesKey(estimate({ per: "month" }))).not.toBe(total);
    expect(estimateSeriesKey(estimate({ stage: "used_in_combat" }))).not.toBe(total);
    expect(estimateSeriesKey(estimate({ note: "other words" }))).toBe(total);
  });
});
