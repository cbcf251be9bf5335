// What makes a request's address unusable before any page sees it. Next decodes a dynamic
// segment with decodeURIComponent, which throws on malformed percent-encoding (`%C0`, a
// lone `%`), and it answered 500 for that; and no page or procedure can take a NUL byte
// (PostgreSQL refuses one in text). Pure, so the proxy stays small and this is tested.

export type AddressProblem = "malformed" | "nul" | null;

export function addressProblem(pathname: string, search: string): AddressProblem {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return "malformed";
  }
  if (path.includes("\u0000")) return "nul";
  // Query values are decoded leniently (a bad escape stays as it is), so only a NUL matters.
  for (const [key, value] of new URLSearchParams(search))
    if (key.includes("\u0000") || value.includes("\u0000")) return "nul";
  return null;
}
