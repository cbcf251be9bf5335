// Reading a refused save: the API's `data.conflict` has one shape for every versioned record
// (the domain's ConflictDetails), parsed here once; the words say who saved in between,
// when, and the version it is at now.
import { type ConflictDetails, parseConflictDetails } from "@armstrail/domain";
import { formatInstant } from "./words";

/** The conflict details of an error's data, or null when it carries none (or they are malformed). */
export function conflictOf(
  data: { conflict?: unknown } | null | undefined,
): ConflictDetails | null {
  return parseConflictDetails(data?.conflict ?? null);
}

export function describeConflict(details: ConflictDetails | null): string {
  if (!details) return "Someone else saved this record after you opened it.";
  const who = details.lastChange?.by?.name ?? "Someone else";
  const when = details.lastChange ? ` (${formatInstant(details.lastChange.at)})` : "";
  return `${who} saved this record after you opened it${when}; it is now at version ${details.currentVersion}.`;
}
