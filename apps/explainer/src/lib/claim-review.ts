// schema.org ClaimReview for a published claim, as search engines read it. Pure: no I/O,
// no environment; the caller passes the site's address.
import { type PublicClaim, type Source, type Verdict, verdictWords } from "@armstrail/domain";

/** ClaimReview asks for the claim in under 75 characters. */
export const CLAIM_REVIEWED_MAX = 74;

/** Verdict words on a 1-5 scale; unverifiable claims and opinions carry no number. */
const ratingValues: Partial<Record<Verdict, number>> = {
  accurate: 5,
  mostly_accurate: 4,
  needs_context: 3,
  inaccurate: 1,
};

/**
 * Terms that would read as a verdict inside the claim itself ("Mostly accurate" is covered
 * by "accurate", "Opinion (not checkable)" by "opinion" and "not checkable").
 */
const verdictTerms =
  /\b(?:inaccurate|accurate|needs context|unverifiable|opinion|not checkable)\b/i;

type CreativeWorkRef = {
  "@type": "CreativeWork" | "OpinionNewsArticle";
  url: string;
  headline: string;
};

export type ClaimReviewJsonLd = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingExplanation: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  author: { "@type": "Organization"; name: "Arms Trail"; url: string };
  datePublished: string;
  dateModified: string;
  inLanguage: "en";
  itemReviewed: {
    "@type": "Claim";
    author: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance?: CreativeWorkRef;
    firstAppearance?: CreativeWorkRef;
  };
};

/** Cuts text on a word boundary so that it, with an ellipsis, stays within `max` characters. */
export function truncateOnWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // leaves one character for the ellipsis
  const lastSpace = room.lastIndexOf(" ");
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.!?'"‘’“”(–-]+$/u, "")}…`;
}

/**
 * The claim as ClaimReview's `claimReviewed`: under 75 characters, cut on a word and never
 * containing a verdict term, so the claim cannot be mistaken for our rating of it.
 */
export function claimReviewedText(statement: string): string {
  const clean = statement.replace(/\s+/g, " ").trim();
  const hit = verdictTerms.exec(clean);
  // Stop before the first verdict term; if the statement opens with one, drop the terms.
  const safe =
    hit === null
      ? clean
      : hit.index > 0
        ? `${clean.slice(0, hit.index).trimEnd()} …`
        : clean.replace(new RegExp(verdictTerms.source, "gi"), "…");
  return truncateOnWord(safe, CLAIM_REVIEWED_MAX);
}

/** "Jane Doe (author)" is a person; anything else is taken to be an organisation. */
export function claimantAsAuthor(claimant: string): {
  "@type": "Person" | "Organization";
  name: string;
} {
  const at = claimant.indexOf("(author)");
  if (at >= 0) {
    const name = claimant.slice(0, at).trim();
    if (name) return { "@type": "Person", name };
  }
  return { "@type": "Organization", name: claimant.trim() };
}

function appearanceOf(source: Source): CreativeWorkRef {
  return {
    "@type": source.kind === "opinion" ? "OpinionNewsArticle" : "CreativeWork",
    url: source.url,
    headline: source.title,
  };
}

/** The ClaimReview object for a published claim; `siteUrl` is the site root, e.g. https://armstrail.org. */
export function claimReviewJsonLd(claim: PublicClaim, siteUrl: string): ClaimReviewJsonLd {
  const root = siteUrl.replace(/\/+$/, "");
  const value = ratingValues[claim.verdict];
  const appearance = claim.appearance;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: new URL(`/claims/${claim.ref}`, `${root}/`).toString(),
    claimReviewed: claimReviewedText(claim.statement),
    reviewRating: {
      "@type": "Rating",
      alternateName: verdictWords[claim.verdict],
      ratingExplanation: claim.finding,
      ...(value === undefined ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
    },
    author: { "@type": "Organization", name: "Arms Trail", url: `${root}/` },
    datePublished: claim.publishedAt.slice(0, 10),
    dateModified: claim.updatedAt,
    inLanguage: "en",
    itemReviewed: {
      "@type": "Claim",
      author: claimantAsAuthor(claim.claimant),
      ...(appearance?.published ? { datePublished: appearance.published } : {}),
      ...(appearance
        ? { appearance: appearanceOf(appearance), firstAppearance: appearanceOf(appearance) }
        : {}),
    },
  };
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so it cannot close the tag. */
export function jsonLdString(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
