import { z } from "zod";

export type DatePrecision = "year" | "month" | "day";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for "2024", "2024-02" and "2024-02-29"; false for "2023-02-29" or "2024-13". */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A date known only as precisely as the sources give it: a year, a month or a day.
 * Stored as the ISO prefix ("2024-02"), never padded to a fake day. ISO prefixes sort
 * correctly as strings: "2024-02" < "2024-02-16" < "2024-03".
 */
export const PartialDateSchema = z.string().refine(isPartialDate, {
  message: "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar",
});
export type PartialDate = z.infer<typeof PartialDateSchema>;

export function datePrecision(date: PartialDate): DatePrecision {
  if (date.length === 4) return "year";
  if (date.length === 7) return "month";
  return "day";
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024" -> "2024"; "2024-02" -> "February 2024"; "2024-02-26" -> "26 February 2024". */
export function formatPartialDate(date: PartialDate): string {
  const [y, m, d] = date.split("-");
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/**
 * Orders partial dates by their start, and a less precise date before the more precise
 * dates it contains ("2024-02" before "2024-02-01"), which is how a timeline reads.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last partial date that `date` could stand for, at day precision, for range checks. */
export function latestDayOf(date: PartialDate): string {
  const [y, m, d] = date.split("-");
  if (d !== undefined) return date;
  const year = Number(y);
  if (m === undefined) return `${y}-12-31`;
  return `${y}-${m}-${String(daysInMonth(year, Number(m))).padStart(2, "0")}`;
}

/** A period whose end, when known, does not come before its start. */
export function isOrderedPeriod(start: PartialDate | null, end: PartialDate | null): boolean {
  if (start === null || end === null) return true;
  // "2024-02" to "2024-02-10" is fine: the end may fall inside the start's month.
  return latestDayOf(end) >= start;
}
