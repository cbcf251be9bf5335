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

/**
 * The citation line for a dataset, retrieved on `at` from `url`: one investigation's, named by
 * its title, or the whole site's. The year is the year of retrieval, as the data keeps changing.
 */
export function citation(at: Date, url: string, investigationTitle?: string): string {
  const what = investigationTitle
    ? `${investigationTitle.replace(/[.\s]+$/, "")}: checked claims and records`
    : "Arms transfers: checked claims and records of every investigation";
  return `Arms Trail (${at.getUTCFullYear()}). ${what}. Retrieved ${retrievedDate(at)} from ${url}.`;
}

/** Headers for a file download, with a filename a browser will save it under. */
export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
  };
}
