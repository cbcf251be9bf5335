// The timeline, site-wide (/timeline) or of one investigation (/investigations/<slug>/timeline).
import { type Event, comparePartialDates } from "@armstrail/domain";
import Link from "next/link";
import styles from "~/app/timeline/timeline.module.css";
import { PartialDateText } from "~/components/date";
import { InvestigationNav } from "~/components/investigation-nav";
import { RefLink } from "~/components/links";
import { type Scope, scopedMeta } from "~/lib/investigations";
import { all, data } from "~/server/data";

export function timelineMeta(scope: Scope) {
  return scopedMeta(scope, {
    title: "Timeline",
    description:
      "Dated events, oldest first, each with the people and bodies involved and its sources.",
    path: "/timeline",
  });
}

function groupByYear(events: Event[]): [string, Event[]][] {
  const years = new Map<string, Event[]>();
  for (const e of events) {
    const year = e.date.slice(0, 4);
    const list = years.get(year) ?? [];
    list.push(e);
    years.set(year, list);
  }
  return [...years.entries()];
}

export async function TimelineView({ scope }: { scope: Scope }) {
  const investigation = scope?.slug;
  // The API already returns events in date order; the stable sort only guards that order.
  const events = [
    ...(await all((cursor) => data.events({ limit: 100, cursor, investigation }))),
  ].sort((a, b) =>
    // A month-only date ("2023-03") comes before the days of that month.
    comparePartialDates(a.date, b.date),
  );
  const years = groupByYear(events);

  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="timeline" link={Link} /> : null}
      <h1>Timeline</h1>
      <p>
        {events.length} events, oldest first. Each date is given only as precisely as the sources
        allow: some are known to the day, some only to the month or the year.
      </p>
      {years.length > 1 ? (
        <nav aria-label="Years" className={styles.years}>
          <ul>
            {years.map(([year]) => (
              <li key={year}>
                <a href={`#year-${year}`}>{year}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {events.length === 0 ? <p>No events have been published yet.</p> : null}
      {years.map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`} className={styles.year}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className={styles.events}>
            {list.map((e) => (
              <li key={e.id} id={e.ref} className={styles.event}>
                <p className={styles.date}>
                  <PartialDateText date={e.date} uncertain={e.dateUncertain} />
                  <span className={styles.ref}>{e.ref}</span>
                </p>
                <h3 className={styles.title}>{e.title}</h3>
                {e.actors.length > 0 ? (
                  <p className={styles.meta}>
                    <span className={styles.label}>Involved: </span>
                    {e.actors.map((a, i) => (
                      <span key={a.id}>
                        {i > 0 ? ", " : ""}
                        <RefLink refId={a.ref}>{a.name}</RefLink>
                      </span>
                    ))}
                  </p>
                ) : null}
                {e.sources.length > 0 ? (
                  <p className={styles.meta}>
                    <span className={styles.label}>
                      {e.sources.length === 1 ? "Source: " : "Sources: "}
                    </span>
                    {e.sources.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? "; " : ""}
                        <RefLink refId={s.ref}>
                          {s.ref}: {s.publisher}
                        </RefLink>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
