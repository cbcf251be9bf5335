import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  type ChartEstimate,
  axisNumberFormat,
  datePosition,
  estimateFigures,
  estimateWindow,
  layoutEstimateChart,
  linearScale,
  niceStep,
  overlapArea,
  partialDateSpan,
  placeLabels,
  qualifierDirection,
  figureWords,
  splitByUnit,
  timeTicks,
  valueTicks,
  wrapText,
} from "./estimate-chart";

function est(partial: Partial<ChartEstimate> & Pick<ChartEstimate, "asOf">): ChartEstimate {
  return {
    low: null,
    best: "1",
    high: null,
    unit: "containers",
    qualifier: "about",
    asOfEnd: null,
    estimatedBy: "Someone",
    ...partial,
  };
}

// The T01 container series as seeded: more than 1,000 in October 2023 to more than 13,000.
const containers: ChartEstimate[] = [
  est({
    best: "1000",
    qualifier: "more_than",
    asOf: "2023-10-13",
    estimatedBy: "US National Security Council",
  }),
  est({ best: "5000", asOf: "2023-12-29", estimatedBy: "ROK Ministry of National Defense" }),
  est({
    best: "10000",
    qualifier: "more_than",
    asOf: "2024-02",
    estimatedBy: "US Department of State",
  }),
  est({
    best: "6700",
    asOf: "2024-02-26",
    asOfEnd: "2024-02-27",
    estimatedBy: "ROK Ministry of National Defense (Shin Won-sik)",
  }),
  est({
    best: "7000",
    asOf: "2024-03-18",
    estimatedBy: "ROK Ministry of National Defense (Shin Won-sik)",
  }),
  est({
    best: "10000",
    qualifier: "at_least",
    asOf: "2024-06-14",
    estimatedBy: "ROK Ministry of National Defense (Shin Won-sik)",
  }),
  est({
    best: "13000",
    qualifier: "more_than",
    asOf: "2024-08-27",
    estimatedBy: "ROK military intelligence",
  }),
];

describe("partialDateSpan and datePosition", () => {
  it("covers a whole day, month or year", () => {
    expect(partialDateSpan("2024-02-26")).toEqual({
      start: Date.UTC(2024, 1, 26),
      end: Date.UTC(2024, 1, 27),
    });
    expect(partialDateSpan("2024-02")).toEqual({
      start: Date.UTC(2024, 1, 1),
      end: Date.UTC(2024, 2, 1),
    });
    expect(partialDateSpan("2024")).toEqual({
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
    });
  });

  it("puts a month-only date at mid-month and marks it approximate", () => {
    const p = datePosition("2024-02");
    // February 2024 has 29 days: its middle is noon on the 15th.
    expect(p.time).toBe(Date.UTC(2024, 1, 15, 12));
    expect(p).toMatchObject({ precision: "month", approximate: true });
  });

  it("puts a day at its middle and does not mark it approximate", () => {
    expect(datePosition("2023-10-13")).toEqual({
      time: Date.UTC(2023, 9, 13, 12),
      precision: "day",
      approximate: false,
    });
  });

  it("puts a year-only date at mid-year", () => {
    const p = datePosition("2023");
    expect(p.approximate).toBe(true);
    expect(p.time).toBe(Date.UTC(2023, 0, 1) + (365 * DAY_MS) / 2);
  });

  it("stretches an estimate's window to the end of asOfEnd", () => {
    expect(estimateWindow({ asOf: "2024-02-26", asOfEnd: "2024-02-27" })).toEqual({
      start: Date.UTC(2024, 1, 26),
      end: Date.UTC(2024, 1, 28),
    });
  });
});

