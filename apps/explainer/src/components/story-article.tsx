import { VerdictSchema, verdictWords } from "@armstrail/domain";
import Link from "next/link";
import { CitedParagraph } from "~/components/cited-text";
import { VerdictBadge } from "~/components/verdict";
import { pageMetadata } from "~/lib/metadata";
import { data } from "~/server/data";

export const dynamic = "force-dynamic";

export const metadata = pageMetadata({
  title: "The Russia–North Korea arms trade, checked sentence by sentence",
  description:
    "How North Korean shells and missiles reached Russia, what was found in the debris in Kharkiv, and how the UN lost its sanctions monitors: every fact tied to a checked claim.",
  path: "/",
});

export default async function StoryPage() {
  const [story, counts, claims] = await Promise.all([
    data.story(),
    data.claimCounts({}),
    data.claims({ limit: 100 }),
  ]);
  const oped = claims.items.find((c) => c.appearance?.ref === "S01")?.appearance ?? null;
  const wrong = claims.items.filter((c) => c.verdict === "inaccurate");
  const right = claims.items.filter((c) => c.verdict === "accurate");
  return (
    <article className="story">
      <h1>The Russia–North Korea arms trade, checked sentence by sentence</h1>
      <p className="lede">
        Every sentence below that states a fact carries a marker. The marker names the checked claim
        it rests on and shows that claim&apos;s verdict; follow it to see the evidence, graded, and
        the sources.
      </p>
      <nav aria-label="Sections of the story" className="toc">
        <ol>
          {story.sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#op-ed">The op-ed we checked</a>
          </li>
        </ol>
      </nav>
      {story.sections.map((s) => (
        <section key={s.key} id={s.key} aria-labelledby={`${s.key}-title`}>
          <h2 id={`${s.key}-title`}>{s.title}</h2>
          {s.blocks.map((b) => (
            <CitedParagraph key={b.key} segments={b.segments} />
          ))}
        </section>
      ))}
      <section id="op-ed" aria-labelledby="op-ed-title">
        <h2 id="op-ed-title">The op-ed we checked</h2>
        <p>
          This account grew out of a fact check of{" "}
          {oped ? (
            <a href={oped.url} rel="noopener">
              {oped.title}
            </a>
          ) : (
            "an op-ed"
          )}
          {oped ? `, published by ${oped.publisher}` : ""}. We split it into {counts.total}{" "}
          checkable claims and rated each one.
        </p>
        <ul className="counts" aria-label="The op-ed's claims by verdict">
          {VerdictSchema.options.map((v) => (
            <li key={v}>
              <Link href={`/claims?verdict=${v}`}>
                <VerdictBadge verdict={v} /> {counts.byVerdict[v]}
              </Link>
            </li>
          ))}
        </ul>
        <h3>What it got wrong</h3>
        <ul>
          {wrong.map((c) => (
            <li key={c.ref}>
              <Link href={`/claims/${c.ref}`}>{c.ref}</Link>: {c.statement}{" "}
              <span className="muted">({verdictWords[c.verdict]})</span>
            </li>
          ))}
        </ul>
        <h3>What it got right</h3>
        <ul>
          {right.map((c) => (
            <li key={c.ref}>
              <Link href={`/claims/${c.ref}`}>{c.ref}</Link>: {c.statement}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/claims">All {counts.total} claims, with filters</Link>
        </p>
      </section>
    </article>
  );
}
