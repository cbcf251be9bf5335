import { describe, expect, it } from "vitest";
import {
  PartialDateSchema,
  comparePartialDates,
  datePrecision,
  formatPartialDate,
  isOrderedPeriod,
  isPartialDate,
  latestDayOf,
} from "./dates";

describe("isPartialDate", () => {
  it.each([
    "2024",
    "2024-02",
    "2024-02-29",
    "2000-02-29",
    "1000",
    "9999-12-31",
    "2023-12-31",
    "2024-04-30",
  ])("accepts %s", (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each([
    ["2023-02-29", "29 February in a common year"],
    ["1900-02-29", "29 February in a century year not divisible by 400"],
    ["2024-02-30", "30 February"],
    ["2024-04-31", "31 April"],
    ["2024-13", "month 13"],
    ["2024-00", "month 0"],
    ["2024-01-00", "day 0"],
    ["2024-01-32", "day 32"],
    ["0999", "a year before 1000"],
    ["24", "a two-digit year"],
    ["2024-2", "an unpadded month"],
    ["2024-02-5", "an unpadded day"],
    ["2024/02/05", "slashes"],
    ["2024-02-05T00:00", "a time part"],
    [" 2024", "leading space"],
    ["2024-", "a dangling dash"],
    ["", "the empty string"],
    ["２０２４", "full-width digits"],
  ])("rejects %s (%s)", (value) => {
    expect(isPartialDate(value)).toBe(false);
  });
});

describe("PartialDateSchema", () => {
  it("parses a real calendar date unchanged", () => {
    expect(PartialDateSchema.parse("2024-02-29")).toBe("2024-02-29");
  });

  it("rejects an impossible date with a message naming the accepted forms", () => {
    const r = PartialDateSchema.safeParse("2023-02-29");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("rejects a month that does not exist", () => {
    expect(PartialDateSchema.safeParse("2024-13").success).toBe(false);
  });

  it("rejects non-strings", () => {
    expect(PartialDateSchema.safeParse(2024).success).toBe(false);
  });
});

describe("datePrecision", () => {
  it("tells year, month and day precision apart", () => {
    expect(datePrecision("2024")).toBe("year");
    expect(datePrecision("2024-02")).toBe("month");
    expect(datePrecision("2024-02-26")).toBe("day");
  });
});

describe("formatPartialDate", () => {
  it("writes a year as the year", () => {
    expect(formatPartialDate("2024")).toBe("2024");
  });

  it("writes a month as month name and year", () => {
    expect(formatPartialDate("2024-02")).toBe("February 2024");
    expect(formatPartialDate("2023-12")).toBe("December 2023");
    expect(formatPartialDate("2023-01")).toBe("January 2023");
  });

  it("writes a day without a leading zero, day first", () => {
    expect(formatPartialDate("2024-02-26")).toBe("26 February 2024");
    expect(formatPartialDate("2024-03-05")).toBe("5 March 2024");
  });
});

describe("comparePartialDates", () => {
  it("puts a month before the days it contains, and those before the next month", () => {
    expect(comparePartialDates("2024-02", "2024-02-01")).toBeLessThan(0);
    expect(comparePartialDates("2024-02-01", "2024-03")).toBeLessThan(0);
    expect(comparePartialDates("2024-02", "2024-03")).toBeLessThan(0);
    expect(comparePartialDates("2024-03", "2024-02-01")).toBeGreaterThan(0);
  });

  it("puts a year before its months and before the next year", () => {
    expect(comparePartialDates("2024", "2024-01")).toBeLessThan(0);
    expect(comparePartialDates("2023-12-31", "2024")).toBeLessThan(0);
  });

  it("returns 0 for the same date", () => {
    expect(comparePartialDates("2024-02-16", "2024-02-16")).toBe(0);
  });

  it("sorts a mixed-precision timeline in reading order", () => {
    const shuffled = [
      "2024-03",
      "2024-02-16",
      "2023",
      "2024-02",
      "2024",
      "2024-02-01",
      "2023-11-30",
    ];
    expect([...shuffled].sort(comparePartialDates)).toEqual([
      "2023",
      "2023-11-30",
      "2024",
      "2024-02",
      "2024-02-01",
      "2024-02-16",
      "2024-03",
    ]);
  });
});

describe("latestDayOf", () => {
  it("is the date itself at day precision", () => {
    expect(latestDayOf("2024-02-10")).toBe("2024-02-10");
  });

  it("is 31 December for a year", () => {
    expect(latestDayOf("2023")).toBe("2023-12-31");
  });

  it("is the month's last day, leap years included", () => {
    expect(latestDayOf("2024-02")).toBe("2024-02-29");
    expect(latestDayOf("2023-02")).toBe("2023-02-28");
    expect(latestDayOf("2024-04")).toBe("2024-04-30");
    expect(latestDayOf("2024-12")).toBe("2024-12-31");
  });
});

describe("isOrderedPeriod", () => {
  it("accepts open-ended periods", () => {
    expect(isOrderedPeriod(null, null)).toBe(true);
    expect(isOrderedPeriod("2024-02", null)).toBe(true);
    expect(isOrderedPeriod(null, "2020")).toBe(true);
  });

  it("accepts an end after or equal to the start", () => {
    expect(isOrderedPeriod("2023-08", "2024-02")).toBe(true);
    expect(isOrderedPeriod("2024-02-10", "2024-02-10")).toBe(true);
    expect(isOrderedPeriod("2024", "2024")).toBe(true);
  });

  it("accepts an end that falls inside a less precise start", () => {
    expect(isOrderedPeriod("2024-02", "2024-02-10")).toBe(true);
    expect(isOrderedPeriod("2024", "2024-01")).toBe(true);
  });

  it("accepts a less precise end that contains the start", () => {
    expect(isOrderedPeriod("2024-02-10", "2024-02")).toBe(true);
    expect(isOrderedPeriod("2024-06-30", "2024")).toBe(true);
  });

  it("rejects an end that precedes the start", () => {
    expect(isOrderedPeriod("2024-03", "2024-02-29")).toBe(false);
    expect(isOrderedPeriod("2024-02-10", "2024-02-09")).toBe(false);
    expect(isOrderedPeriod("2025", "2024-12")).toBe(false);
    expect(isOrderedPeriod("2024-02", "2024-01")).toBe(false);
    expect(isOrderedPeriod("2024-01-01", "2023")).toBe(false);
  });
});