describe("splitByUnit", () => {
  const fig = { low: null, best: "1", high: null };
  it("charts the most common unit and leaves the rest out", () => {
    const r = splitByUnit([
      { ...fig, unit: "rounds" },
      { ...fig, unit: "tonnes" },
      { ...fig, unit: "rounds" },
      { ...fig, unit: "rounds" },
    ]);
    expect(r).toEqual({
      unit: "rounds",
      stage: "delivered",
      per: null,
      charted: [0, 2, 3],
      leftOut: [1],
    });
  });

  it("breaks a tie in favour of the unit seen first", () => {
    expect(
      splitByUnit([
        { ...fig, unit: "tonnes" },
        { ...fig, unit: "rounds" },
      ]).unit,
    ).toBe("tonnes");
  });

  it("has no unit for no estimates", () => {
    expect(splitByUnit([])).toEqual({
      unit: null,
      stage: null,
      per: null,
      charted: [],
      leftOut: [],
    });
  });

  it("never puts a rate on the scale of a total, whatever the unit", () => {
    const r = splitByUnit([
      { ...fig, unit: "shells", best: "12000", per: "month" },
      { ...fig, unit: "shells", best: "1000000" },
      { ...fig, unit: "shells", best: "3000000" },
      { ...fig, unit: "shells", best: "10000", per: "month" },
      { ...fig, unit: "shells", best: "11000", per: "month" },
    ]);
    expect(r).toMatchObject({ per: "month", charted: [0, 3, 4], leftOut: [1, 2] });
  });

  it("keeps stages apart: what was ordered is not drawn with what was delivered", () => {
    const r = splitByUnit([
      { ...fig, unit: "drones", stage: "agreed" },
      { ...fig, unit: "drones", stage: "delivered" },
      { ...fig, unit: "drones", stage: "delivered" },
    ]);
    expect(r).toMatchObject({ stage: "delivered", charted: [1, 2], leftOut: [0] });
  });

  it("leaves out an estimate without a number, which has no height", () => {
    const r = splitByUnit([
      { low: null, best: null, high: null, unit: "drones" },
      { ...fig, unit: "drones" },
    ]);
    expect(r).toMatchObject({ unit: "drones", charted: [1], leftOut: [0] });
  });
});

describe("figures and qualifiers", () => {
  it("plots the best figure as a point", () => {
    expect(estimateFigures({ low: null, best: "13000", high: null })).toEqual({
      point: 13000,
      low: null,
      high: null,
    });
  });

  it("draws a range as a bar, with a point only when there is a best figure", () => {
    expect(estimateFigures({ low: "1000000", best: null, high: "3000000" })).toEqual({
      point: null,
      low: 1000000,
      high: 3000000,
    });
    expect(estimateFigures({ low: "1", best: "2", high: "3" })).toEqual({
      point: 2,
      low: 1,
      high: 3,
    });
  });

  it("plots a lone low or high figure as a point", () => {
    expect(estimateFigures({ low: "5", best: null, high: null }).point).toBe(5);
    expect(estimateFigures({ low: null, best: null, high: "9" }).point).toBe(9);
  });

  it("reads which way the true figure may lie", () => {
    expect(qualifierDirection("more_than")).toBe("above");
    expect(qualifierDirection("at_least")).toBe("above");
    expect(qualifierDirection("up_to")).toBe("below");
    expect(qualifierDirection("fewer_than")).toBe("below");
    expect(qualifierDirection("about")).toBe("about");
    expect(qualifierDirection("exactly")).toBe("exact");
    expect(qualifierDirection("stated")).toBe("exact");
  });

  it("words a rate as a rate", () => {
    expect(
      figureWords({ low: null, best: "12000", high: null, qualifier: "about", per: "month" }),
    ).toBe("about 12,000 a month");
  });
});

