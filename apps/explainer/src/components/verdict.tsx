import { type Verdict, verdictWords } from "@armstrail/domain";

/** A verdict as a badge: colour plus words, so it never relies on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict-${verdict}`}>{verdictWords[verdict]}</span>;
}
