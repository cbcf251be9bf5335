export const dynamic = "force-dynamic";

import { type Source, refOrder, sourceKindWords } from "@armstrail/domain";
import { sourceKindHeadings } from "~/components/claim-labels";
import { PartialDateText } from "~/components/date";
import { hostOf } from "~/components/source-citation";
import { pageMetadata } from "~/lib/metadata";
import { all, data } from "~/server/data";
import styles from "./sources.module.css";

export const metadata = pageMetadata({
  title: "Sources",
  description:
    "Every source behind the published claims and records of our investigations: publisher, title, date, kind and a link to the original.",
  path: "/sources",
});

export default async function SourcesPage() {
  const sources = await all((cursor) => data.sources({ limit: 100, cursor }));
  const groups = sourceKindHeadings
    .map(([kind, heading]) => ({
      kind,
      heading,
      items: sources.filter((s) => s.kind === kind).sort(refOrder),
    }))
    .filter((g) => g.items.length > 0);
  const undated = sources.filter((s) => s.published === null).length;
  const descriptive = sources.filter((s) => s.titleIsDescriptive).length;

  return (
    <>
      <h1>Sources</h1>
      <p>
        These are the {sources.length} sources behind our published claims and records, grouped by
        kind. Each has a reference such as S07, which the claim pages link to.
      </p>
      <p className="muted">
        Where no headline was visible on the page, the title is our own description and is marked as
        such ({descriptive} sources). Dates are given only as precisely as the source shows them;{" "}
        {undated} sources have no date recorded.
      </p>

      <nav aria-labelledby="kinds" className={styles.toc}>
        <h2 id="kinds">Kinds of source</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.kind}>
              <a href={`#kind-${g.kind}`}>{g.heading}</a>{" "}
              <span className="muted">({g.items.length})</span>
            </li>
          ))}
        </ul>
      </nav>

      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`}>
            {g.heading} <span className="muted">({g.items.length})</span>
          </h2>
          <ol className={styles.list}>
            {g.items.map((s) => (
              <SourceItem key={s.ref} source={s} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function SourceItem({ source: s }: { source: Source }) {
  return (
    <li id={s.ref} className={styles.item}>
      <p className={styles.head}>
        <span className="ref">{s.ref}</span>
        <span className={styles.publisher}>{s.publisher}</span>
      </p>
      <p className={styles.title}>
        {s.titleIsDescriptive ? (
          <>
            {s.title} <span className={styles.flag}>description, no headline visible</span>
          </>
        ) : (
          <cite>{s.title}</cite>
        )}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>Date</dt>
          <dd>
            {s.published ? (
              <PartialDateText date={s.published} />
            ) : (
              <span className="muted">Not known</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>
            {sourceKindWords[s.kind]}
            {s.kindNote ? <span className="muted"> ({s.kindNote})</span> : null}
          </dd>
        </div>
      </dl>
      <p className={styles.link}>
        <a href={s.url} rel="noopener">
          Read at {hostOf(s.url)}
          <span className="sr-only">
            : {s.titleIsDescriptive ? s.publisher : s.title} (external site)
          </span>
        </a>
      </p>
    </li>
  );
}
