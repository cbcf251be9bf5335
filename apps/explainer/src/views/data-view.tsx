// The downloads and their licence, site-wide (/data) or of one investigation
// (/investigations/<slug>/data: its claims, transfers and feed; the shared register of actors
// and sanctions is one file for every investigation).
import Link from "next/link";
import { allClaims, allTransfers, estimateRows, ftmEntities } from "~/app/data/downloads";
import styles from "~/app/data/data.module.css";
import { InvestigationNav } from "~/components/investigation-nav";
import { siteUrl } from "~/env";
import { CODE_LICENCE, DATA_LICENCE, citation } from "~/lib/dataset";
import { type Scope, scopedMeta, scopedPath } from "~/lib/investigations";

export function dataMeta(scope: Scope) {
  return scopedMeta(scope, {
    title: "Data and licence",
    description:
      "Download every published claim, every dated quantity estimate and our records of actors, sanctions and transfers, free to reuse under CC BY 4.0.",
    path: "/data",
  });
}

const n = (count: number) => count.toLocaleString("en-GB");

function plural(count: number, one: string, many: string) {
  return `${n(count)} ${count === 1 ? one : many}`;
}

/** The meaning of each column, so a file can be read without this page open beside it. */
function Columns({ label, columns }: { label: string; columns: [string, string][] }) {
  return (
    <details className={styles.columns}>
      <summary>Columns of {label}</summary>
      <dl>
        {columns.map(([name, meaning]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

const claimColumns: [string, string][] = [
  ["ref", "Our permanent reference for the claim, such as C39."],
  ["statement", "The claim, in our words."],
  ["claimant", "Who made the claim."],
  ["claim_type", "event, quantity, attribution, causal, forecast or opinion."],
  ["verdict", "accurate, mostly_accurate, needs_context, inaccurate, unverifiable or opinion."],
  ["likelihood", "Our ICD 203 likelihood term, when we give one (for example very_likely)."],
  ["confidence", "low, moderate or high, given with a likelihood."],
  ["finding", "What we found, in full."],
  ["evidence", "The sources of each evidence item, by reference, separated by semicolons."],
  [
    "evidence_grades",
    "The Admiralty grade of each evidence item, in the same order (for example B2).",
  ],
  ["source_urls", "The web addresses of those sources, each once, separated by semicolons."],
  ["appeared_in_url", "Where the claim was made, when recorded."],
  ["published_at, updated_at", "When we first published the claim and when it last changed (UTC)."],
  ["url", "The claim's page on this site."],
];

const transferColumns: [string, string][] = [
  ["transfer_ref", "Our reference for the transfer, such as T01."],
  [
    "supplier, supplier_ref",
    "The supplier and its actor reference; without a reference when the sources do not name a known actor.",
  ],
  ["recipient, recipient_ref", "The recipient and its actor reference."],
  ["item_category", "What was moved, for example artillery_ammunition or ballistic_missiles."],
  ["designation", "The named weapon or item, when known."],
  ["status", "alleged, reported, confirmed or denied."],
  [
    "period_start, period_end",
    "When the transfer took place, as precisely as known: 2024, 2024-02 or 2024-02-16.",
  ],
  [
    "estimate_low, estimate_best, estimate_high",
    "The figure, or the range, as it was stated. Exact decimals, never rounded.",
  ],
  ["unit", "What was counted: containers, rounds, missiles and so on."],
  ["qualifier", "exactly, about, more_than, at_least, up_to or fewer_than."],
  ["as_of, as_of_end", "The date, or period, the estimate describes."],
  ["estimated_by", "Who gave the estimate."],
  ["source_ref, source_url", "Where the estimate was published."],
  ["note", "Anything needed to read the figure correctly."],
  ["url", "The transfer's page on this site."],
];

export async function DataView({ scope }: { scope: Scope }) {
  const site = siteUrl();
  const investigation = scope?.slug;
  const here = (path: string) => scopedPath(scope, path);
  const [claims, transfers, entities] = await Promise.all([
    allClaims(investigation),
    allTransfers(investigation),
    ftmEntities(),
  ]);
  const estimates = estimateRows(transfers).length;
  const withEstimates = transfers.filter((t) => t.estimates.length > 0).length;
  const bySchema = new Map<string, number>();
  for (const e of entities) bySchema.set(e.schema, (bySchema.get(e.schema) ?? 0) + 1);
  const sanctionEntities = bySchema.get("Sanction") ?? 0;
  const linkEntities =
    (bySchema.get("UnknownLink") ?? 0) +
    (bySchema.get("Ownership") ?? 0) +
    (bySchema.get("Membership") ?? 0);
  const partyEntities = entities.length - sanctionEntities - linkEntities;
  const cite = citation(new Date(), `${site}${here("/data")}`, scope?.title);

  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="data" link={Link} /> : null}
      <h1>Data and licence</h1>
      <p>
        Everything published on this site can be downloaded and reused. The files hold only what
        readers can already see here: approved claims and the records they rest on. They are built
        afresh from the published data each time you download them.
        {scope ? (
          <>
            {" "}
            The claims and transfers below are this investigation&apos;s;{" "}
            <Link href="/data">the site-wide data page</Link> has every investigation&apos;s.
          </>
        ) : null}
      </p>

      <section aria-labelledby="downloads">
        <h2 id="downloads">Downloads</h2>
        <ul className={styles.downloads}>
          <li>
            <h3>
              <a href={here("/data/claims.json")} download>
                Claims, in full (JSON)
              </a>
            </h3>
            <p>
              <span className={styles.count}>{plural(claims.length, "claim", "claims")}</span>, each
              with its verdict, likelihood, confidence, finding, graded evidence and sources,
              exactly as our API gives them. A <code>meta</code> object at the top states the
              licence, the citation, when the file was made and how many claims it holds.
            </p>
            <p className="muted">
              <span className={styles.file}>armstrail-claims.json</span>, application/json
            </p>
          </li>
          <li>
            <h3>
              <a href={here("/data/claims.csv")} download>
                Claims, one row each (CSV)
              </a>
            </h3>
            <p>
              <span className={styles.count}>{plural(claims.length, "row", "rows")}</span>, one for
              each published claim, for spreadsheets.
            </p>
            <p className="muted">
              <span className={styles.file}>armstrail-claims.csv</span>, text/csv
            </p>
            <Columns label="the claims file" columns={claimColumns} />
          </li>
          <li>
            <h3>
              <a href={here("/data/transfers.csv")} download>
                Transfers and quantity estimates (CSV)
              </a>
            </h3>
            <p>
              <span className={styles.count}>{plural(estimates, "row", "rows")}</span>, one for each
              dated estimate of how much was transferred, covering{" "}
              {plural(withEstimates, "transfer", "transfers")} of the {n(transfers.length)} we
              record. The columns follow the arms transfers database of SIPRI where they can.
              {transfers.length > withEstimates ? (
                <>
                  {" "}
                  Transfers for which no source gives a figure are not in this file; they are listed
                  on the <Link href={here("/transfers")}>transfers page</Link> and in the entities
                  file below.
                </>
              ) : null}
            </p>
            <p className="muted">
              <span className={styles.file}>armstrail-transfers.csv</span>, text/csv
            </p>
            <Columns label="the transfers file" columns={transferColumns} />
          </li>
          <li>
            <h3>
              <a href="/data/entities.ftm.jsonl" download>
                Actors, sanctions and transfers as FollowTheMoney entities (JSON lines)
              </a>
            </h3>
            <p>
              <span className={styles.count}>{plural(entities.length, "entity", "entities")}</span>:{" "}
              {plural(
                partyEntities,
                "person, body, company or vessel",
                "people, bodies, companies and vessels",
              )}
              , {plural(sanctionEntities, "sanction designation", "sanction designations")} and{" "}
              {plural(linkEntities, "link", "links")} (transfers, routes, ownership and membership).
              One JSON object a line, in the{" "}
              <a href="https://followthemoney.tech/">FollowTheMoney</a> model that OpenSanctions and
              Aleph use, so our records can be loaded beside theirs. Every id starts with{" "}
              <code>armstrail-</code> and ends with our reference.
              {scope
                ? " Actors and sanctions are one register shared by every investigation, so this file holds all of them."
                : null}
            </p>
            <p className="muted">
              <span className={styles.file}>armstrail-entities.ftm.jsonl</span>,
              application/x-ndjson
            </p>
          </li>
          <li>
            <h3>
              <a href={here("/feed.xml")}>New claims and corrections (Atom feed)</a>
            </h3>
            <p>Follow new claims, corrections and retractions in any feed reader.</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="reading">
        <h2 id="reading">Reading the files</h2>
        <ul>
          <li>
            All files are UTF-8. The CSV files follow RFC 4180: fields holding a comma, a quote or a
            line break are quoted.
          </li>
          <li>
            A text field that begins with =, +, - or @ is written with an apostrophe in front, so
            that a spreadsheet shows it as text instead of running it as a formula. Remove the
            apostrophe if you load the file with other tools.
          </li>
          <li>
            Dates are only as precise as the sources: <code>2024</code> means some time in 2024 and{" "}
            <code>2024-02</code> some time in February 2024. We never invent a day. Times of
            publication are full ISO 8601 instants in UTC.
          </li>
          <li>
            Quantities are written as exact decimals. Each estimate is one source’s figure at one
            date, not our own count; see the <Link href="/methodology">methodology</Link>.
          </li>
        </ul>
      </section>

      <section aria-labelledby="licence">
        <h2 id="licence">Licence</h2>
        <p>
          The data is published under the{" "}
          <a href={DATA_LICENCE.url} rel="license">
            {DATA_LICENCE.name}
          </a>{" "}
          licence. You may copy, share and adapt it for any purpose, including commercially, as long
          as you credit Arms Trail and link to this page. The quotations and documents we cite
          belong to their publishers; follow the source links for their terms.
        </p>
        <p>
          The code that runs the site is published under the{" "}
          <a href={CODE_LICENCE.url}>{CODE_LICENCE.name}</a>.
        </p>
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">How to cite</h2>
        <p>Please cite the data like this, with the date you downloaded it:</p>
        <p className={styles.citation}>{cite}</p>
        {claims[0] ? (
          <p className="muted">
            Where a single claim is the point, link to its own page as well, for example{" "}
            <span className={styles.file}>
              {site}/claims/{claims[0].ref}
            </span>
            .
          </p>
        ) : null}
      </section>
    </>
  );
}
