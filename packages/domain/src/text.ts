import { z } from "zod";

/**
 * Free text typed by people. Trimmed, bounded, and free of control characters other
 * than newlines and tabs (C0 and C1), and of the bidirectional override and isolate
 * marks that can make a sentence display differently from what it says.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const noControl = [
  (s: string) => !CONTROL.test(s),
  { message: "Must not contain control characters" },
] as const;

export function text(max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min, { message: min === 1 ? "Must not be empty" : `Must be at least ${min} characters` })
    .max(max, { message: `Must be at most ${max} characters` })
    .refine(...noControl);
}

/**
 * Words to search or filter by: trimmed, bounded, and free of the same control characters.
 * Not stored, but compared in PostgreSQL, which cannot take a NUL in text at all: one
 * would fail the query (a 500) where it must be a bad request.
 */
export function searchText({
  max,
  min = 0,
  tooShort = `Search for at least ${min} characters`,
}: {
  max: number;
  min?: number;
  tooShort?: string;
}) {
  return z
    .string()
    .trim()
    .min(min, { message: tooShort })
    .max(max, { message: `Search for at most ${max} characters` })
    .refine(...noControl);
}

export function optionalText(max: number) {
  return text(max).nullable();
}

export const UrlSchema = z
  .url({ protocol: /^https?$/, message: "Expected an http or https address" })
  .max(2000);

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: "Expected an ISO 3166-1 alpha-2 country code such as KP" });
