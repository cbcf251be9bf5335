/**
 * CSV writing for the downloads: RFC 4180 (CRLF line ends; a field is quoted when it holds a
 * comma, a double quote, CR or LF, and inner quotes are doubled), with spreadsheet formula
 * injection defused. Pure: no I/O, so it runs the same in a route handler and in a test.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text field that begins with one of these is read as a formula by Excel, LibreOffice and
 * Google Sheets (OWASP "CSV injection"). Tab and CR are on OWASP's list as well.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, made safe for spreadsheets and quoted when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  // Numbers are written by us, never by a reader, and are non-negative: only text needs defusing.
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: a header row, then one row per record, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const width = header.length;
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) {
    if (row.length !== width) {
      throw new RangeError(`A CSV row has ${row.length} fields; the header has ${width}`);
    }
    lines.push(row.map(csvField).join(","));
  }
  return lines.map((l) => `${l}\r\n`).join("");
}

/** Joins several values into one field ("S01;S07"), dropping empties and repeats. */
export function joinList(values: readonly (string | null | undefined)[], separator = ";"): string {
  const seen = new Set<string>();
  for (const v of values) if (v) seen.add(v);
  return [...seen].join(separator);
}
