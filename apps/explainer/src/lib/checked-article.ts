// The "article we checked" part of a story, built from the checked-article records
// (investigation.bySlug's `articles`), never from a ref in code: who wrote it, where and when
// it appeared, its claims in reading order with the passages quoted, and its own verdict
// counts. The counts are the article's, so a story never says an article held claims that
// came from elsewhere. Pure.
import { type Verdict, formatPartialDate } from "@armstrail/domain";

export type ArticleClaim = {
  ref: string;
  position: number;
  passage: string;
  verdict: Verdict;
  text: string;
};

export type CheckedArticle = {
  ref: string;
  title: string;
  outlet: string;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
  counts: { total: number; byVerdict: Partial<Record<Verdict, number>> };
  claims: ArticleClaim[];
};

/** The article's claims in the order a reader meets them. */
export function readingOrder(article: Pick<CheckedArticle, "claims">): ArticleClaim[] {
  return [...article.claims].sort((a, b) => a.position - b.position || a.ref.localeCompare(b.ref));
}

/** Its claims with one verdict, in reading order. */
export function claimsWithVerdict(
  article: Pick<CheckedArticle, "claims">,
  verdict: Verdict,
): ArticleClaim[] {
  return readingOrder(article).filter((c) => c.verdict === verdict);
}

/** "by Jane Doe, published in The Daily Example on 5 March 2024", from what the record holds. */
export function byline(article: Pick<CheckedArticle, "author" | "outlet" | "publishedOn">): string {
  const when = article.publishedOn
    ? ` ${article.publishedOn.length > 7 ? "on" : "in"} ${formatPartialDate(article.publishedOn)}`
    : "";
  const where = `published in ${article.outlet}${when}`;
  return article.author ? `by ${article.author}, ${where}` : where;
}

/** The heading of the section: one article or several. */
export function articlesHeading(count: number): string {
  return count === 1 ? "The article we checked" : "The articles we checked";
}

/** The section's anchor on the story page, one per article. */
export function articleAnchor(article: Pick<CheckedArticle, "ref">): string {
  return `checked-${article.ref}`;
}
