import {
  type Transfer,
  describeEstimate,
  formatPartialDate,
  transferStageWords,
} from "@armstrail/domain";
import Link from "next/link";
import type { ReactNode } from "react";
import {
  type Direction,
  type EstimateChartLayout,
  type PlottedEstimate,
  layoutEstimateChart,
  seriesWords,
} from "~/lib/estimate-chart";
import { PartialDateText } from "./date";
import styles from "./estimate-chart.module.css";

type Estimate = Transfer["estimates"][number];

const W = 640;
const H = 400;

/** The date an estimate was given, as precisely as it is known, or the days it spans. */
export function asOfText(e: Pick<Estimate, "asOf" | "asOfEnd">): string {
  const { asOf, asOfEnd } = e;
  if (!asOfEnd || asOfEnd === asOf) return formatPartialDate(asOf);
  // "26–27 February 2024" when both are days of the same month.
  if (asOf.length === 10 && asOfEnd.length === 10 && asOf.slice(0, 7) === asOfEnd.slice(0, 7)) {
    return `${Number(asOf.slice(8))}–${formatPartialDate(asOfEnd)}`;
  }
  return `${formatPartialDate(asOf)} to ${formatPartialDate(asOfEnd)}`;
}

function AsOf({ e }: { e: Estimate }) {
  const { asOf, asOfEnd } = e;
  if (!asOfEnd || asOfEnd === asOf) return <PartialDateText date={asOf} />;
  if (asOf.length === 10 && asOfEnd.length === 10 && asOf.slice(0, 7) === asOfEnd.slice(0, 7)) {
    return (
      <>
        <time dateTime={asOf}>{Number(asOf.slice(8))}</time>–<PartialDateText date={asOfEnd} />
      </>
    );
  }
  return (
    <>
      <PartialDateText date={asOf} /> to <PartialDateText date={asOfEnd} />
    </>
  );
}

function Mark({ direction, hollow }: { direction: Direction; hollow: boolean }) {
  const paint = hollow
    ? { fill: "#ffffff", stroke: "#0b5cad", strokeWidth: 2.5 }
    : { fill: "#0b5cad", stroke: "#0b5cad", strokeWidth: 1 };
  switch (direction) {
    case "above":
      return <polygon points="0,-8 8,6 -8,6" {...paint} />;
    case "below":
      return <polygon points="0,8 8,-6 -8,-6" {...paint} />;
    case "about":
      return <polygon points="0,-8 8,0 0,8 -8,0" {...paint} />;
    case "exact":
      return <circle r="6.5" {...paint} />;
  }
}

function Point({ p }: { p: PlottedEstimate }) {
  const cy = p.y ?? (p.bar ? (p.bar.y1 + p.bar.y2) / 2 : 0);
  return (
    <g>
      {p.span && (
        <g className={styles.span}>
          <line x1={p.span.x1} x2={p.span.x2} y1={cy} y2={cy} />
          <line x1={p.span.x1} x2={p.span.x1} y1={cy - 5} y2={cy + 5} />
          <line x1={p.span.x2} x2={p.span.x2} y1={cy - 5} y2={cy + 5} />
        </g>
      )}
      {p.bar && (
        <g className={styles.bar}>
          <line x1={p.x} x2={p.x} y1={p.bar.y1} y2={p.bar.y2} />
          <line x1={p.x - 7} x2={p.x + 7} y1={p.bar.y1} y2={p.bar.y1} />
          <line x1={p.x - 7} x2={p.x + 7} y1={p.bar.y2} y2={p.bar.y2} />
        </g>
      )}
      {p.leader && (
        <line
          className={styles.leader}
          x1={p.leader.x1}
          y1={p.leader.y1}
          x2={p.leader.x2}
          y2={p.leader.y2}
        />
      )}
      {p.y !== null && (
        <g transform={`translate(${p.x} ${p.y})`}>
          <g className={styles.mark}>
            <Mark direction={p.direction} hollow={p.approximate} />
          </g>
        </g>
      )}
      <text className={styles.num} x={p.x + 10} y={cy - 10}>
        {p.number}
      </text>
      <g className={styles.label}>
        <rect x={p.label.x} y={p.label.y} width={p.label.w} height={p.label.h} rx="3" />
        <text x={p.label.x + 2} y={p.label.y + 2}>
          {p.lines.map((line, i) => (
            <tspan
              key={i}
              x={p.label.x + 2}
              dy={i === 0 ? "1em" : "1.2em"}
              className={i === 0 ? styles.figure : undefined}
            >
              {line}
            </tspan>
          ))}
        </text>
      </g>
    </g>
  );
}

