import { verdictWords } from "@armstrail/domain";
import { CitedParagraph } from "~/components/cited-text";
import { InvestigationNav } from "~/components/investigation-nav";
import { VerdictBadge, VerdictCounts } from "~/components/verdict";
import {
  type CheckedArticle,
  articleAnchor,
  articlesHeading,
  byline,
  claimsWithVerdict,
  readingOrder,
} from "~/lib/checked-article";
import { claimCount, investigationFeed, investigationPath, paragraphs } from "~/lib/investigations";
import type { PageMeta } from "~/lib/metadata";
import type { data } from "~/server/data";

type Loaded<K extends keyof typeof data> = Awaited<ReturnType<(typeof data)[K]>>;
type Investigation = Loaded<"investigation">;

/** The story's title and description are the investigation's own. */
export function storyMeta(investigation: Investigation): PageMeta {
  return {
    title: investigation.title,
    description: investigation.standfirst,
    path: investigationPath(investigation.slug),
    feed: investigationFeed(investigation),
  };
}

/**
 * An investigation's story, with a footnote marker on every fact, and the articles it
 * checked, each built from its checked-article record. Served without any client JavaScript
 * (src/app/investigations/[slug]/route.tsx), so its links are plain links.
 */
export function StoryArticle({
  investigation,
  story,
}: {
  investigation: Investigation;
  story: Loaded<"story">;
}) {
  const { articles } = investigation;
  const summary = paragraphs(investigation.summary);
  const methodology = paragraphs(investigation.methodology);
  return (
    <article className="story">
      <InvestigationNav scope={investigation} current="" />
      <h1>{investigation.title}</h1>
      <p className="lede">{investigation.standfirst}</p>
      {summary.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="muted">
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
          {articles.length > 0 ? (
            <li>
              <a href="#checked-articles">{articlesHeading(articles.length)}</a>
            </li>
          ) : null}
          {methodology.length > 0 ? (
            <li>
              <a href="#how-we-checked">How this investigation was checked</a>
            </li>
          ) : null}
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
      {articles.length > 0 ? (
        <section id="checked-articles" aria-labelledby="checked-articles-title">
          <h2 id="checked-articles-title">{articlesHeading(articles.length)}</h2>
          {articles.map((a) => (
            <CheckedArticleSection key={a.ref} article={a} />
          ))}
        </section>
      ) : null}
      {methodology.length > 0 ? (
        <section id="how-we-checked" aria-labelledby="how-we-checked-title">
          <h2 id="how-we-checked-title">How this investigation was checked</h2>
          {methodology.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <p>
            The verdicts, likelihoods and grades follow <a href="/methodology">our methodology</a>.
          </p>
        </section>
      ) : null}
      <p>
        <a href={investigationPath(investigation.slug, "claims")}>
          All {claimCount(investigation.counts.total)} of this investigation, with filters
        </a>
      </p>
    </article>
  );
}

/** One checked article: where it appeared, its own verdict counts, and its claims in order. */
function CheckedArticleSection({ article }: { article: CheckedArticle }) {
  const anchor = articleAnchor(article);
  const wrong = claimsWithVerdict(article, "inaccurate");
  const right = claimsWithVerdict(article, "accurate");
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`}>{article.title}</h3>
      <p>
        We checked{" "}
        {article.url ? (
          <a href={article.url} rel="noopener">
            {article.title}
          </a>
        ) : (
          <cite>{article.title}</cite>
        )}
        , {byline(article)}. We split it into {claimCount(article.counts.total)} we could check and
        rated each one.
      </p>
      <VerdictCounts
        counts={article.counts}
        label={`The claims of “${article.title}” by verdict`}
      />
      {wrong.length > 0 ? (
        <>
          <h4>What it got wrong</h4>
          <ul>
            {wrong.map((c) => (
              <li key={c.ref}>
                <a href={`/claims/${c.ref}`}>{c.ref}</a>: {c.text}{" "}
                <span className="muted">({verdictWords[c.verdict]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {right.length > 0 ? (
        <>
          <h4>What it got right</h4>
          <ul>
            {right.map((c) => (
              <li key={c.ref}>
                <a href={`/claims/${c.ref}`}>{c.ref}</a>: {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>Its claims in reading order, with the passages quoted</summary>
        <ol>
          {readingOrder(article).map((c) => (
            <li key={c.ref}>
              <blockquote className="passage" cite={article.url ?? undefined}>
                <p>“{c.passage}”</p>
              </blockquote>
              <p>
                <a href={`/claims/${c.ref}`}>{c.ref}</a> <VerdictBadge verdict={c.verdict} />{" "}
                {c.text}
              </p>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
