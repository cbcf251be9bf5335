/** The list with rows `a` and `b` changed places; the list given is left as it was. */
export function swap<T>(items: readonly T[], a: number, b: number): T[] {
  const out = [...items];
  [out[a], out[b]] = [out[b]!, out[a]!];
  return out;
}
