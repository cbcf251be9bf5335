export const dynamic = "force-dynamic";

import {
  type Sanction,
  type Transfer,
  latestDayOf,
  actorKindWords,
  actorLinkReverseWords,
  actorLinkWords,
  identifierSchemeWords,
  itemCategoryWords,
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
  Period,
  Section,
} from "~/components/record-parts";
import { pageMetadata } from "~/lib/metadata";
import { coordinateText, countryName, withWording } from "~/lib/record-words";
import { all, data } from "~/server/data";
import { actorOrRedirect } from "~/server/not-found";
import styles from "../actors.module.css";

type Params = { params: Promise<{ ref: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ref } = await params;
  const actor = await actorOrRedirect(ref);
  const where = actor.country ? ` (${countryName(actor.country)})` : "";
  return pageMetadata({
    title: actor.name,
    description: `${actorKindWords[actor.kind]}${where}: ${actor.description}`.slice(0, 300),
    path: `/actors/${actor.ref}`,
  });
}

/** What part an actor played in a transfer, in words. */
function transferRoles(t: Transfer, ref: string): string[] {
  const roles: string[] = [];
  if (t.supplier?.ref === ref) roles.push("supplier");
  if (t.recipient.ref === ref) roles.push("recipient");
  if (t.intermediaries.some((a) => a.ref === ref)) roles.push("intermediary");
  if (t.routeLegs.some((l) => l.from?.ref === ref || l.to?.ref === ref))
    roles.push("point on the route");
  if (t.routeLegs.some((l) => l.vessels.some((v) => v.ref === ref))) roles.push("vessel");
  return roles;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** How a sanction touches an actor: designations, imposing it, monitoring it. */
function SanctionRoles({ s, actorRef }: { s: Sanction; actorRef: string }) {
  const designations = s.designations.filter((d) => d.actor.ref === actorRef);
  return (
    <ul className={styles.roles}>
      {designations.map((d, i) => (
        <li key={`d${i}`}>
          Designated
          {d.reference && (
            <>
              {" "}
              under reference <span className={styles.code}>{d.reference}</span>
            </>
          )}
          {d.listedOn && (
            <>
              , listed {d.listedOn.length === 10 ? "on" : "in"}{" "}
              <PartialDateText date={d.listedOn} />
            </>
          )}
          {d.note && <>. {d.note}</>}
        </li>
      ))}
      {s.imposedBy?.ref === actorRef && <li>Imposed by this actor</li>}
      {s.monitoringBody?.actor?.ref === actorRef && (
        <li>
          Monitoring body ({s.monitoringBody.name}
          {s.monitoringBody.mandateEnd && (
            <>
              , mandate{" "}
              {latestDayOf(s.monitoringBody.mandateEnd) < new Date().toISOString().slice(0, 10)
                ? "ended"
                : "ending"}{" "}
              <PartialDateText date={s.monitoringBody.mandateEnd} />
            </>
          )}
          )
        </li>
      )}
    </ul>
  );
}

export default async function ActorPage({ params }: Params) {
  const { ref } = await params;
  const actor = await actorOrRedirect(ref);
  const [transfers, sanctions, claims, everyone] = await Promise.all([
    data.transfers({ limit: 100, actorRef: actor.ref }),
    data.sanctions({ limit: 100, actorRef: actor.ref }),
    data.claims({ limit: 100, actorRef: actor.ref }),
    all((cursor) => data.actors({ limit: 100, cursor })),
  ]);
  const linkedFrom = everyone.flatMap((other) =>
    other.links
      .filter((l) => l.target.ref === actor.ref)
      .map((l) => ({ type: l.type, note: l.note, other })),
  );

  return (
    <>
      <h1>{actor.name}</h1>
      <p className={styles.kind}>
        {actorKindWords[actor.kind]}
        {actor.country ? `, ${countryName(actor.country)}` : ""}
      </p>
      <p>{actor.description}</p>

      <Facts
        rows={[
          ["Kind", withWording(actorKindWords[actor.kind], actor.kindWording)],
          ["Country", actor.country ? countryName(actor.country) : "None (international body)"],
          ["Also known as", actor.aliases.length > 0 && actor.aliases.join("; ")],
          [
            "Identifiers",
            actor.identifiers.length > 0 && (
              <ul className={styles.plain}>
                {actor.identifiers.map((i) => (
                  <li key={`${i.scheme}:${i.value}`}>
                    {identifierSchemeWords[i.scheme]}:{" "}
                    <span className={styles.code}>{i.value}</span>
                  </li>
                ))}
              </ul>
            ),
          ],
          [
            "Location",
            actor.place && (
              <>
                <Link href={`/places/${actor.place.ref}`}>{actor.place.name}</Link> (
                {coordinateText(actor.place)})
              </>
            ),
          ],
          ["Reference", actor.ref],
        ]}
      />

      {(actor.links.length > 0 || linkedFrom.length > 0) && (
        <Section id="links" title="Links to other actors">
          <ul>
            {actor.links.map((l) => (
              <li key={`out-${l.type}-${l.target.ref}`}>
                {actorLinkWords[l.type]} <ActorLink actor={l.target} />
                {l.note && <span className="muted">: {l.note}</span>}
              </li>
            ))}
            {linkedFrom.map((l) => (
              <li key={`in-${l.type}-${l.other.ref}`}>
                {actorLinkReverseWords[l.type]} <ActorLink actor={l.other} />
                {l.note && <span className="muted">: {l.note}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="transfers" title="Transfers">
        {transfers.items.length === 0 ? (
          <p>No published transfer names this actor.</p>
        ) : (
          <>
            <p>Transfers this actor sent, received or helped to carry, and the part it played.</p>
            <ul className={styles.plain}>
              {transfers.items.map((t) => (
                <li key={t.id}>
                  <p>
                    <Link href={`/transfers/${t.ref}`}>
                      {t.ref}: {t.designation ?? itemCategoryWords[t.itemCategory]}
                    </Link>
                  </p>
                  <p>
                    <Direction t={t} />. <Period start={t.periodStart} end={t.periodEnd} />.{" "}
                    {transferStatusWords[t.status]}.
                  </p>
                  <p className={styles.roles}>
                    <strong>Role:</strong> {capitalise(transferRoles(t, actor.ref).join(", "))}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="sanctions" title="Sanctions and designations">
        {sanctions.items.length === 0 ? (
          <p>
            No published sanction designates this actor, was imposed by it or is monitored by it.
          </p>
        ) : (
          <ul className={styles.plain}>
            {sanctions.items.map((s) => (
              <li key={s.id}>
                <p>
                  <Link href={`/sanctions/${s.ref}`}>
                    {s.ref}: {s.instrument}
                  </Link>{" "}
                  <span className="muted">({s.regime})</span>
                </p>
                <SanctionRoles s={s} actorRef={actor.ref} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <ClaimsAndSources noun="actor" claims={claims.items} sources={actor.sources} />
    </>
  );
}
