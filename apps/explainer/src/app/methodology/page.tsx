export const dynamic = "force-dynamic";

import {
  type Confidence,
  type Credibility,
  type Likelihood,
  type SourceReliability,
  type Transfer,
  type Verdict,
  confidenceWords,
  credibilityWords,
  describeEstimate,
  describeGrade,
  formatPartialDate,
  likelihoodScale,
  reliabilityWords,
} from "@armstrail/domain";
import Link from "next/link";
import { PartialDateText } from "~/components/date";
import { VerdictBadge } from "~/components/verdict";
import { investigationPath, paragraphs } from "~/lib/investigations";
import { pageMetadata } from "~/lib/metadata";
import { data } from "~/server/data";
import styles from "./methodology.module.css";

export const metadata = pageMetadata({
  title: "Methodology",
  description:
    "How we check a claim: the six verdicts, ICD 203 likelihood and confidence, Admiralty grades for sources, four-eyes review, uncertain dates and dated quantity estimates.",
  path: "/methodology",
});

const verdicts: [Verdict, string][] = [
  ["accurate", "The evidence supports the claim as stated, with nothing important left out."],
  [
    "mostly_accurate",
    "The claim is right in substance, but a detail such as a figure, a date or a name is wrong or stretched, without changing its point.",
  ],
  [
    "needs_context",
    "What is said may be literally true, but it misleads without facts it leaves out, or it leans on a source whose limits it does not mention.",
  ],
  ["inaccurate", "The evidence contradicts the claim."],
  [
    "unverifiable",
    "Public evidence is not enough to confirm or refute the claim. We say what is missing and what would settle it.",
  ],
  [
    "opinion",
    "A view, value judgement or argument that evidence cannot settle. We check any facts it rests on, but give it no verdict of true or false.",
  ],
];

const confidenceMeaning: Record<Confidence, string> = {
  low: "The evidence is thin, second-hand, or from sources we cannot assess well, or the accounts disagree. The judgement could change with one new document.",
  moderate:
    "The evidence is credible and fits together, but has gaps: a single strong source, or several that may share one origin.",
  high: "Several independent, well-graded sources agree, ideally including primary records such as documents, imagery or recovered material. New information is unlikely to overturn the judgement.",
};

const reliabilityOrder: SourceReliability[] = ["A", "B", "C", "D", "E", "F"];
const credibilityOrder: Credibility[] = [1, 2, 3, 4, 5, 6];
const likelihoodOrder = Object.keys(likelihoodScale) as Likelihood[];
const confidenceOrder: Confidence[] = ["low", "moderate", "high"];

/** A published transfer with several estimates, to show how figures are recorded. */
async function exampleTransfer(): Promise<Transfer | null> {
  try {
    const page = await data.transfers({ limit: 100 });
    const sorted = [...page.items].sort((a, b) => b.estimates.length - a.estimates.length);
    const best = sorted[0];
    return best && best.estimates.length >= 2 ? best : null;
  } catch {
    return null;
  }
}

/** Each published investigation's own notes on how it was checked, from its record. */
async function investigationNotes() {
  const list = await data.investigations();
  const records = await Promise.all(list.map((i) => data.investigation(i.slug)));
  return records
    .map((r) => ({ slug: r.slug, title: r.title, notes: paragraphs(r.methodology) }))
    .filter((r) => r.notes.length > 0);
}

