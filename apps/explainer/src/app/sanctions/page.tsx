export const dynamic = "force-dynamic";

import { refOrder, sanctionStatusWords } from "@armstrail/domain";
import Link from "next/link";
import { PartialDateText } from "~/components/date";
import { ActorLink } from "~/components/record-parts";
import { pageMetadata } from "~/lib/metadata";
import { all, data } from "~/server/data";
import styles from "./sanctions.module.css";

export const metadata = pageMetadata({
  title: "Sanctions",
  description:
    "The sanctions and designations that bear on the transfers we track: each measure, who imposed it, what it prohibits, who watches over it and the transfers that would breach it.",
  path: "/sanctions",
});

export default async function SanctionsPage() {
  const sanctions = (await all((cursor) => data.sanctions({ limit: 100, cursor }))).sort(refOrder);
  const regimes = [...new Set(sanctions.map((s) => s.regime))];

  return (
    <>
      <h1>Sanctions</h1>
      <p>
        The measures that forbid or restrict the trade, grouped by regime. Each page sets out what
        the measure prohibits, who is designated under it, who monitors it and which transfers would
        breach it.
      </p>
      {sanctions.length === 0 && <p>No sanctions are published yet.</p>}
      {regimes.map((regime, r) => (
        <section key={regime} aria-labelledby={`regime-${r}`} className={styles.group}>
          <h2 id={`regime-${r}`}>{regime}</h2>
          <ul className={styles.list}>
            {sanctions
              .filter((s) => s.regime === regime)
              .map((s) => (
                <li key={s.id}>
                  <p className={styles.title}>
                    <Link href={`/sanctions/${s.ref}`}>
                      {s.ref}: {s.instrument}
                    </Link>
                  </p>
                  <p className={styles.meta}>
                    <span>
                      <span className="muted">Status:</span> {sanctionStatusWords[s.status]}
                    </span>
                    {s.adopted && (
                      <span>
                        <span className="muted">Adopted:</span> <PartialDateText date={s.adopted} />
                      </span>
                    )}
                    {s.imposedBy && (
                      <span>
                        <span className="muted">Imposed by:</span> <ActorLink actor={s.imposedBy} />
                      </span>
                    )}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