function Axes({ layout }: { layout: EstimateChartLayout }) {
  const { plot } = layout;
  const bottom = plot.y + plot.h;
  return (
    <g className={styles.axes}>
      {layout.yTicks.map((t) => (
        <g key={t.value}>
          <line className={styles.grid} x1={plot.x} x2={plot.x + plot.w} y1={t.y} y2={t.y} />
          <text x={plot.x - 8} y={t.y} textAnchor="end" dominantBaseline="middle">
            {t.label}
          </text>
        </g>
      ))}
      <line className={styles.axisLine} x1={plot.x} x2={plot.x + plot.w} y1={bottom} y2={bottom} />
      <line className={styles.axisLine} x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
      {layout.xTicks.map((t) => (
        <g key={t.time}>
          <line className={styles.axisLine} x1={t.x} x2={t.x} y1={bottom} y2={bottom + 6} />
          <text x={t.x} y={bottom + 28} textAnchor="middle">
            {t.label}
          </text>
          {t.year && (
            <text x={t.x} y={bottom + 54} textAnchor="middle">
              {t.year}
            </text>
          )}
        </g>
      ))}
      <text className={styles.unit} x={4} y={22}>
        {layout.unit}
      </text>
    </g>
  );
}

function LegendMark({ direction, hollow }: { direction: Direction; hollow: boolean }) {
  return (
    <svg className={styles.legendMark} viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
      <Mark direction={direction} hollow={hollow} />
    </svg>
  );
}

/** What the shapes mean, listing only what this chart uses. */
function Legend({ layout }: { layout: EstimateChartLayout }) {
  const used = new Set(layout.points.map((p) => p.direction));
  const items: [string, ReactNode, string][] = [];
  if (used.has("exact"))
    items.push([
      "exact",
      <LegendMark key="m" direction="exact" hollow={false} />,
      "an exact figure",
    ]);
  if (used.has("about"))
    items.push(["about", <LegendMark key="m" direction="about" hollow={false} />, "“about”"]);
  if (used.has("above"))
    items.push([
      "above",
      <LegendMark key="m" direction="above" hollow={false} />,
      "“more than” or “at least”: the true figure may be higher",
    ]);
  if (used.has("below"))
    items.push([
      "below",
      <LegendMark key="m" direction="below" hollow={false} />,
      "“up to” or “fewer than”: the true figure may be lower",
    ]);
  if (layout.points.some((p) => p.approximate))
    items.push([
      "approximate",
      <LegendMark key="m" direction="about" hollow />,
      "a hollow mark is a date known only to the month (or year): it sits in the middle, and the line beside it covers the whole month",
    ]);
  if (layout.points.some((p) => p.span && !p.approximate))
    items.push([
      "span",
      <span key="m" className={styles.legendLine} aria-hidden="true" />,
      "a line beside a solid mark covers the days the estimate was given over",
    ]);
  if (layout.points.some((p) => p.bar))
    items.push([
      "range",
      <span key="m" className={styles.legendBar} aria-hidden="true" />,
      "a vertical bar runs from the low to the high figure of a range",
    ]);
  return (
    <ul className={styles.legend}>
      {items.map(([key, mark, words]) => (
        <li key={key}>
          {mark} {words}
        </li>
      ))}
    </ul>
  );
}