describe("scales and ticks", () => {
  it("maps a domain linearly onto a range, upside down for a y axis", () => {
    const y = linearScale(0, 15000, 300, 40);
    expect(y(0)).toBe(300);
    expect(y(15000)).toBe(40);
    expect(y(7500)).toBe(170);
    expect(linearScale(5, 5, 0, 100)(5)).toBe(50);
  });

  it("picks round steps", () => {
    expect(niceStep(3250)).toBe(5000);
    expect(niceStep(2400)).toBe(2500);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(0.03)).toBe(0.05);
    expect(niceStep(0)).toBe(1);
  });

  it("runs value ticks from 0 to a round number above the highest figure", () => {
    expect(valueTicks(13000)).toEqual([0, 5000, 10000, 15000]);
    expect(valueTicks(4800000)).toEqual([0, 2000000, 4000000, 6000000]);
    expect(valueTicks(10000)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(valueTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("shortens axis numbers on one scale per axis", () => {
    const k = axisNumberFormat(15000);
    expect([0, 5000, 10000, 15000].map(k)).toEqual(["0", "5k", "10k", "15k"]);
    expect([2500, 7500].map(axisNumberFormat(10000))).toEqual(["2.5k", "7.5k"]);
    expect([2000000, 6000000].map(axisNumberFormat(6000000))).toEqual(["2m", "6m"]);
    expect(axisNumberFormat(2.5e9)(2.5e9)).toBe("2.5bn");
    expect([0.25, 300, 1000].map(axisNumberFormat(1000))).toEqual(["0.25", "300", "1,000"]);
  });

  it("puts time ticks on month starts, at most six, with the year on the first and where it changes", () => {
    const ticks = timeTicks(Date.UTC(2023, 8, 20), Date.UTC(2024, 8, 15));
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.map((t) => [t.label, t.year])).toEqual([
      ["Oct", "2023"],
      ["Dec", null],
      ["Feb", "2024"],
      ["Apr", null],
      ["Jun", null],
      ["Aug", null],
    ]);
    for (const t of ticks) expect(new Date(t.time).getUTCDate()).toBe(1);
  });

  it("uses monthly ticks for a short span and yearly ticks for a long one", () => {
    const short = timeTicks(Date.UTC(2024, 0, 10), Date.UTC(2024, 3, 20));
    expect(short.map((t) => t.label)).toEqual(["Feb", "Mar", "Apr"]);
    const long = timeTicks(Date.UTC(2006, 5, 1), Date.UTC(2024, 5, 1));
    expect(long.length).toBeLessThanOrEqual(6);
    expect(long.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });
});

describe("labels", () => {
  it("wraps between words", () => {
    expect(wrapText("ROK Ministry of National Defense (Shin Won-sik)", 24)).toEqual([
      "ROK Ministry of National",
      "Defense (Shin Won-sik)",
    ]);
    expect(wrapText("short", 24)).toEqual(["short"]);
  });

  it("measures overlap", () => {
    expect(overlapArea({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(25);
    expect(overlapArea({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(0);
  });

  it("keeps labels off obstacles such as date spans", () => {
    const bounds = { x: 0, y: 0, w: 400, h: 300 };
    const span = { x: 100, y: 144, w: 120, h: 12 };
    const [box] = placeLabels([{ x: 160, y: 150, w: 80, h: 30 }], bounds, { obstacles: [span] });
    expect(overlapArea(box!, span)).toBe(0);
  });

  it("takes a narrower shape of a label when only that fits", () => {
    // Marks on both sides leave a tall, narrow gap above the point.
    const bounds = { x: 0, y: 0, w: 100, h: 100 };
    const [box] = placeLabels(
      [{ x: 50, y: 90, w: 120, h: 20, alternatives: [{ w: 60, h: 40 }] }],
      bounds,
    );
    expect(box!.option).toBe(1);
    expect(box!.w).toBe(60);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.w).toBeLessThanOrEqual(100);
  });

  it("keeps labels apart and inside the bounds when there is room", () => {
    const bounds = { x: 0, y: 0, w: 400, h: 300 };
    const items = [
      { x: 100, y: 150, w: 80, h: 30 },
      { x: 110, y: 150, w: 80, h: 30 },
      { x: 120, y: 155, w: 80, h: 30 },
    ];
    const boxes = placeLabels(items, bounds);
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i]!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(400);
      expect(b.y + b.h).toBeLessThanOrEqual(300);
      for (let j = 0; j < i; j++) expect(overlapArea(b, boxes[j]!)).toBe(0);
    }
  });
});

describe("layoutEstimateChart", () => {
  const layout = layoutEstimateChart(containers);

  it("plots every estimate in time order from left to right", () => {
    expect(layout.points).toHaveLength(7);
    const xs = layout.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(p.x).toBeLessThanOrEqual(layout.plot.x + layout.plot.w);
    }
  });

  it("shows the rise from more than 1,000 to more than 13,000", () => {
    const first = layout.points[0]!;
    const last = layout.points.at(-1)!;
    expect(first.lines[0]).toBe("1. more than 1,000");
    expect(last.lines[0]).toBe("7. more than 13,000");
    expect(last.y!).toBeLessThan(first.y!);
    expect(layout.yTicks.map((t) => t.label)).toEqual(["0", "5k", "10k", "15k"]);
  });

  it("scales time by date, not by order", () => {
    const [a, b, c] = layout.points;
    // 13 Oct to 29 Dec is 77 days; 29 Dec to mid-February is about 48.
    const perDay = (b!.x - a!.x) / 77;
    expect((c!.x - b!.x) / perDay).toBeCloseTo(48, 0);
  });

  it("keeps every label clear of the others, the marks and the date spans", () => {
    const boxes = layout.points.map((p) => p.label);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = 0; j < i; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
      for (const p of layout.points) {
        if (p.y !== null)
          expect(overlapArea(boxes[i]!, { x: p.x - 8, y: p.y - 8, w: 16, h: 16 })).toBe(0);
        if (p.span && p.y !== null)
          expect(
            overlapArea(boxes[i]!, { x: p.span.x1, y: p.y - 6, w: p.span.x2 - p.span.x1, h: 12 }),
          ).toBe(0);
      }
    }
  });

  it("marks the month-only date as approximate with a span over the month", () => {
    const feb = layout.points[2]!;
    expect(feb.approximate).toBe(true);
    expect(feb.span).not.toBeNull();
    expect(feb.x).toBeCloseTo((feb.span!.x1 + feb.span!.x2) / 2, 1);
    expect(layout.points[0]!.approximate).toBe(false);
    expect(layout.points[0]!.span).toBeNull();
    // A two-day estimate gets a span but is not approximate.
    expect(layout.points[3]!.span).not.toBeNull();
    expect(layout.points[3]!.approximate).toBe(false);
  });

  it("labels each point with who said it", () => {
    expect(layout.points[0]!.lines.slice(1).join(" ")).toBe("US National Security Council");
    expect(layout.points[0]!.direction).toBe("above");
  });

  it("leaves out estimates in a less common unit", () => {
    const mixed = layoutEstimateChart([
      est({ best: "1000000", unit: "rounds", asOf: "2023-11" }),
      est({ best: "74000", unit: "tonnes", asOf: "2024-01" }),
      est({ best: "3000000", unit: "rounds", asOf: "2024-02-26" }),
    ]);
    expect(mixed.unit).toBe("rounds");
    expect(mixed.leftOut).toEqual([1]);
    expect(mixed.points.map((p) => p.index)).toEqual([0, 2]);
    expect(mixed.points.map((p) => p.number)).toEqual([1, 2]);
  });

  it("uses the numbering it is given", () => {
    const numbered = layoutEstimateChart(
      [est({ unit: "t", asOf: "2024" }), est({ asOf: "2024-01" }), est({ asOf: "2024-02" })],
      {},
      [1, 2, 3],
    );
    expect(numbered.points.map((p) => p.number)).toEqual([2, 3]);
  });

  it("draws a range as a vertical bar", () => {
    const r = layoutEstimateChart([
      est({
        low: "1000000",
        best: null,
        high: "3000000",
        unit: "rounds",
        qualifier: "exactly",
        asOf: "2024-02-26",
      }),
    ]);
    const p = r.points[0]!;
    expect(p.y).toBeNull();
    expect(p.bar).not.toBeNull();
    expect(p.bar!.y1).toBeLessThan(p.bar!.y2);
    expect(p.lines[0]).toBe("1. 1,000,000 to 3,000,000");
  });

  it("copes with a single estimate and with none", () => {
    const one = layoutEstimateChart([est({ best: "290", asOf: "2024-02-21" })]);
    expect(one.points).toHaveLength(1);
    expect(one.xTicks.length).toBeGreaterThan(0);
    expect(layoutEstimateChart([]).points).toEqual([]);
  });
});
