// Pieces shared by the actor, transfer and sanction pages.
import {
  type ActorSummary,
  type PublicClaim,
  type Source,
  type Transfer,
  type TransferSummary,
  describeEstimate,
} from "@armstrail/domain";
import Link from "next/link";
import type { ReactNode } from "react";
import { countryName, statusDates, withWording } from "~/lib/record-words";
import { PartialDateText } from "./date";
import { SourceCitation } from "./source-citation";
import { VerdictBadge } from "./verdict";
import styles from "./record-parts.module.css";

export function ActorLink({ actor }: { actor: ActorSummary }) {
  return <Link href={`/actors/${actor.ref}`}>{actor.name}</Link>;
}

/** An actor with its country in brackets, when it has one. */
export function ActorWithCountry({ actor }: { actor: ActorSummary }) {
  return (
    <>
      <ActorLink actor={actor} />
      {actor.country && <span className="muted"> ({countryName(actor.country)})</span>}
    </>
  );
}

/** The supplier, or how the sources describe it when it is not a known actor. */
export function Supplier({ t }: { t: Pick<TransferSummary, "supplier" | "supplierNote"> }) {
  if (t.supplier) return <ActorLink actor={t.supplier} />;
  return <span>{t.supplierNote ?? "Supplier not known"}</span>;
}

/** "Supplier to recipient", with both ends linked. */
export function Direction({
  t,
}: {
  t: Pick<TransferSummary, "supplier" | "supplierNote" | "recipient">;
}) {
  return (
    <>
      <Supplier t={t} /> <span aria-hidden="true">→</span>
      <span className="sr-only">to</span> <ActorLink actor={t.recipient} />
    </>
  );
}

export function Period({ start, end }: { start: string | null; end: string | null }) {
  if (start && end)
    return (
      <>
        <PartialDateText date={start} /> to <PartialDateText date={end} />
      </>
    );
  if (start)
    return (
      <>
        From <PartialDateText date={start} />
      </>
    );
  if (end)
    return (
      <>
        Until <PartialDateText date={end} />
      </>
    );
  return <span className="muted">Not known</span>;
}

/**
 * A transfer's or sanction's status: our word, the source's own words beside it, the dates
 * it held and our note, each kept whole ("reported by three governments").
 */
export function StatusText({
  label,
  s,
}: {
  label: string;
  s: {
    statusWording: string | null;
    statusSince: string | null;
    statusUntil: string | null;
    statusNote: string | null;
  };
}) {
  const dates = statusDates(s.statusSince, s.statusUntil);
  return (
    <>
      {withWording(label, s.statusWording)}
      {dates && <>, {dates}</>}
      {s.statusNote && <>. {s.statusNote}</>}
    </>
  );
}

/** The most recent estimate by date (the list comes oldest first), with its date. */
export function LatestEstimate({ estimates }: { estimates: Transfer["estimates"] }) {
  const latest = estimates.at(-1);
  if (!latest) return <span className="muted">None published</span>;
  return (
    <>
      {describeEstimate(latest)}{" "}
      <span className="muted">
        (<PartialDateText date={latest.asOf} />)
      </span>
    </>
  );
}

export function ClaimList({ claims }: { claims: PublicClaim[] }) {
  return (
    <ol className={`claims ${styles.claims}`}>
      {claims.map((c) => (
        <li key={c.id}>
          <p className={styles.claimHead}>
            <span className="ref">{c.ref}</span>
            <VerdictBadge verdict={c.verdict} />
          </p>
          <p className={styles.statement}>
            <Link href={`/claims/${c.ref}`}>{c.statement}</Link>
          </p>
          <p className={styles.meta}>
            <span className="muted">Claimant:</span> {c.claimant}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The sources behind a record, each linked to its entry on the sources page and out. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className={styles.sources}>
      {sources.map((s) => (
        <li key={s.id}>
          <Link href={`/sources#${s.ref}`} className={styles.sourceRef}>
            {s.ref}
            <span className="sr-only"> in the list of sources</span>
          </Link>{" "}
          <SourceCitation source={s} />
        </li>
      ))}
    </ul>
  );
}

/** A heading and its section, with the heading labelling the section. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Key facts about a record as a description list; rows with nothing to show are left out. */
export function Facts({ rows }: { rows: [string, ReactNode | null | false | undefined][] }) {
  return (
    <dl className={styles.facts}>
      {rows
        .filter(([, value]) => value !== null && value !== false && value !== undefined)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/**
 * The two sections every record page ends with: the published claims about the record,
 * and the sources behind it. `noun` names the record ("actor", "transfer", "sanction").
 */
export function ClaimsAndSources({
  noun,
  claims,
  sources,
}: {
  noun: string;
  claims: PublicClaim[];
  sources: Source[];
}) {
  return (
    <>
      <Section id="claims" title={`Claims about this ${noun}`}>
        {claims.length === 0 ? (
          <p>No published claim is about this {noun}.</p>
        ) : (
          <ClaimList claims={claims} />
        )}
      </Section>
      <Section id="sources" title="Sources">
        {sources.length === 0 ? (
          <p>No sources are listed for this {noun}.</p>
        ) : (
          <SourceList sources={sources} />
        )}
      </Section>
    </>
  );
}
