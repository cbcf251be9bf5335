// The maths behind the quantity-estimate chart on a transfer's page: where each dated
// estimate sits on a time axis, how high it stands, the ticks, and where its label goes.
// Pure functions only, so they can be tested without rendering anything.
import {
  type DatePrecision,
  type QuantityEstimate,
  type QuantityQualifier,
  type RatePeriod,
  type TransferStage,
  datePrecision,
  describeEstimate,
  estimateSeriesKey,
  hasFigure,
  ratePeriodPhrase,
  transferStageWords,
} from "@armstrail/domain";

export const DAY_MS = 86_400_000;

export type ChartEstimate = Pick<
  QuantityEstimate,
  "low" | "best" | "high" | "unit" | "qualifier" | "asOf" | "asOfEnd" | "estimatedBy"
> &
  Partial<Pick<QuantityEstimate, "stage" | "per" | "wording">>;

// ---------------------------------------------------------------- dates on the time axis

/** The first instant of a partial date and the first instant after it (UTC, milliseconds). */
export function partialDateSpan(date: string): { start: number; end: number } {
  const [y = "1970", m, d] = date.split("-");
  const year = Number(y);
  if (m === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const month = Number(m) - 1;
  if (d === undefined) {
    return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  }
  const start = Date.UTC(year, month, Number(d));
  return { start, end: start + DAY_MS };
}

/**
 * Where a partial date goes on the time axis: the middle of the day, month or year it
 * stands for. Anything less precise than a day is approximate.
 */
export function datePosition(date: string): {
  time: number;
  precision: DatePrecision;
  approximate: boolean;
} {
  const { start, end } = partialDateSpan(date);
  const precision = datePrecision(date);
  return { time: (start + end) / 2, precision, approximate: precision !== "day" };
}

/** The stretch of time an estimate could refer to: all of asOf, through to the end of asOfEnd. */
export function estimateWindow(e: Pick<ChartEstimate, "asOf" | "asOfEnd">): {
  start: number;
  end: number;
} {
  return {
    start: partialDateSpan(e.asOf).start,
    end: partialDateSpan(e.asOfEnd ?? e.asOf).end,
  };
}

// ---------------------------------------------------------------- units and figures

/**
 * The series most estimates with a figure belong to (the first to appear wins a tie), and
 * which estimates, by index, it charts and which it leaves out. A series is one unit, one
 * stage and either totals or one rate period: a rate ("12,000 a month") is never drawn on
 * the scale of a total, nor what was ordered beside what was delivered; estimates without
 * a number cannot be drawn at all. Null unit when nothing can be charted.
 */
export function splitByUnit(
  estimates: readonly (Pick<ChartEstimate, "unit" | "low" | "best" | "high"> &
    Partial<Pick<ChartEstimate, "stage" | "per">>)[],
): {
  unit: string | null;
  stage: TransferStage | null;
  per: RatePeriod | null;
  charted: number[];
  leftOut: number[];
} {
  const keyOf = (e: (typeof estimates)[number]) =>
    estimateSeriesKey({ stage: e.stage ?? "delivered", per: e.per ?? null, unit: e.unit });
  const drawable = hasFigure;
  const counts = new Map<string, number>();
  for (const e of estimates) if (drawable(e)) counts.set(keyOf(e), (counts.get(keyOf(e)) ?? 0) + 1);
  let key: string | null = null;
  let best = 0;
  for (const [k, n] of counts) {
    if (n > best) {
      key = k;
      best = n;
    }
  }
  const charted: number[] = [];
  const leftOut: number[] = [];
  estimates.forEach((e, i) => (drawable(e) && keyOf(e) === key ? charted : leftOut).push(i));
  const first = charted.length ? estimates[charted[0]!]! : null;
  return {
    unit: first?.unit ?? null,
    stage: first ? (first.stage ?? "delivered") : null,
    per: first?.per ?? null,
    charted,
    leftOut,
  };
}

/**
 * What the charted series counts, in words for captions: "containers, delivered" or
 * "shells a month, used in combat". Null when nothing is charted.
 */
export function seriesWords(
  layout: Pick<EstimateChartLayout, "unit" | "stage" | "per">,
): string | null {
  if (layout.unit === null) return null;
  const rate = layout.per ? ` ${ratePeriodPhrase[layout.per]}` : "";
  const stage = layout.stage ? `, ${transferStageWords[layout.stage].toLowerCase()}` : "";
  return `${layout.unit}${rate}${stage}`;
}

/** Which way the true figure may lie from the stated one, read from the qualifier. */
export type Direction = "above" | "below" | "about" | "exact";

export function qualifierDirection(q: QuantityQualifier): Direction {
  switch (q) {
    case "more_than":
    case "at_least":
      return "above";
    case "up_to":
    case "fewer_than":
      return "below";
    case "about":
      return "about";
    case "exactly":
    case "stated":
      return "exact";
  }
}

/**
 * The numbers to plot: a point at the best figure (or at the only figure given), and a
 * vertical bar when a low and a high figure make a range.
 */
export function estimateFigures(e: Pick<ChartEstimate, "low" | "best" | "high">): {
  point: number | null;
  low: number | null;
  high: number | null;
} {
  const low = e.low === null ? null : Number(e.low);
  const best = e.best === null ? null : Number(e.best);
  const high = e.high === null ? null : Number(e.high);
  const isRange = low !== null && high !== null;
  return {
    point: best ?? (isRange ? null : (low ?? high)),
    low: isRange ? low : null,
    high: isRange ? high : null,
  };
}

/** "more than 1,000" or "about 12,000 a month": the figure with its qualifier, without the unit. */
export function figureWords(
  e: Pick<ChartEstimate, "low" | "best" | "high" | "qualifier"> &
    Partial<Pick<ChartEstimate, "per" | "wording">>,
): string {
  return describeEstimate({ ...e, unit: "" });
}

// ---------------------------------------------------------------- scales and ticks

/** A linear map from [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number) {
  return (v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
}

/** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * power >= rough * (1 - 1e-9)) return m * power;
  }
  return 10 * power;
}

/** Ticks from 0 up to a round number at or above `max`, at most about `target` intervals. */
export function valueTicks(max: number, target = 4): number[] {
  const top = max > 0 ? max : 1;
  const step = niceStep(top / target);
  const n = Math.ceil(top / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/**
 * Formats axis numbers short enough for a phone (15,000 as "15k", 3,000,000 as "3m"),
 * choosing one scale from the largest tick so every tick on the axis reads the same way.
 */
export function axisNumberFormat(maxTick: number): (n: number) => string {
  const a = Math.abs(maxTick);
  const [div, suffix] =
    a >= 1e9 ? [1e9, "bn"] : a >= 1e6 ? [1e6, "m"] : a >= 1e4 ? [1e3, "k"] : [1, ""];
  return (n) =>
    n === 0
      ? "0"
      : `${Number((n / div).toPrecision(6)).toLocaleString("en-GB", { maximumFractionDigits: 2 })}${suffix}`;
}

const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

export interface TimeTick {
  time: number;
  /** "Oct", or the year when the ticks are a year or more apart. */
  label: string;
  /** The year under the month, on the first tick and where the year changes; otherwise null. */
  year: string | null;
}

/**
 * Ticks on the first day of months between start and end, every 1, 2, 3, 6 or 12 months
 * (or whole years beyond that) so there are at most `maxTicks`.
 */
export function timeTicks(start: number, end: number, maxTicks = 6): TimeTick[] {
  const s = new Date(start);
  let y = s.getUTCFullYear();
  let m = s.getUTCMonth();
  if (Date.UTC(y, m, 1) < start) m += 1;
  const first = y * 12 + m;
  const e = new Date(end);
  const last = e.getUTCFullYear() * 12 + e.getUTCMonth();
  const months = Math.max(0, last - first);
  let step = 1;
  for (const c of [1, 2, 3, 6, 12, 24, 60, 120, 600]) {
    step = c;
    if (Math.floor(months / c) + 1 <= maxTicks) break;
  }
  // Keep year-long steps on Januaries and shorter ones on calendar quarters where possible.
  let k = first;
  if (step >= 12) while (k % 12 !== 0) k++;
  else if (step >= 3) while (k % step !== 0) k++;
  const out: TimeTick[] = [];
  let lastYear: number | null = null;
  for (; k <= last; k += step) {
    y = Math.floor(k / 12);
    m = k % 12;
    const time = Date.UTC(y, m, 1);
    if (time < start || time > end) continue;
    if (step >= 12) out.push({ time, label: String(y), year: null });
    else out.push({ time, label: SHORT_MONTHS[m] ?? "", year: y !== lastYear ? String(y) : null });
    lastYear = y;
  }
  return out;
}

// ---------------------------------------------------------------- labels

/** Splits text into lines of at most `width` characters, breaking between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, bounds: Box): number {
  const over =
    Math.max(0, bounds.x - box.x) +
    Math.max(0, box.x + box.w - (bounds.x + bounds.w)) +
    Math.max(0, bounds.y - box.y) +
    Math.max(0, box.y + box.h - (bounds.y + bounds.h));
  return over * (box.w + box.h);
}

/**
 * Places a label of size w x h beside each anchor, in order, trying positions around it
 * (right, left, above, below, leaning either way, then further out) and taking the first
 * that overlaps nothing placed so far, no anchor mark, no other obstacle (date spans,
 * range bars) and stays within bounds; failing that, the one that overlaps least.
 */
export interface LabelItem {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Other shapes the same label can take (wrapped narrower or wider), tried alongside. */
  alternatives?: readonly { w: number; h: number }[];
}

/** A placed label; `option` is 0 for the first shape, i for alternatives[i - 1]. */
export type PlacedLabel = Box & { option: number };

export function placeLabels(
  items: readonly LabelItem[],
  bounds: Box,
  {
    gap = 10,
    markRadius = 8,
    obstacles = [],
  }: { gap?: number; markRadius?: number; obstacles?: readonly Box[] } = {},
): PlacedLabel[] {
  const marks: Box[] = [
    ...items.map((p) => ({
      x: p.x - markRadius,
      y: p.y - markRadius,
      w: markRadius * 2,
      h: markRadius * 2,
    })),
    ...obstacles,
  ];
  // Greedy placement depends on the order; try a few and keep the one that overlaps least.
  const order = items.map((_, i) => i);
  const orders = [
    order,
    [...order].reverse(),
    [...order].sort((a, b) => items[a]!.y - items[b]!.y),
    [...order].sort((a, b) => items[b]!.y - items[a]!.y),
  ];
  let best: { boxes: PlacedLabel[]; overlap: number } | null = null;
  for (const o of orders) {
    const attempt = placeInOrder(items, o, bounds, marks, gap);
    if (best === null || attempt.overlap < best.overlap - 1e-6) best = attempt;
    if (best.overlap < 1e-3) break;
  }
  return best?.boxes ?? [];
}

function placeInOrder(
  items: readonly LabelItem[],
  order: readonly number[],
  bounds: Box,
  marks: readonly Box[],
  gap: number,
): { boxes: PlacedLabel[]; overlap: number } {
  const placed: Box[] = [];
  const boxes: PlacedLabel[] = new Array<PlacedLabel>(items.length);
  let overlap = 0;
  for (const k of order) {
    const p = items[k]!;
    const shapes = [{ w: p.w, h: p.h }, ...(p.alternatives ?? [])];
    const candidates: PlacedLabel[] = [];
    // Beside the mark (right, then left), stepping up and down; then above and below it,
    // stepping further out, with the label centred, leaning right or leaning left; each
    // step in every shape the label can take before stepping further.
    for (const far of [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6]) {
      const step = far * gap * 1.5;
      const d = gap + step;
      for (const [option, { w, h }] of shapes.entries()) {
        const sideways = [p.x + gap, p.x - gap - w];
        const across = [p.x - w / 2, p.x - gap, p.x + gap - w, p.x + gap, p.x - gap - w];
        for (const sx of sideways) candidates.push({ x: sx, y: p.y - h / 2 - step, w, h, option });
        for (const ax of across) {
          candidates.push(
            { x: ax, y: p.y - d - h, w, h, option },
            { x: ax, y: p.y + d, w, h, option },
          );
        }
        for (const sx of sideways) candidates.push({ x: sx, y: p.y - h / 2 + step, w, h, option });
      }
    }
    let choice: PlacedLabel = candidates[0] ?? { x: p.x, y: p.y, w: p.w, h: p.h, option: 0 };
    let bestScore = Number.POSITIVE_INFINITY;
    for (const [i, c] of candidates.entries()) {
      const score =
        placed.reduce((s, b) => s + overlapArea(c, b), 0) +
        marks.reduce((s, b) => s + overlapArea(c, b), 0) +
        outside(c, bounds) * 4 +
        i * 1e-6;
      if (score < bestScore) {
        bestScore = score;
        choice = c;
        if (score < 1e-3) break;
      }
    }
    overlap += bestScore;
    placed.push(choice);
    boxes[k] = choice;
  }
  return { boxes, overlap };
}

/** The point on a box's edge nearest to (x, y): where a leader line from a mark meets its label. */
export function nearestPointOnBox(box: Box, x: number, y: number): { x: number; y: number } {
  return {
    x: Math.min(Math.max(x, box.x), box.x + box.w),
    y: Math.min(Math.max(y, box.y), box.y + box.h),
  };
}

// ---------------------------------------------------------------- the whole layout

export interface ChartOptions {
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Font size of the label text in user units, to size label boxes. */
  labelFont?: number;
  /** Characters per line before a label wraps. */
  labelWidth?: number;
}

export interface PlottedEstimate {
  /** Index in the estimates passed in. */
  index: number;
  /** 1-based number shown on the chart and in the table. */
  number: number;
  x: number;
  /** The point's height; null for a range without a best figure. */
  y: number | null;
  /** A range drawn as a vertical bar; null when there is none. */
  bar: { y1: number; y2: number } | null;
  /** The stretch of time the date could stand for, when it is not a single day. */
  span: { x1: number; x2: number } | null;
  approximate: boolean;
  direction: Direction;
  lines: string[];
  label: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface EstimateChartLayout {
  width: number;
  height: number;
  plot: Box;
  unit: string | null;
  /** What the charted series counts, and its rate period when it is a rate. */
  stage: TransferStage | null;
  per: RatePeriod | null;
  charted: number[];
  leftOut: number[];
  xTicks: (TimeTick & { x: number })[];
  yTicks: { value: number; y: number; label: string }[];
  points: PlottedEstimate[];
}

/**
 * Lays out the chart for the estimates sharing the most common unit: time across, figure
 * up, each estimate numbered in the order given (`numbers[i]` overrides, so the chart can
 * use the table's numbering).
 */
export function layoutEstimateChart(
  estimates: readonly ChartEstimate[],
  options: ChartOptions = {},
  numbers?: readonly number[],
): EstimateChartLayout {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const margin = options.margin ?? { top: 40, right: 16, bottom: 64, left: 68 };
  const labelFont = options.labelFont ?? 13;
  const labelWidth = options.labelWidth ?? 24;
  const plot: Box = {
    x: margin.left,
    y: margin.top,
    w: width - margin.left - margin.right,
    h: height - margin.top - margin.bottom,
  };
  const { unit, stage, per, charted, leftOut } = splitByUnit(estimates);
  const rows = charted.map((index) => {
    const e = estimates[index]!;
    return {
      index,
      e,
      pos: datePosition(e.asOf),
      window: estimateWindow(e),
      fig: estimateFigures(e),
    };
  });

  // Time domain: every window, padded a little, or a month either side of a lone date.
  let t0 = Math.min(...rows.map((r) => r.window.start));
  let t1 = Math.max(...rows.map((r) => r.window.end));
  if (rows.length === 0) {
    t0 = Date.UTC(2000, 0, 1);
    t1 = Date.UTC(2001, 0, 1);
  }
  const pad = Math.max((t1 - t0) * 0.05, 20 * DAY_MS);
  t0 -= pad;
  t1 += pad;
  const x = linearScale(t0, t1, plot.x, plot.x + plot.w);

  const maxValue = Math.max(
    0,
    ...rows.flatMap((r) => [r.fig.point, r.fig.low, r.fig.high].filter((v) => v !== null)),
  );
  const ticks = valueTicks(maxValue);
  const top = ticks.at(-1) ?? 1;
  const y = linearScale(0, top, plot.y + plot.h, plot.y);

  const xTicks = timeTicks(t0, t1).map((t) => ({ ...t, x: x(t.time) }));
  const format = axisNumberFormat(top);
  const yTicks = ticks.map((value) => ({ value, y: y(value), label: format(value) }));

  const drafts = rows.map((r, i) => {
    const px = x(r.pos.time);
    const py = r.fig.point !== null ? y(r.fig.point) : null;
    const bar =
      r.fig.low !== null && r.fig.high !== null ? { y1: y(r.fig.high), y2: y(r.fig.low) } : null;
    const spanned = r.pos.approximate || r.e.asOfEnd !== null;
    const number = numbers?.[r.index] ?? i + 1;
    // The label in three shapes: wrapped at the usual width, narrower and wider.
    const shapes = [labelWidth, Math.round(labelWidth * 0.65), Math.round(labelWidth * 1.5)].map(
      (chars) => {
        const lines = [`${number}. ${figureWords(r.e)}`, ...wrapText(r.e.estimatedBy, chars)];
        return {
          lines,
          w: Math.max(...lines.map((l) => l.length)) * labelFont * 0.58 + 4,
          h: lines.length * labelFont * 1.2 + 4,
        };
      },
    );
    return {
      index: r.index,
      number,
      x: px,
      y: py,
      bar,
      span: spanned ? { x1: x(r.window.start), x2: x(r.window.end) } : null,
      approximate: r.pos.approximate,
      direction: qualifierDirection(r.e.qualifier),
      shapes,
      anchorY: py ?? (bar ? (bar.y1 + bar.y2) / 2 : plot.y + plot.h),
    };
  });
  const bounds: Box = { x: plot.x + 2, y: 2, w: width - plot.x - 4, h: plot.y + plot.h - 4 };
  const obstacles: Box[] = drafts.flatMap((d) => [
    ...(d.span ? [{ x: d.span.x1, y: d.anchorY - 6, w: d.span.x2 - d.span.x1, h: 12 }] : []),
    ...(d.bar ? [{ x: d.x - 8, y: d.bar.y1, w: 16, h: d.bar.y2 - d.bar.y1 }] : []),
  ]);
  const boxes = placeLabels(
    drafts.map((d) => {
      const [first, ...rest] = d.shapes;
      return { x: d.x, y: d.anchorY, w: first!.w, h: first!.h, alternatives: rest };
    }),
    bounds,
    { obstacles },
  );
  const points: PlottedEstimate[] = drafts.map((d, i) => {
    const { option, ...label } = boxes[i]!;
    const near = nearestPointOnBox(label, d.x, d.anchorY);
    const dist = Math.hypot(near.x - d.x, near.y - d.anchorY);
    return {
      index: d.index,
      number: d.number,
      x: d.x,
      y: d.y,
      bar: d.bar,
      span: d.span,
      approximate: d.approximate,
      direction: d.direction,
      lines: d.shapes[option]?.lines ?? [],
      label,
      leader: dist > 14 ? { x1: d.x, y1: d.anchorY, x2: near.x, y2: near.y } : null,
    };
  });
  return {
    width,
    height,
    plot,
    unit,
    stage,
    per,
    charted,
    leftOut,
    xTicks: xTicks.map((t) => ({ ...t, x: r2(t.x) })),
    yTicks: yTicks.map((t) => ({ ...t, y: r2(t.y) })),
    points: points.map(roundPoint),
  };
}

/** Two decimal places are plenty for SVG coordinates and keep the markup short. */
function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

function roundPoint(p: PlottedEstimate): PlottedEstimate {
  return {
    ...p,
    x: r2(p.x),
    y: p.y === null ? null : r2(p.y),
    bar: p.bar && { y1: r2(p.bar.y1), y2: r2(p.bar.y2) },
    span: p.span && { x1: r2(p.span.x1), x2: r2(p.span.x2) },
    label: { x: r2(p.label.x), y: r2(p.label.y), w: r2(p.label.w), h: r2(p.label.h) },
    leader: p.leader && {
      x1: r2(p.leader.x1),
      y1: r2(p.leader.y1),
      x2: r2(p.leader.x2),
      y2: r2(p.leader.y2),
    },
  };
}
