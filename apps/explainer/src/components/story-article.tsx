import { VerdictSchema, verdictWords } from "@armstrail/domain";
import { CitedParagraph } from "~/components/cited-text";
import { VerdictBadge } from "~/components/verdict";
import type { PageMeta } from "~/lib/metadata";
import type { data } from "~/server/data";

export const storyMeta: PageMeta = {
  title: "The Russia–North Korea arms trade, checked sentence by sentence",
  description:
    "How North Korean shells and missiles reached Russia, what was found in the debris in Kharkiv, and how the UN lost its sanctions monitors: every fact tied to a checked claim.",
  path: "/",
};

type Loaded<K extends keyof typeof data> = Awaited<ReturnType<(typeof data)[K]>>;

/**
 * The story, with a footnote marker on every fact and the op-ed it grew out of. Served
 * without any client JavaScript (src/app/route.tsx), so its links are plain links.
 */
export function StoryArticle({
  story,
  counts,
  claims,
}: {
  story: Loaded<"story">;
  counts: Loaded<"claimCounts">;
  claims: Loaded<"claims">;
}) {
  const oped = claims.items.find((c) => c.appearance?.ref === "S01")?.appearance ?? null;
  const wrong = claims.items.filter((c) => c.verdict === "inaccurate");
  const right = claims.items.filter((c) => c.verdict === "accurate");
  return (
    <article className="story">
      <h1>{storyMeta.title}</h1>
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
              <a href={`/claims?verdict=${v}`}>
                <VerdictBadge verdict={v} /> {counts.byVerdict[v]}
              </a>
            </li>
          ))}
        </ul>
        <h3>What it got wrong</h3>
        <ul>
          {wrong.map((c) => (
            <li key={c.ref}>
              <a href={`/claims/${c.ref}`}>{c.ref}</a>: {c.statement}{" "}
              <span className="muted">({verdictWords[c.verdict]})</span>
            </li>
          ))}
        </ul>
        <h3>What it got right</h3>
        <ul>
          {right.map((c) => (
            <li key={c.ref}>
              <a href={`/claims/${c.ref}`}>{c.ref}</a>: {c.statement}
            </li>
          ))}
        </ul>
        <p>
          <a href="/claims">All {counts.total} claims, with filters</a>
        </p>
      </section>
    </article>
  );
}