function describeSeries(estimates: readonly Estimate[], layout: EstimateChartLayout): string {
  const shown = layout.charted.map((i) => estimates[i]!);
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last) return "";
  const n = shown.length;
  const about = (e: Estimate) => `${describeEstimate(e)} (${asOfText(e)}, ${e.estimatedBy})`;
  const parts = [
    n === 1
      ? `One estimate: ${about(first)}.`
      : `${n} estimates of ${seriesWords(layout) ?? "the quantity"} from ${asOfText(first)} to ${asOfText(last)}. The earliest is ${about(first)}; the latest is ${about(last)}.`,
  ];
  if (layout.leftOut.length > 0)
    parts.push(
      `${layout.leftOut.length} ${layout.leftOut.length === 1 ? "estimate" : "estimates"} in other units, stages or rates, or without a number, are not plotted.`,
    );
  parts.push("The table below gives every figure.");
  return parts.join(" ");
}

/**
 * The quantity estimates of one transfer: a dated chart drawn on the server as plain SVG
 * (scales to any width; no script) and the same figures in a table below it.
 */
export function EstimateChart({
  estimates,
  transferRef,
}: {
  estimates: readonly Estimate[];
  transferRef: string;
}) {
  const layout = layoutEstimateChart(
    estimates,
    { width: W, height: H },
    estimates.map((_, i) => i + 1),
  );
  const id = `estimates-${transferRef}`;
  const series = seriesWords(layout);
  const charted = new Set(layout.charted);

  return (
    <div className={styles.wrap}>
      {layout.points.length > 0 && (
        <figure className={styles.figureBox}>
          <svg
            className={styles.chart}
            viewBox={`0 0 ${W} ${H}`}
            width="100%"
            preserveAspectRatio="xMidYMid meet"
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
          >
            <title id={`${id}-title`}>
              {`Estimates of ${series ?? "quantity"} for transfer ${transferRef} by date`}
            </title>
            <desc id={`${id}-desc`}>{describeSeries(estimates, layout)}</desc>
            <Axes layout={layout} />
            {layout.points.map((p) => (
              <Point key={p.index} p={p} />
            ))}
          </svg>
          <figcaption className={styles.caption}>
            <p>
              Each estimate of {series} is placed at the date it was given, at the height of its
              figure. Numbers match the first column of the table below.
            </p>
            <Legend layout={layout} />
          </figcaption>
        </figure>
      )}
      {layout.leftOut.length > 0 && (
        <p>
          The chart shows only the estimates of {series ?? "one kind"}. The{" "}
          {layout.leftOut.length === 1 ? "other estimate counts" : "other estimates count"} another
          unit, stage or rate, or {layout.leftOut.length === 1 ? "gives" : "give"} no number, and
          cannot share its scale (a rate is never added to a total), so{" "}
          {layout.leftOut.length === 1 ? "it appears" : "they appear"} in the table only.
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className={styles.table}>
          <caption id={`${id}-caption`}>Estimates for {transferRef}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Date</th>
              <th scope="col">Estimate</th>
              <th scope="col">Counts</th>
              <th scope="col">Estimated by, and source</th>
            </tr>
          </thead>
          <tbody>
            {estimates.map((e, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>
                  <AsOf e={e} />
                </td>
                <td>
                  {describeEstimate(e)}
                  {!charted.has(i) && <span className={styles.note}>Not in the chart</span>}
                  {e.note && <span className={styles.note}>{e.note}</span>}
                </td>
                <td>{transferStageWords[e.stage]}</td>
                <td>
                  {e.estimatedBy}
                  <span className={styles.source}>
                    Source:{" "}
                    <Link href={`/sources#${e.source.ref}`}>
                      {e.source.publisher} ({e.source.ref})
                    </Link>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