export default async function MethodologyPage() {
  const [example, notes] = await Promise.all([exampleTransfer(), investigationNotes()]);
  const estimates = example
    ? [...example.estimates]
        .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0))
        .slice(0, 4)
    : [];

  return (
    <>
      <h1>How we check claims</h1>
      <p>
        Every claim on this site is a statement somebody made about a transfer of arms: who sent
        what to whom, when, how much, and which sanctions it breached. We find the public evidence
        for and against it, grade each piece of evidence, reach a verdict, and publish only after a
        second person has reviewed the work. This page explains each step and each scale we use;
        each investigation&apos;s own notes close it.
      </p>

      <nav aria-labelledby="contents" className={styles.toc}>
        <h2 id="contents">On this page</h2>
        <ol>
          <li>
            <a href="#verdicts">Verdicts</a>
          </li>
          <li>
            <a href="#likelihood">Likelihood</a>
          </li>
          <li>
            <a href="#confidence">Confidence</a>
          </li>
          <li>
            <a href="#grades">Grading sources and information</a>
          </li>
          <li>
            <a href="#review">Review before publication</a>
          </li>
          <li>
            <a href="#dates">Dates we know only in part</a>
          </li>
          <li>
            <a href="#quantities">Quantities</a>
          </li>
          {notes.length > 0 ? (
            <li>
              <a href="#investigations">Notes on each investigation</a>
            </li>
          ) : null}
        </ol>
      </nav>

      <section aria-labelledby="verdicts">
        <h2 id="verdicts">Verdicts</h2>
        <p>
          Each claim gets one of six verdicts. The verdict answers a plain question: given the
          public evidence, should a reader believe the claim as it was made? The verdict is always
          shown in words as well as colour.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label="Table (scrolls sideways on narrow screens)"
          tabIndex={0}
        >
          <table>
            <caption>The six verdicts</caption>
            <thead>
              <tr>
                <th scope="col">Verdict</th>
                <th scope="col">What it means</th>
              </tr>
            </thead>
            <tbody>
              {verdicts.map(([v, meaning]) => (
                <tr key={v}>
                  <th scope="row">
                    <VerdictBadge verdict={v} />
                  </th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="likelihood">
        <h2 id="likelihood">Likelihood</h2>
        <p>
          Where the evidence leaves room for doubt, we also say how probable we judge the claim to
          be. We use the terms of US Intelligence Community Directive 203, each of which stands for
          a fixed range of probability, so that “likely” means the same thing every time it appears.
          An opinion gets no likelihood.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label="Table (scrolls sideways on narrow screens)"
          tabIndex={0}
        >
          <table className={styles.scale}>
            <caption>Likelihood terms (ICD 203) and the probabilities they stand for</caption>
            <thead>
              <tr>
                <th scope="col">Term</th>
                <th scope="col">Probability</th>
              </tr>
            </thead>
            <tbody>
              {likelihoodOrder.map((term) => {
                const l = likelihoodScale[term];
                return (
                  <tr key={term}>
                    <th scope="row">{l.words}</th>
                    <td className={styles.num}>
                      {l.low}% to {l.high}%
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p>
          Neighbouring ranges share their end points. A probability that falls exactly on a boundary
          takes the higher term, except at the two extremes.
        </p>
      </section>

      <section aria-labelledby="confidence">
        <h2 id="confidence">Confidence</h2>
        <p>
          Likelihood says how probable we think something is; confidence says how much we trust that
          judgement. The two are given together or not at all, and kept apart on purpose: we can
          think an event very likely and still hold that view with low confidence, because the
          evidence for it is thin.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label="Table (scrolls sideways on narrow screens)"
          tabIndex={0}
        >
          <table>
            <caption>Levels of confidence</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">When we use it</th>
              </tr>
            </thead>
            <tbody>
              {confidenceOrder.map((c) => (
                <tr key={c}>
                  <th scope="row">{confidenceWords[c]}</th>
                  <td>{confidenceMeaning[c]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>Confidence goes up when:</p>
        <ul>
          <li>sources that do not depend on each other agree;</li>
          <li>
            there is primary material: official records, imagery, recovered weapons or documents;
          </li>
          <li>the sources are well graded (A or B, 1 or 2 below) and close to the events;</li>
          <li>accounts from opposing sides agree on the same fact.</li>
        </ul>
        <p>It goes down when:</p>
        <ul>
          <li>everything traces back to one source, however often it is repeated;</li>
          <li>the source has a stake in the answer and offers nothing we can check;</li>
          <li>the report is second-hand, anonymous or unclear about how it was obtained;</li>
          <li>credible accounts contradict each other, or the information is out of date.</li>
        </ul>
      </section>

      <section aria-labelledby="grades">
        <h2 id="grades">Grading sources and information</h2>
        <p>
          Every item of evidence carries an Admiralty grade, the system NATO uses for intelligence.
          It rates two things separately: how reliable the <em>source</em> has been (a letter), and
          how credible this particular piece of <em>information</em> is (a number). A reliable
          source can pass on something doubtful, and an unknown source can report something that
          other evidence confirms, so one rating never decides the other.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label="Table (scrolls sideways on narrow screens)"
          tabIndex={0}
        >
          <table className={styles.scale}>
            <caption>Reliability of the source</caption>
            <thead>
              <tr>
                <th scope="col">Letter</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {reliabilityOrder.map((r) => (
                <tr key={r}>
                  <th scope="row" className={styles.grade}>
                    {r}
                  </th>
                  <td>{reliabilityWords[r]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div
          className="table-scroll"
          role="region"
          aria-label="Table (scrolls sideways on narrow screens)"
          tabIndex={0}
        >
          <table className={styles.scale}>
            <caption>Credibility of the information</caption>
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {credibilityOrder.map((c) => (
                <tr key={c}>
                  <th scope="row" className={styles.grade}>
                    {c}
                  </th>
                  <td>{credibilityWords[c]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          The grade puts the two side by side, letter first, and we always write it out in words
          beside the code. <span className={styles.grade}>B2</span> reads “{describeGrade("B", 2)}”;{" "}
          <span className={styles.grade}>F3</span> reads “{describeGrade("F", 3)}”. A grade of F or
          6 is not a criticism: it says we lack the basis to judge.
        </p>
      </section>

      <section aria-labelledby="review">
        <h2 id="review">Review before publication</h2>
        <p>No claim reaches this site on one person’s say-so. We apply the four-eyes rule:</p>
        <ol>
          <li>
            A contributor drafts the claim: the statement, who made it, where it appeared, the
            evidence with its grades, the verdict and, where it fits, likelihood and confidence. A
            claim cannot go to review without at least one item of sourced evidence, unless it is an
            opinion.
          </li>
          <li>
            A fact-checker who is not an author of the claim, or of the revision under review, then
            approves it, sends it back with changes requested, or rejects it. Nobody approves their
            own claim. The rule is checked by the software and again by the database, so it cannot
            be skipped.
          </li>
          <li>
            Only an approved claim is published. Drafts, reviewers’ notes and rejected claims are
            never shown.
          </li>
          <li>
            A published claim is never edited in place. A correction is a new revision that goes
            through the same review; a retraction is made by an editor, with a reason that is
            published on the <Link href="/corrections">corrections page</Link>.
          </li>
        </ol>
      </section>

      <section aria-labelledby="dates">
        <h2 id="dates">Dates we know only in part</h2>
        <p>
          Sources often give only a month or a year. We record a date exactly as precisely as the
          sources allow, and show it that way. We never fill in a day that nobody reported.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label="Table (scrolls sideways on narrow screens)"
          tabIndex={0}
        >
          <table className={styles.dates}>
            <caption>How a date is shown, by how much of it is known</caption>
            <thead>
              <tr>
                <th scope="col">Recorded as</th>
                <th scope="col">Shown as</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  <code>2024</code>
                </th>
                <td>{formatPartialDate("2024")}</td>
                <td>some time in that year</td>
              </tr>
              <tr>
                <th scope="row">
                  <code>2024-03</code>
                </th>
                <td>{formatPartialDate("2024-03")}</td>
                <td>some time in that month</td>
              </tr>
              <tr>
                <th scope="row">
                  <code>2024-03-26</code>
                </th>
                <td>{formatPartialDate("2024-03-26")}</td>
                <td>that day</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>
          When even that precision is in doubt, for example a month worked out from a report’s
          contents, the date is marked: <PartialDateText date="2024-03" uncertain />. On the
          timeline, a date known only to the month comes before the days within that month.
        </p>
      </section>

      <section aria-labelledby="quantities">
        <h2 id="quantities">Quantities</h2>
        <p>
          How many shells, missiles or containers changed hands is rarely known for certain, and the
          figures change as more is learned. So we do not keep one number for a transfer. We record
          each estimate as it was given: the figure or range, with its wording (“about”, “more
          than”, “up to”), the date or period it describes, who gave it, and where it was published.
          We do not average estimates or add them up, and we keep the figures exactly as stated.
        </p>
        {example ? (
          <div className={styles.example}>
            <p>
              <strong>Example:</strong> transfer{" "}
              <Link href={`/transfers/${example.ref}`}>{example.ref}</Link> has{" "}
              {example.estimates.length} estimates. The earliest {estimates.length} are:
            </p>
            <div
              className="table-scroll"
              role="region"
              aria-label="Table (scrolls sideways on narrow screens)"
              tabIndex={0}
            >
              <table>
                <caption className="sr-only">
                  Estimates for transfer {example.ref}, earliest first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">As of</th>
                    <th scope="col">Estimate</th>
                    <th scope="col">Given by</th>
                  </tr>
                </thead>
                <tbody>
                  {estimates.map((e, i) => (
                    <tr key={`${e.asOf}-${i}`}>
                      <th scope="row">
                        <PartialDateText date={e.asOf} />
                        {e.asOfEnd ? (
                          <>
                            {" to "}
                            <PartialDateText date={e.asOfEnd} />
                          </>
                        ) : null}
                      </th>
                      <td>{describeEstimate(e)}</td>
                      <td>{e.estimatedBy}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
        <p>
          All estimates can be downloaded, one row each, from the{" "}
          <Link href="/data">data page</Link>.
        </p>
      </section>
      {notes.length > 0 ? (
        <section aria-labelledby="investigations">
          <h2 id="investigations">Notes on each investigation</h2>
          <p>
            What is particular to each investigation: the material it started from, what could not
            be checked, and any judgement that applies to it alone.
          </p>
          {notes.map((n) => (
            <section key={n.slug} aria-labelledby={`notes-${n.slug}`}>
              <h3 id={`notes-${n.slug}`}>
                <a href={investigationPath(n.slug)}>{n.title}</a>
              </h3>
              {n.notes.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}
