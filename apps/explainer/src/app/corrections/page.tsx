export const dynamic = "force-dynamic";

import { formatPartialDate } from "@armstrail/domain";
import Link from "next/link";
import { correctionAnchor } from "~/lib/corrections";
import { pageMetadata } from "~/lib/metadata";
import { data } from "~/server/data";
import styles from "./corrections.module.css";

export const metadata = pageMetadata({
  title: "Corrections and retractions",
  description:
    "Every correction and retraction of a published claim, with its date and the reason we gave. We never change a published claim silently.",
  path: "/corrections",
});

const kindWords = { correction: "Correction", retraction: "Retraction" } as const;

/** A day from an ISO instant, in words: "28 November 2026". */
function InstantDate({ at }: { at: string }) {
  return <time dateTime={at}>{formatPartialDate(at.slice(0, 10))}</time>;
}

function Policy() {
  return (
    <>
      <p>
        We never edit a published claim silently. When we get something wrong, or new evidence
        changes the picture, we write a new revision of the claim. It goes through the same review
        as the first version, by a fact-checker who did not write it, and it replaces the old text
        only once approved. The correction is then listed here with its date and the reason.
      </p>
      <p>
        When a claim cannot stand at all, an editor retracts it. A retracted claim leaves the claims
        list, but its retraction stays on this page for good, with the reason we gave.
      </p>
      <p>
        The <Link href="/methodology">methodology</Link> explains how we reach a verdict and how a
        claim is reviewed before anyone can read it.
      </p>
    </>
  );
}

export default async function CorrectionsPage() {
  const notices = await data.corrections();
  // The first (newest) notice of each claim also carries the claim's ref as its anchor, so a
  // link to /corrections#C12 finds the claim even after it has been retracted.
  const firstOf = new Set<string>();

  return (
    <>
      <h1>Corrections and retractions</h1>
      {notices.length === 0 ? (
        <p>
          <strong>There are no corrections or retractions.</strong> No published claim has been
          corrected or withdrawn so far. If that changes, each one will be listed here.
        </p>
      ) : (
        <p>
          {notices.length === 1
            ? "One published claim has been corrected or retracted."
            : `${notices.length} corrections and retractions, newest first.`}{" "}
          Each is listed with its date and the reason we gave at the time.
        </p>
      )}

      {notices.length > 0 ? (
        <section aria-labelledby="notices">
          <h2 id="notices">Notices</h2>
          <ol className={styles.notices}>
            {notices.map((c) => {
              const anchor = correctionAnchor(c);
              const first = !firstOf.has(c.ref);
              firstOf.add(c.ref);
              return (
                <li key={anchor} id={anchor}>
                  <h3 id={first ? c.ref : undefined}>
                    <span className={`${styles.kind} ${styles[c.kind]}`}>{kindWords[c.kind]}</span>
                    <span className="ref">{c.ref}</span>
                    <InstantDate at={c.at} />
                  </h3>
                  <p>{c.statement}</p>
                  <p className={styles.reason}>
                    <strong>Reason:</strong> {c.reason}
                  </p>
                  <p>
                    {c.kind === "retraction" ? (
                      <>
                        This claim has been withdrawn.{" "}
                        <Link href={`/claims/${c.ref}`}>Its former address</Link> may no longer show
                        it.
                      </>
                    ) : (
                      <Link href={`/claims/${c.ref}`}>Read claim {c.ref} as corrected</Link>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="policy">
        <h2 id="policy">Our corrections policy</h2>
        <Policy />
      </section>
    </>
  );
}
