// Pure comparison and merge logic behind the conflict panel and the revision diff. No React
// here, so the rules that decide what a person sees as "changed" are unit-tested.

export type Values = Record<string, unknown>;

/** Order-sensitive structural equality for JSON-shaped form values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // An empty text box and a missing optional value mean the same to a reader.
  if (isBlank(a) && isBlank(b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ao = a as Values;
  const bo = b as Values;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export type Side = "theirs" | "mine";

export interface FieldConflict {
  key: string;
  base: unknown;
  theirs: unknown;
  mine: unknown;
  /** The other person changed it since the version this form was based on. */
  theirsChanged: boolean;
  /** This person changed it in the form. */
  mineChanged: boolean;
  /** Both changed it, to different values: a person has to choose. */
  clash: boolean;
  /** What the merge takes when nobody chooses: the side that changed it, or none for a clash. */
  suggested: Side | null;
}

/**
 * Three-way comparison of the version a form started from (base), what was saved since
 * (theirs) and the form (mine). Only fields somebody changed are returned.
 */
export function threeWay(
  base: Values,
  theirs: Values,
  mine: Values,
  keys: readonly string[],
): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const key of keys) {
    const theirsChanged = !sameValue(base[key], theirs[key]);
    const mineChanged = !sameValue(base[key], mine[key]);
    if (!theirsChanged && !mineChanged) continue;
    const clash = theirsChanged && mineChanged && !sameValue(theirs[key], mine[key]);
    out.push({
      key,
      base: base[key],
      theirs: theirs[key],
      mine: mine[key],
      theirsChanged,
      mineChanged,
      clash,
      suggested: clash ? null : mineChanged ? "mine" : "theirs",
    });
  }
  return out;
}

/**
 * The merged values to save against the new version: theirs everywhere, except the fields
 * where this person chose (or the suggestion was) to keep their own.
 */
export function mergeValues<T extends Values>(
  theirs: T,
  mine: T,
  fields: readonly FieldConflict[],
  choices: Readonly<Record<string, Side>>,
): T {
  const merged: Values = { ...theirs };
  for (const f of fields) {
    const side = choices[f.key] ?? f.suggested;
    if (side === "mine") merged[f.key] = mine[f.key];
  }
  return merged as T;
}

/** Fields that still need a person's choice before the merge can be saved. */
export function unresolved(
  fields: readonly FieldConflict[],
  choices: Readonly<Record<string, Side>>,
): string[] {
  return fields.filter((f) => f.clash && !choices[f.key]).map((f) => f.key);
}

/** Keys whose values differ between two revisions, in the order given. */
export function changedKeys(left: Values, right: Values, keys: readonly string[]): string[] {
  return keys.filter((k) => !sameValue(left[k], right[k]));
}

export type Piece = { text: string; kind: "same" | "removed" | "added" };

/**
 * Word-level difference of two texts (longest common subsequence over words and the
 * spaces between them), for showing what changed inside a long finding. Texts longer than
 * the limit are compared whole, which keeps the table small for the browser.
 */
export function wordDiff(left: string, right: string, limit = 4000): Piece[] {
  if (left === right) return [{ text: left, kind: "same" }];
  const a = tokens(left);
  const b = tokens(right);
  if (a.length * b.length > limit * limit) {
    return [
      { text: left, kind: "removed" },
      { text: right, kind: "added" },
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: Piece[] = [];
  const push = (text: string, kind: Piece["kind"]) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else out.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(a[i]!, "same");
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      push(a[i++]!, "removed");
    } else {
      push(b[j++]!, "added");
    }
  }
  while (i < a.length) push(a[i++]!, "removed");
  while (j < b.length) push(b[j++]!, "added");
  return out;
}

function tokens(s: string): string[] {
  return s.match(/\s+|[^\s]+/g) ?? [];
}
