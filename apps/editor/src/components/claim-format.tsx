// How claim values read in the conflict panel and the revision diff: evidence and subjects
// as one line each, enumerations in words. All text is rendered as text.
import {
  type Likelihood,
  confidenceWords,
  likelihoodScale,
  verdictWords,
  claimTypeWords,
  subjectKindWords,
} from "@armstrail/domain";
import type { ReactNode } from "react";
import type { EvidenceRow, SubjectRow } from "~/lib/claim-fields";

const likelihoodWords = Object.fromEntries(
  Object.entries(likelihoodScale).map(([k, v]) => [k, v.words]),
) as Record<Likelihood, string>;

/** The word for an enumeration value; an unknown value is shown as it is. */
function wordFor<T extends string>(words: Record<T, string>, value: unknown): string {
  const key = String(value) as T;
  return Object.hasOwn(words, key) ? words[key] : String(value);
}

export function formatClaimValue(key: string, value: unknown): ReactNode | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  switch (key) {
    case "verdict":
      return wordFor(verdictWords, value);
    case "claimType":
      return wordFor(claimTypeWords, value);
    case "likelihood":
      return wordFor(likelihoodWords, value);
    case "confidence":
      return wordFor(confidenceWords, value);
    case "evidence": {
      const rows = value as EvidenceRow[];
      if (!rows.length) return undefined;
      return (
        <ol className="value-list">
          {rows.map((r, i) => (
            <li key={i}>
              <strong>{r.source || "(no source)"}</strong>{" "}
              <span className="muted">
                {r.reliability === "" && r.credibility === ""
                  ? "not yet graded"
                  : `${r.reliability || "?"}${r.credibility || "?"}`}
              </span>
              {" — "}
              <span className="text">{r.supports}</span>
            </li>
          ))}
        </ol>
      );
    }
    case "subjects": {
      const rows = value as SubjectRow[];
      if (!rows.length) return undefined;
      return (
        <ul className="value-list">
          {rows.map((r, i) => (
            <li key={i}>
              {subjectKindWords[r.kind]} {r.ref}
            </li>
          ))}
        </ul>
      );
    }
    default:
      return undefined;
  }
}
