export const dynamic = "force-dynamic";

import { SearchInputSchema, type SearchHit } from "@armstrail/domain";
import Link from "next/link";
import type { ReactNode } from "react";
import { hrefFor } from "~/components/links";
import { pageMetadata } from "~/lib/metadata";
import { data } from "~/server/data";
import styles from "./search.module.css";

export const metadata = pageMetadata({
  title: "Search",
  description:
    "Search the published claims, actors, transfers and sanctions of every Arms Trail investigation.",
  path: "/search",
});

const MIN = 2;
const MAX = 200;

const groups: { kind: SearchHit["kind"]; heading: string; one: string; many: string }[] = [
  { kind: "claim", heading: "Claims", one: "claim", many: "claims" },
  { kind: "actor", heading: "Actors", one: "actor", many: "actors" },
  { kind: "transfer", heading: "Transfers", one: "transfer", many: "transfers" },
  { kind: "sanction", heading: "Sanctions", one: "sanction", many: "sanctions" },
];

type SearchParams = Record<string, string | string[] | undefined>;

/** The snippet with each occurrence of the query marked (bold as well as highlighted). */
function highlight(text: string, query: string): ReactNode[] {
  const lower = text.toLocaleLowerCase();
  const q = query.toLocaleLowerCase();
  const out: ReactNode[] = [];
  let from = 0;
  for (let at = lower.indexOf(q); at >= 0 && q.length > 0; at = lower.indexOf(q, from)) {
    if (at > from) out.push(text.slice(from, at));
    out.push(<mark key={at}>{text.slice(at, at + q.length)}</mark>);
    from = at + q.length;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const sp = await searchParams;
  const raw = Array.isArray(sp.q) ? (sp.q[0] ?? "") : (sp.q ?? "");
  const query = raw.trim().replace(/\s+/g, " ");
  const asked = raw !== "" || sp.q !== undefined;

  let message: string | null = null;
  let hits: SearchHit[] | null = null;
  if (!asked) {
    message = null;
  } else if (query.length < MIN) {
    message = `Please type at least ${MIN} characters to search, for example “shells” or “port”.`;
  } else if (query.length > MAX) {
    message = `That search is too long. Please use at most ${MAX} characters.`;
  } else {
    // Whatever else the API would refuse (control characters) is said here, not a 500.
    const checked = SearchInputSchema.shape.query.safeParse(query);
    if (checked.success) hits = (await data.search(checked.data)).hits;
    else
      message = `That search cannot be run: ${checked.error.issues[0]?.message ?? "it is not valid"}.`;
  }

  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" className={styles.form}>
        <label htmlFor="q">Search claims, actors, transfers and sanctions</label>
        <div className={styles.row}>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={raw}
            maxLength={MAX}
            autoComplete="off"
            aria-describedby="q-hint"
          />
          <button type="submit">Search</button>
        </div>
        <p id="q-hint" className="muted">
          At least {MIN} characters. Searches only what we have published.
        </p>
      </form>

      {message ? (
        <p className={styles.message} role="status">
          {message}
        </p>
      ) : null}

      {hits !== null ? <Results hits={hits} query={query} /> : null}
    </>
  );
}

function Results({ hits, query }: { hits: SearchHit[]; query: string }) {
  if (hits.length === 0) {
    return (
      <section aria-labelledby="results">
        <h2 id="results">No results</h2>
        <p>
          Nothing we have published matches “{query}”. Try a different word, or browse the{" "}
          <Link href="/claims">claims</Link> and <Link href="/sources">sources</Link>.
        </p>
      </section>
    );
  }
  const present = groups
    .map((g) => ({ ...g, items: hits.filter((h) => h.kind === g.kind) }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="results">
      <h2 id="results">
        {`${hits.length} ${hits.length === 1 ? "result" : "results"} for “${query}”`}
      </h2>
      <ul className={styles.summary}>
        {present.map((g) => (
          <li key={g.kind}>
            <a href={`#${g.kind}-results`}>
              {`${g.items.length} ${g.items.length === 1 ? g.one : g.many}`}
            </a>
          </li>
        ))}
      </ul>
      {present.map((g) => (
        <section key={g.kind} aria-labelledby={`${g.kind}-results`}>
          <h3 id={`${g.kind}-results`}>
            {g.heading} <span className="muted">({g.items.length})</span>
          </h3>
          <ol className={styles.hits}>
            {g.items.map((h) => (
              <li key={h.id}>
                <p className={styles.hitTitle}>
                  <span className="ref">{h.ref}</span>
                  <Link href={hrefFor(h.ref)}>{h.title}</Link>
                </p>
                {h.snippet && h.snippet !== h.title ? (
                  <p className={styles.snippet}>{highlight(h.snippet, query)}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
