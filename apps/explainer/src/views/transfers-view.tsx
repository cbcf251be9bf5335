// The transfers, site-wide (/transfers) or of one investigation (/investigations/<slug>/transfers).
import { itemCategoryWords, refOrder, transferStatusWords } from "@armstrail/domain";
import Link from "next/link";
import styles from "~/app/transfers/transfers.module.css";
import { InvestigationNav } from "~/components/investigation-nav";
import { Direction, LatestEstimate, Period } from "~/components/record-parts";
import { type Scope, scopedMeta } from "~/lib/investigations";
import { all, data } from "~/server/data";

export function transfersMeta(scope: Scope) {
  return scopedMeta(scope, {
    title: "Transfers",
    description:
      "Every published transfer of arms and related goods: who sent what to whom, when, how sure the sources are, and the latest estimate of how much.",
    path: "/transfers",
  });
}

export async function TransfersView({ scope }: { scope: Scope }) {
  const investigation = scope?.slug;
  const transfers = (
    await all((cursor) => data.transfers({ limit: 100, cursor, investigation }))
  ).sort(refOrder);
  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="transfers" link={Link} /> : null}
      <h1>Transfers</h1>
      <p>
        Each transfer is a flow of goods from a supplier to a recipient that the sources describe.
        The status says how far it is established; the latest estimate is the most recent published
        figure for how much moved. Open a transfer for its route, every estimate over time, the
        sanctions it would breach and the claims about it.
      </p>
      {transfers.length === 0 ? (
        <p>No transfers are published yet.</p>
      ) : (
        <>
          <p className="muted">
            {transfers.length} published {transfers.length === 1 ? "transfer" : "transfers"}.
          </p>
          <ol className={styles.cards}>
            {transfers.map((t) => (
              <li key={t.id}>
                <h2 className={styles.cardTitle}>
                  <Link href={`/transfers/${t.ref}`}>
                    <span className="ref">{t.ref}</span>
                    {t.designation ?? itemCategoryWords[t.itemCategory]}
                  </Link>
                </h2>
                <p className={styles.direction}>
                  <Direction t={t} />
                </p>
                <dl className={styles.cardFacts}>
                  <div>
                    <dt>Items</dt>
                    <dd>{itemCategoryWords[t.itemCategory]}</dd>
                  </div>
                  <div>
                    <dt>Status</dt>
                    <dd>{transferStatusWords[t.status]}</dd>
                  </div>
                  <div>
                    <dt>Period</dt>
                    <dd>
                      <Period start={t.periodStart} end={t.periodEnd} />
                    </dd>
                  </div>
                  <div>
                    <dt>Latest estimate</dt>
                    <dd>
                      <LatestEstimate estimates={t.estimates} />
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
