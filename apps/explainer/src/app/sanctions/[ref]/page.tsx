export const dynamic = "force-dynamic";

import {
  type Sanction,
  latestDayOf,
  itemCategoryWords,
  sanctionStatusWords,
  transferStatusWords,
} from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { PartialDateText } from "~/components/date";
import {
  ActorLink,
  ClaimsAndSources,
  Direction,
  Facts,
  Section,
  StatusText,
} from "~/components/record-parts";
import { pageMetadata } from "~/lib/metadata";
import { data } from "~/server/data";
import { orNotFound } from "~/server/not-found";
import styles from "../sanctions.module.css";

type Params = { params: Promise<{ ref: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ref } = await params;
  const s = await orNotFound(data.sanction(ref));
  const by = s.imposedBy ? `, imposed by ${s.imposedBy.name}` : "";
  return pageMetadata({
    title: `${s.ref}: ${s.instrument}`,
    description:
      `${s.instrument} (${s.regime}${by}). ${sanctionStatusWords[s.status]}. What it prohibits, who is designated and which transfers would breach it.`.slice(
        0,
        300,
      ),
    path: `/sanctions/${s.ref}`,
  });
}

function Monitoring({ body }: { body: NonNullable<Sanction["monitoringBody"]> }) {
  const today = new Date().toISOString().slice(0, 10);
  const ended = body.mandateEnd !== null && latestDayOf(body.mandateEnd) < today;
  return (
    <>
      {body.actor ? <Link href={`/actors/${body.actor.ref}`}>{body.name}</Link> : body.name}
      {(body.mandateStart || body.mandateEnd) && (
        <>
          . Mandate{" "}
          {body.mandateStart && (
            <>
              from <PartialDateText date={body.mandateStart} />{" "}
            </>
          )}
          {body.mandateEnd ? (
            <>
              {ended ? "ended on" : "running until"} <PartialDateText date={body.mandateEnd} />
            </>
          ) : (
            "with no end date recorded"
          )}
        </>
      )}
      .
    </>
  );
}

export default async function SanctionPage({ params }: Params) {
  const { ref } = await params;
  const s = await orNotFound(data.sanction(ref));
  const [transfers, claims] = await Promise.all([
    data.transfers({ limit: 100, sanctionRef: s.ref }),
    data.claims({ limit: 100, sanctionRef: s.ref }),
  ]);

  return (
    <>
      <h1>{s.instrument}</h1>
      <p className={styles.kicker}>
        Sanction {s.ref} · {s.regime}
      </p>

      <Facts
        rows={[
          ["Regime", s.regime],
          ["Instrument", s.instrument],
          [
            "Adopted",
            (s.adopted || s.adoptedNote) && (
              <>
                {s.adopted ? <PartialDateText date={s.adopted} /> : "Date not known"}
                {s.adoptedNote && <span className="muted"> ({s.adoptedNote})</span>}
              </>
            ),
          ],
          [
            "Imposed by",
            (s.imposedBy || s.imposedByNote) && (
              <>
                {s.imposedBy && <ActorLink actor={s.imposedBy} />}
                {s.imposedBy && s.imposedByNote && ". "}
                {s.imposedByNote}
              </>
            ),
          ],
          ["Status", <StatusText key="st" label={sanctionStatusWords[s.status]} s={s} />],
          ["Monitoring body", s.monitoringBody && <Monitoring body={s.monitoringBody} />],
          ["Note", s.note],
        ]}
      />

      <Section id="provisions" title="Provisions">
        {s.provisions.length === 0 ? (
          <p>No provisions are recorded for this measure.</p>
        ) : (
          <ul className={styles.provisions}>
            {s.provisions.map((p) => (
              <li key={p.key} id={`${s.ref}-${p.key}`}>
                <span className={styles.key}>{p.key}</span>
                <span>{p.text}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="designations" title="Designations">
        {s.designations.length === 0 ? (
          <p>No one is designated under this measure in the published records.</p>
        ) : (
          <div
            className="table-scroll"
            role="region"
            aria-labelledby="designations-caption"
            tabIndex={0}
          >
            <table>
              <caption id="designations-caption">Actors designated under {s.instrument}</caption>
              <thead>
                <tr>
                  <th scope="col">Actor</th>
                  <th scope="col">Reference number</th>
                  <th scope="col">Listed on</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {s.designations.map((d) => (
                  <tr key={d.actor.ref}>
                    <th scope="row">
                      <ActorLink actor={d.actor} />
                    </th>
                    <td>
                      {d.reference ? (
                        <span className={styles.code}>{d.reference}</span>
                      ) : (
                        <span className="muted">None given</span>
                      )}
                    </td>
                    <td>
                      {d.listedOn ? (
                        <PartialDateText date={d.listedOn} />
                      ) : (
                        <span className="muted">Not known</span>
                      )}
                    </td>
                    <td>{d.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="transfers" title="Transfers that would breach it">
        {transfers.items.length === 0 ? (
          <p>No published transfer is recorded as breaching this measure.</p>
        ) : (
          <ul className={styles.list}>
            {transfers.items.map((t) => {
              const breaches = t.breaches.filter((b) => b.sanction.ref === s.ref);
              return (
                <li key={t.id}>
                  <p className={styles.title}>
                    <Link href={`/transfers/${t.ref}`}>
                      {t.ref}: {t.designation ?? itemCategoryWords[t.itemCategory]}
                    </Link>
                  </p>
                  <p>
                    <Direction t={t} />. {transferStatusWords[t.status]}.
                  </p>
                  {breaches.map((b, i) =>
                    b.provisionKey ? (
                      <p key={b.provisionKey} className={styles.provision}>
                        <strong>Provision {b.provisionKey}:</strong> {b.provisionText}
                      </p>
                    ) : (
                      <p key={`whole-${i}`} className={styles.provision}>
                        The measure as a whole, rather than one provision.
                      </p>
                    ),
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <ClaimsAndSources noun="sanction" claims={claims.items} sources={s.sources} />
    </>
  );
}
