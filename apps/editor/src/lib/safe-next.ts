// Where to go back to after signing in, from the `next` query parameter. Anything a browser
// could resolve to another site is refused: "//host", "/\host", "/<tab>/host" (browsers drop
// tabs and newlines from addresses), "/.//host" (which normalises to "//host"), schemes.
const HOME = "/";
// A base of our own that no real address shares, so "same origin" means "a path here".
const BASE = "http://editor.invalid";

/** A path on this site to return to after sign-in; "/" for anything else. */
export function safeNext(next: unknown): string {
  // A repeated parameter arrives as an array; only a single path is meant.
  if (typeof next !== "string" || !next.startsWith("/")) return HOME;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return HOME;
  }
  if (url.origin !== BASE) return HOME;
  // The parser's own serialisation: control characters are gone or percent-encoded, so the
  // value is safe in a Location header and in `location.assign`.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") || path.startsWith("/\\") ? HOME : path;
}
