// When a dossier's actor, source or sanction is one we already hold. Refs never decide it
// (an id equal to one of ours is a coincidence); only an explicit match does: a shared
// identifier, the exact address of a source, the exact instrument of a sanction, or the
// exact name and country of an actor. Anything close but not exact is a near miss, reported
// for a person to confirm or refuse, never linked on its own. Pure: the register comes in.

/** A file record of the shared kinds, as the matcher compares it. */
export interface DossierCandidate {
  kind: "actor" | "source" | "sanction";
  /** What a person recognises it by: an actor's name, a source's title, an instrument. */
  label: string;
  country?: string | null;
  aliases?: readonly string[];
  identifiers?: readonly { scheme: string; value: string }[];
  url?: string | null;
  publisher?: string | null;
}

/** A record of the shared register: the same, with its ref. */
export interface RegisterEntry extends DossierCandidate {
  ref: string;
}

export interface MatchFinding {
  ref: string;
  label: string;
  reason: string;
}

/** Case, accents, punctuation and spacing set aside: "HARBOUR Répúblic" ~ "Harbour Republic". */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An address with its scheme, "www.", trailing slash and host case set aside. */
export function foldAddress(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)(.*)$/i.exec(url.trim());
  if (!m) return url.trim();
  const host = m[1]!.toLowerCase().replace(/^www\./, "");
  return `${host}${m[2]!.replace(/\/+$/, "")}`;
}

/** Edit distance, stopping early once it exceeds `max` (names are short). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** Transliterations differ by a letter or two: one edit per eight letters, at least one. */
const spellingClose = (a: string, b: string) =>
  a.length >= 5 && b.length >= 5 && withinEdits(a, b, Math.max(1, Math.floor(a.length / 8)));

/** Exact matches (linkable) and near misses (for a person) of one file record. */
export function findMatches(
  c: DossierCandidate,
  register: readonly RegisterEntry[],
): { matches: MatchFinding[]; nearMisses: MatchFinding[] } {
  const matches: MatchFinding[] = [];
  const nearMisses: MatchFinding[] = [];
  const found = (list: MatchFinding[], r: RegisterEntry, reason: string) =>
    list.push({ ref: r.ref, label: r.label, reason });
  const folded = foldName(c.label);
  for (const r of register) {
    if (r.kind !== c.kind) continue;
    if (c.kind === "actor") {
      const shared = (c.identifiers ?? []).find((i) =>
        (r.identifiers ?? []).some((j) => j.scheme === i.scheme && j.value === i.value),
      );
      if (shared) {
        found(matches, r, `same identifier (${shared.scheme} ${shared.value})`);
        continue;
      }
      const sameCountry = (c.country ?? null) === (r.country ?? null);
      if (c.label === r.label && sameCountry) {
        found(matches, r, `same name and country (${c.country ?? "none"})`);
        continue;
      }
      if (c.label === r.label) {
        found(nearMisses, r, `same name, another country (${r.country ?? "none"})`);
        continue;
      }
      const rFolded = foldName(r.label);
      if (folded === rFolded) {
        found(nearMisses, r, "same name but for case, accents or punctuation");
        continue;
      }
      const theirs = [r.label, ...(r.aliases ?? [])].map(foldName);
      const ours = [c.label, ...(c.aliases ?? [])].map(foldName);
      const alias = ours.find((n) => theirs.includes(n));
      if (alias !== undefined) {
        found(nearMisses, r, `a name or alias in common ("${alias}")`);
        continue;
      }
      if (spellingClose(folded, rFolded)) found(nearMisses, r, "name spelt closely");
    } else if (c.kind === "source") {
      if (c.url && r.url && c.url === r.url) {
        found(matches, r, "same address");
        continue;
      }
      if (c.url && r.url && foldAddress(c.url) === foldAddress(r.url)) {
        found(nearMisses, r, "address differs only in form");
        continue;
      }
      if (
        folded === foldName(r.label) &&
        foldName(c.publisher ?? "") === foldName(r.publisher ?? "")
      )
        found(nearMisses, r, "same title and publisher, another address");
    } else {
      if (c.label === r.label) {
        found(matches, r, "same instrument");
        continue;
      }
      if (folded === foldName(r.label)) found(nearMisses, r, "instrument written differently");
    }
  }
  // Two exact matches are no match: a person chooses.
  if (matches.length > 1) return { matches: [], nearMisses: [...matches, ...nearMisses] };
  return { matches, nearMisses };
}
