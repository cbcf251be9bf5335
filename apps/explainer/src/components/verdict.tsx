import { type Verdict, VerdictSchema, verdictWords } from "@armstrail/domain";

/** A verdict as a badge: colour plus words, so it never relies on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict-${verdict}`}>{verdictWords[verdict]}</span>;
}

/**
 * Claims counted by verdict, one badge and number for each of the six, each a plain link when
 * `href` gives one (the story and the home page carry no client runtime).
 */
export function VerdictCounts({
  counts,
  label,
  href,
}: {
  counts: { byVerdict: Partial<Record<Verdict, number>> };
  label: string;
  href?: (verdict: Verdict) => string;
}) {
  return (
    <ul className="counts" aria-label={label}>
      {VerdictSchema.options.map((v) => {
        const badge = (
          <>
            <VerdictBadge verdict={v} /> {counts.byVerdict[v] ?? 0}
          </>
        );
        return <li key={v}>{href ? <a href={href(v)}>{badge}</a> : badge}</li>;
      })}
    </ul>
  );
}
