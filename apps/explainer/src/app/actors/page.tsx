export const dynamic = "force-dynamic";

import { refOrder } from "@armstrail/domain";
import Link from "next/link";
import { pageMetadata } from "~/lib/metadata";
import { actorKindHeadings, countryName } from "~/lib/record-words";
import { all, data } from "~/server/data";
import styles from "./actors.module.css";

export const metadata = pageMetadata({
  title: "Actors",
  description:
    "The states, government bodies, companies, people, ports, vessels and facilities our investigations name, in one register shared by all of them, grouped by kind.",
  path: "/actors",
});

export default async function ActorsPage() {
  const actors = (await all((cursor) => data.actors({ limit: 100, cursor }))).sort(refOrder);
  const groups = actorKindHeadings
    .map(([kind, heading]) => ({
      kind,
      heading,
      actors: actors
        .filter((a) => a.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name, "en-GB")),
    }))
    .filter((g) => g.actors.length > 0);

  return (
    <>
      <h1>Actors</h1>
      <p>
        Everyone and everything the published records name: {actors.length} actors, from states to
        single ships. Each page shows what the actor sent, received or carried, the sanctions that
        name it and the claims about it.
      </p>

      <nav aria-labelledby="kinds-heading" className={styles.jump}>
        <h2 id="kinds-heading" className="sr-only">
          Kinds of actor
        </h2>
        <ul>
          {groups.map((g) => (
            <li key={g.kind}>
              <a href={`#${g.kind}`}>
                {g.heading} <span className="muted">({g.actors.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={g.kind} className={styles.group}>
          <h2 id={g.kind}>{g.heading}</h2>
          <ul className={styles.list}>
            {g.actors.map((a) => (
              <li key={a.id}>
                <Link href={`/actors/${a.ref}`}>{a.name}</Link>
                <span className="muted"> {a.country ? countryName(a.country) : "no country"}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
