// Words for a refused save: who saved in between, when, and the version it is at now.
import { formatInstant } from "./words";

/** A readable value from the first of `keys` present: text, a number, or a person's name. */
function pickFrom(from: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = from[k];
    if (typeof v === "string" && v) return v;
    if (typeof v === "number") return String(v);
    if (v && typeof v === "object" && "name" in v && typeof v.name === "string") return v.name;
  }
  return null;
}

/** Reads who saved and when from conflict details, whatever names the service gives them. */
export function describeConflict(details: Record<string, unknown> | null): string {
  if (!details) return "Someone else saved this record after you opened it.";
  const pick = (...keys: string[]) => pickFrom(details, ...keys);
  const last =
    details.lastChange && typeof details.lastChange === "object"
      ? (details.lastChange as Record<string, unknown>)
      : {};
  const who = pick("savedBy", "updatedBy", "author") ?? pickFrom(last, "by");
  const when = pick("savedAt", "updatedAt") ?? pickFrom(last, "at");
  const version = pick("currentVersion", "version", "actualVersion");
  return [
    `${who ?? "Someone else"} saved this record after you opened it`,
    when ? ` (${formatInstant(when)})` : "",
    version ? `; it is now at version ${version}` : "",
    ".",
  ].join("");
}
