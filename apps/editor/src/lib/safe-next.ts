/**
 * A "come back to" path after sign-in, only if it stays on this site: an absolute path, not
 * "//host" or "/\host" (which browsers treat as another origin).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
