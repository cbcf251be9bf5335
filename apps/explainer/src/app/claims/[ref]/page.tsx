export const dynamic = "force-dynamic";

import {
  type PublicClaim,
  type Source,
  describeGrade,
  describeJudgement,
  formatPartialDate,
  verdictWords,
  claimTypeWords,
  subjectKindWords,
} from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { hrefFor } from "~/components/links";
import { SourceCitation } from "~/components/source-citation";
import { VerdictBadge } from "~/components/verdict";
import { siteUrl } from "~/env";
import { claimReviewJsonLd, jsonLdString } from "~/lib/claim-review";
import { investigationPath } from "~/lib/investigations";
import { pageMetadata } from "~/lib/metadata";
import { data } from "~/server/data";
import { investigationsOfClaim } from "~/server/investigation";
import { orNotFound } from "~/server/not-found";
import styles from "../claims.module.css";

type Props = { params: Promise<{ ref: string }> };

const historyWords = {
  published: "Published",
  corrected: "Corrected",
  retracted: "Retracted",
} as const;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref } = await params;
  const claim = await orNotFound(data.claim(ref));
  return pageMetadata({
    title: `${claim.ref}: ${shorten(claim.statement, 90)}`,
    description: shorten(
      `Claim: ${claim.statement} Our verdict: ${verdictWords[claim.verdict]}. ${claim.finding}`,
      300,
    ),
    path: `/claims/${claim.ref}`,
  });
}

/** The words of an Admiralty grade without the grade itself: "source usually reliable; ...". */
function gradeWords(...args: Parameters<typeof describeGrade>): string {
  return describeGrade(...args).replace(/^[A-F][1-6]:\s*/, "");
}

/** A day from an ISO instant, in words: "28 November 2026". */
function InstantDate({ at }: { at: string }) {
  return <time dateTime={at}>{formatPartialDate(at.slice(0, 10))}</time>;
}

/** Every source the claim rests on, the article first, each once. */
function sourcesOf(claim: PublicClaim): Source[] {
  const seen = new Map<string, Source>();
  if (claim.appearance) seen.set(claim.appearance.ref, claim.appearance);
  for (const e of claim.evidence) if (!seen.has(e.source.ref)) seen.set(e.source.ref, e.source);
  return [...seen.values()];
}

/** Anchor ids for evidence items: "evidence-S07", numbered when a source is cited twice. */
function evidenceIds(claim: PublicClaim): string[] {
  const used = new Map<string, number>();
  return claim.evidence.map((e) => {
    const n = (used.get(e.source.ref) ?? 0) + 1;
    used.set(e.source.ref, n);
    return n === 1 ? `evidence-${e.source.ref}` : `evidence-${e.source.ref}-${n}`;
  });
}

