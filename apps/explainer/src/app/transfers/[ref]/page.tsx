export const dynamic = "force-dynamic";

import {
  type Transfer,
  itemCategoryWords,
  routeModeWords,
  sanctionStatusWords,
  transferStatusWords,
} from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { EstimateChart } from "~/components/estimate-chart";
import {
  ActorLink,
  ClaimsAndSources,
  Facts,
  Period,
  Section,
  StatusText,
  Supplier,
} from "~/components/record-parts";
import { pageMetadata } from "~/lib/metadata";
import { rangeText, withWording } from "~/lib/record-words";
import { data } from "~/server/data";
import { orNotFound } from "~/server/not-found";
import styles from "../transfers.module.css";

type Params = { params: Promise<{ ref: string }> };

function what(t: Transfer): string {
  return t.designation ?? itemCategoryWords[t.itemCategory];
}

function headline(t: Transfer): string {
  const from = t.supplier?.name ?? t.supplierNote ?? "an unknown supplier";
  return `${what(t)}: ${from} to ${t.recipient.name}`;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ref } = await params;
  const t = await orNotFound(data.transfer(ref));
  const summary = t.description ? ` ${t.description}` : "";
  return pageMetadata({
    title: `${t.ref}: ${headline(t)}`,
    description: `${transferStatusWords[t.status]} transfer.${summary}`.slice(0, 300),
    path: `/transfers/${t.ref}`,
  });
}

function Leg({ leg }: { leg: Transfer["routeLegs"][number] }) {
  return (
    <li>
      <p>
        <strong>{routeModeWords[leg.mode]}</strong>
        {": from "}
        {leg.from ? (
          <ActorLink actor={leg.from} />
        ) : (
          <span className="muted">an unnamed place</span>
        )}
        {" to "}
        {leg.to ? <ActorLink actor={leg.to} /> : <span className="muted">an unnamed place</span>}
      </p>
      {leg.vessels.length > 0 && (
        <p>
          {leg.vessels.length === 1 ? "Vessel: " : "Vessels: "}
          {leg.vessels.map((v, i) => (
            <span key={v.ref}>
              {i > 0 && ", "}
              <ActorLink actor={v} />
            </span>
          ))}
        </p>
      )}
      <p className="muted">{leg.label}</p>
    </li>
  );
}

/** The breaches grouped by sanction, each provision with its text. */
function Breaches({ breaches }: { breaches: Transfer["breaches"] }) {
  const bySanction = new Map<string, Transfer["breaches"]>();
  for (const b of breaches)
    bySanction.set(b.sanction.ref, [...(bySanction.get(b.sanction.ref) ?? []), b]);
  return (
    <ul className={styles.breaches}>
      {[...bySanction.values()].map((group) => {
        const s = group[0]!.sanction;
        return (
          <li key={s.ref}>
            <p>
              <Link href={`/sanctions/${s.ref}`}>
                {s.ref}: {s.instrument}
              </Link>{" "}
              <span className="muted">
                ({s.regime}; {sanctionStatusWords[s.status].toLowerCase()})
              </span>
            </p>
            {group.map((b, i) =>
              b.provisionKey ? (
                <p key={b.provisionKey} className={styles.provision}>
                  <strong>Provision {b.provisionKey}:</strong> {b.provisionText}
                </p>
              ) : (
                <p key={`whole-${i}`} className={styles.provision}>
                  The sanction as a whole, rather than one provision.
                </p>
              ),
            )}
          </li>
        );
      })}
    </ul>
  );
}

export default async function TransferPage({ params }: Params) {
  const { ref } = await params;
  const t = await orNotFound(data.transfer(ref));
  const claims = await data.claims({ limit: 100, transferRef: t.ref });

  return (
    <>
      <h1>{headline(t)}</h1>
      <p className={styles.kicker}>
        Transfer {t.ref} · {transferStatusWords[t.status]}
      </p>
      {t.description && <p>{t.description}</p>}

      <Facts
        rows={[
          ["Supplier", <Supplier key="s" t={t} />],
          ["Recipient", <ActorLink key="r" actor={t.recipient} />],
          [
            "Intermediaries",
            t.intermediaries.length > 0 && (
              <>
                {t.intermediaries.map((a, i) => (
                  <span key={a.ref}>
                    {i > 0 && ", "}
                    <ActorLink actor={a} />
                  </span>
                ))}
              </>
            ),
          ],
          ["Items", withWording(itemCategoryWords[t.itemCategory], t.itemCategoryWording)],
          ["Designation", t.designation],
          ["Period", <Period key="p" start={t.periodStart} end={t.periodEnd} />],
          ["Status", <StatusText key="st" label={transferStatusWords[t.status]} s={t} />],
          [
            "Overall range",
            t.range && (
              <>
                {rangeText(t.range)}
                {rangeText(t.range) && t.range.note && ". "}
                {t.range.note}
              </>
            ),
          ],
          ["Note", t.note],
        ]}
      />

      <Section id="route" title="Route">
        {t.routeLegs.length === 0 ? (
          <p>The sources do not describe the route.</p>
        ) : (
          <>
            <p>The legs of the journey as the sources describe them.</p>
            <ol className={styles.legs}>
              {t.routeLegs.map((leg) => (
                <Leg key={leg.sequence} leg={leg} />
              ))}
            </ol>
          </>
        )}
      </Section>

      <Section id="estimates" title="How much: estimates over time">
        {t.estimates.length === 0 ? (
          <p>No estimate of the quantity has been published for this transfer.</p>
        ) : (
          <>
            <p>
              Different people put different figures on this transfer at different times. Each
              figure is shown as stated, with its qualifier, who gave it and where.
            </p>
            <EstimateChart estimates={t.estimates} transferRef={t.ref} />
          </>
        )}
      </Section>

      <Section id="breaches" title="Sanctions it would breach">
        {t.breaches.length === 0 ? (
          <p>No published sanction is recorded as breached by this transfer.</p>
        ) : (
          <Breaches breaches={t.breaches} />
        )}
      </Section>

      <ClaimsAndSources noun="transfer" claims={claims.items} sources={t.sources} />
    </>
  );
}
