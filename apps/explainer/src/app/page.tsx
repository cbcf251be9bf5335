import { verdictWords } from "@armstrail/domain";
import { publicApi } from "~/server/api";

// Rendered on the server from the database on each request for now; the explainer issue
// moves pages to cached rendering with on-demand revalidation.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const api = publicApi();
  const [claims, counts] = await Promise.all([
    api.claim.list({ limit: 100 }),
    api.claim.counts({}),
  ]);
  return (
    <>
      <h1>The Russia–North Korea arms trade, checked claim by claim</h1>
      <p>
        {counts.total} published claims from one op-ed, each checked against public sources and
        given a verdict.
      </p>
      <ul className="counts" aria-label="Claims by verdict">
        {Object.entries(counts.byVerdict).map(([verdict, n]) => (
          <li key={verdict}>
            <span className={`verdict verdict-${verdict}`}>
              {verdictWords[verdict as keyof typeof verdictWords]}
            </span>{" "}
            {n}
          </li>
        ))}
      </ul>
      <h2>Claims</h2>
      <ol className="claims">
        {claims.items.map((c) => (
          <li key={c.id} id={c.ref}>
            <span className="ref">{c.ref}</span>
            <span className={`verdict verdict-${c.verdict}`}>{verdictWords[c.verdict]}</span>
            <p>{c.statement}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