export default async function ClaimPage({ params }: Props) {
  const { ref } = await params;
  const claim = await orNotFound(data.claim(ref));
  const [history, seeAlso, investigations] = await Promise.all([
    data.claimHistory(claim.ref).catch(() => []),
    Promise.all(claim.seeAlso.map((r) => data.claim(r).catch(() => null))),
    investigationsOfClaim(claim.ref),
  ]);
  const related = seeAlso.filter((c): c is PublicClaim => c !== null);
  const judgement = describeJudgement(claim.likelihood, claim.confidence);
  const sources = sourcesOf(claim);
  const ids = evidenceIds(claim);
  const jsonLd = claimReviewJsonLd(claim, siteUrl());
  const appearance = claim.appearance;

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdString(jsonLd) }}
      />
      <p className={styles.kicker}>
        <span className="ref">Claim {claim.ref}</span>
        <span className="muted">{claimTypeWords[claim.claimType]} claim</span>
      </p>
      <h1>{claim.statement}</h1>

      <section aria-labelledby="the-claim">
        <h2 id="the-claim">The claim</h2>
        {claim.quotedPhrase ? (
          <figure className={styles.quote}>
            <blockquote cite={appearance?.url}>
              <p>“{claim.quotedPhrase}”</p>
            </blockquote>
            <figcaption>
              {appearance ? <>Quoted from the article in {appearance.publisher}. </> : null}
              Claimant: {claim.claimant}.
            </figcaption>
          </figure>
        ) : null}
        <dl className={styles.facts}>
          {investigations.length > 0 ? (
            <>
              <dt>{investigations.length === 1 ? "Investigation" : "Investigations"}</dt>
              <dd>
                {investigations.map((i, n) => (
                  <span key={i.slug}>
                    {n > 0 ? "; " : ""}
                    {/* Plain links: a story is served without the App Router. */}
                    <a href={investigationPath(i.slug)}>{i.title}</a>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          <dt>Claimant</dt>
          <dd>{claim.claimant}</dd>
          <dt>Type of claim</dt>
          <dd>{claimTypeWords[claim.claimType]}</dd>
          <dt>Where it appeared</dt>
          <dd>
            {appearance ? (
              <>
                <SourceCitation source={appearance} />{" "}
                <Link href={hrefFor(appearance.ref)}>Source {appearance.ref}</Link>
                {appearance.kindNote ? (
                  <span className="muted"> ({appearance.kindNote})</span>
                ) : null}
              </>
            ) : (
              <span className="muted">Not recorded</span>
            )}
          </dd>
          <dt>Published here</dt>
          <dd>
            <InstantDate at={claim.publishedAt} />
            {claim.updatedAt.slice(0, 10) !== claim.publishedAt.slice(0, 10) ? (
              <>
                ; last updated <InstantDate at={claim.updatedAt} />
              </>
            ) : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="verdict">
        <h2 id="verdict">Our verdict</h2>
        <div className={styles.verdictBox}>
          <p>
            <VerdictBadge verdict={claim.verdict} />
          </p>
          <p>{claim.finding}</p>
          {judgement.length > 0 ? (
            <>
              {judgement.map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
              <p className="muted">
                Likelihood uses the ICD 203 scale of estimative language; the percentage range is
                the probability each term stands for. Confidence is how sure we are of the
                judgement, stated separately. See the <Link href="/methodology">methodology</Link>.
              </p>
            </>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="evidence">
        <h2 id="evidence">Evidence</h2>
        {claim.evidence.length === 0 ? (
          <p>No evidence items are recorded for this claim.</p>
        ) : (
          <>
            <p className="muted">
              Each item has an Admiralty grade: the letter rates the source (A is completely
              reliable, F cannot be judged), the number rates the information (1 is confirmed by
              other sources, 6 cannot be judged).
            </p>
            <ol className={styles.evidence}>
              {claim.evidence.map((e, i) => (
                <li key={e.id} id={ids[i]}>
                  <p>
                    <span className={styles.grade}>
                      <span className="sr-only">Admiralty grade </span>
                      {e.grade}
                      <span className="sr-only">:</span>
                    </span>
                    {gradeWords(e.reliability, e.credibility)}
                  </p>
                  <p>
                    <strong>What it supports:</strong> {e.supports}
                  </p>
                  <p className={styles.source}>
                    <Link href={hrefFor(e.source.ref)}>{e.source.ref}</Link>
                    {": "}
                    <SourceCitation source={e.source} />
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <ul className={styles.sourceList}>
          {sources.map((s) => (
            <li key={s.ref}>
              <Link href={hrefFor(s.ref)}>{s.ref}</Link>
              {appearance?.ref === s.ref ? (
                <span className="muted"> (where the claim appeared)</span>
              ) : null}
              {": "}
              <SourceCitation source={s} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about">
        <h2 id="about">What this claim is about</h2>
        {claim.subjects.length === 0 ? (
          <p>This claim is not linked to any record.</p>
        ) : (
          <ul className={styles.subjects}>
            {claim.subjects.map((s) => (
              <li key={s.ref}>
                <span className="muted">{subjectKindWords[s.kind]}:</span>{" "}
                <Link href={hrefFor(s.ref)}>{s.label}</Link> <span className="ref">{s.ref}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="see-also">
          <h2 id="see-also">See also</h2>
          <ul className="claims">
            {related.map((c) => (
              <li key={c.ref}>
                <span className="ref">{c.ref}</span>
                <VerdictBadge verdict={c.verdict} />
                <p className={styles.statement}>
                  <Link href={`/claims/${c.ref}`}>{c.statement}</Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history">
        <h2 id="history">History of this claim</h2>
        {history.length === 0 ? (
          <p className="muted">No changes are recorded.</p>
        ) : (
          <ol className={styles.history}>
            {history.map((h) => (
              <li key={`${h.event}-${h.at}`}>
                <strong>{historyWords[h.event]}</strong> on <InstantDate at={h.at} />
                {h.note ? <>: {h.note}</> : "."}
              </li>
            ))}
          </ol>
        )}
        <p>
          <Link href="/corrections">All corrections</Link> · <Link href="/claims">All claims</Link>
        </p>
      </section>
    </article>
  );
}
