/** The terms the downloads are published under, and how to cite them. Pure. */
import { formatPartialDate } from "@armstrail/domain";

export const DATA_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  spdx: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const CODE_LICENCE = {
  name: "Apache License 2.0",
  spdx: "Apache-2.0",
  url: "https://www.apache.org/licenses/LICENSE-2.0",
} as const;

/** "5 March 2026", in UTC so the server's time zone does not change the words. */
export function retrievedDate(at: Date): string {
  return formatPartialDate(at.toISOString().slice(0, 10));
}

/** The citation line for the dataset, retrieved on `at` from `url`. */
export function citation(at: Date, url: string): string {
  return `Arms Trail (2026). Russia–North Korea arms transfers: checked claims and records. Retrieved ${retrievedDate(at)} from ${url}.`;
}

/** Headers for a file download, with a filename a browser will save it under. */
export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
  };
}
