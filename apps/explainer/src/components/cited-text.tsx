import { type Story, verdictWords } from "@armstrail/domain";

type Segment = Story["sections"][number]["blocks"][number]["segments"][number];

/**
 * A paragraph of the story with its footnote markers. Each marker names the claim the
 * sentence rests on, shows its verdict, and opens the claim with its evidence. Plain
 * links: the story carries no client runtime for `next/link` to run in.
 */
export function CitedParagraph({ segments }: { segments: Segment[] }) {
  return (
    <p>
      {segments.map((s, i) => (
        <span key={i}>
          {s.text}
          {s.citations.length > 0 && (
            <sup className="cites">
              {s.citations.map((c) => (
                <a
                  key={c.ref}
                  href={`/claims/${c.ref}`}
                  className={`fn fn-${c.verdict}`}
                  title={`${c.ref}, ${verdictWords[c.verdict].toLowerCase()}: ${c.statement}`}
                  aria-label={`Claim ${c.ref}, rated ${verdictWords[c.verdict].toLowerCase()}`}
                >
                  {c.ref}
                </a>
              ))}
            </sup>
          )}
        </span>
      ))}
    </p>
  );
}
