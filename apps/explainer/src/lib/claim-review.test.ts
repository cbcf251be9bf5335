import type { PublicClaim, Source, Verdict } from "@armstrail/domain";
import { verdictWords } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import {
  claimReviewJsonLd,
  claimReviewedText,
  claimantAsAuthor,
  jsonLdString,
  truncateOnWord,
} from "./claim-review";

const SITE = "https://armstrail.example";

const opEd: Source = {
  id: "01a2203d-a447-723b-b336-e32f11302939",
  ref: "S01",
  publisher: "The Sunday Guardian (India)",
  title: "An op-ed on what North Korea gains from the war in Ukraine",
  titleIsDescriptive: true,
  published: null,
  url: "https://sundayguardianlive.com/investigation/how-north-korea-is-benefiting-from-the-war-in-ukraine",
  kind: "opinion",
  kindNote: null,
};

function claim(overrides: Partial<PublicClaim> = {}): PublicClaim {
  return {
    id: "01a2203d-aaeb-70b4-9d83-347ce8bf6ea5",
    ref: "C39",
    statement:
      "Russia's veto on 25 March 2024 effectively closed the UN panel that tracked violations of the North Korea sanctions.",
    quotedPhrase: "on 25 March this year",
    claimant: "John Dobson (author)",
    claimType: "event",
    verdict: "inaccurate",
    likelihood: null,
    confidence: null,
    finding: "The date is wrong: Russia vetoed the renewal on 28 March 2024.",
    subjects: [],
    appearance: opEd,
    evidence: [],
    seeAlso: [],
    publishedAt: "2026-11-28T03:40:40.054Z",
    updatedAt: "2026-11-29T10:00:00.000Z",
    ...overrides,
  };
}

const verdictTermPattern =
  /\b(?:accurate|inaccurate|mostly accurate|needs context|unverifiable|opinion|not checkable)\b/i;

describe("claimReviewJsonLd", () => {
  it("carries every field ClaimReview needs", () => {
    const ld = claimReviewJsonLd(claim(), SITE);
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("ClaimReview");
    expect(ld.url).toBe(`${SITE}/claims/C39`);
    expect(ld.claimReviewed.length).toBeGreaterThan(0);
    expect(ld.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Inaccurate",
      ratingExplanation: "The date is wrong: Russia vetoed the renewal on 28 March 2024.",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    });
    expect(ld.author).toEqual({ "@type": "Organization", name: "Arms Trail", url: `${SITE}/` });
    expect(ld.datePublished).toBe("2026-11-28");
    expect(ld.dateModified).toBe("2026-11-29T10:00:00.000Z");
    expect(ld.inLanguage).toBe("en");
    expect(ld.itemReviewed["@type"]).toBe("Claim");
    expect(ld.itemReviewed.author).toEqual({ "@type": "Person", name: "John Dobson" });
    expect(ld.itemReviewed.appearance).toEqual({
      "@type": "OpinionNewsArticle",
      url: opEd.url,
      headline: opEd.title,
    });
    expect(ld.itemReviewed.firstAppearance).toEqual(ld.itemReviewed.appearance);
    // The op-ed's date is not known, so none is given.
    expect("datePublished" in ld.itemReviewed).toBe(false);
  });

  it("gives the appearance's date when it is known", () => {
    const ld = claimReviewJsonLd(
      claim({ appearance: { ...opEd, kind: "news", published: "2024-04" } }),
      SITE,
    );
    expect(ld.itemReviewed.datePublished).toBe("2024-04");
    expect(ld.itemReviewed.appearance?.["@type"]).toBe("CreativeWork");
  });

  it("maps checkable verdicts to 1-5 and leaves the others without a number", () => {
    const expected: Record<Verdict, number | undefined> = {
      accurate: 5,
      mostly_accurate: 4,
      needs_context: 3,
      inaccurate: 1,
      unverifiable: undefined,
      opinion: undefined,
    };
    for (const [verdict, value] of Object.entries(expected) as [Verdict, number | undefined][]) {
      const r = claimReviewJsonLd(claim({ verdict }), SITE).reviewRating;
      expect(r.alternateName).toBe(verdictWords[verdict]);
      expect(r.ratingValue).toBe(value);
      if (value === undefined) {
        expect("bestRating" in r).toBe(false);
        expect("worstRating" in r).toBe(false);
      } else {
        expect(r.bestRating).toBe(5);
        expect(r.worstRating).toBe(1);
      }
    }
  });

  it("keeps claimReviewed under 75 characters, cut on a word, with an ellipsis", () => {
    const statement = claim().statement;
    const text = claimReviewJsonLd(claim(), SITE).claimReviewed;
    expect(text.length).toBeLessThan(75);
    expect(text.endsWith("…")).toBe(true);
    const body = text.slice(0, -1);
    expect(statement.startsWith(body)).toBe(true);
    // The cut falls between words, not inside one.
    expect(statement[body.length]).toMatch(/[\s,.;:]/);
  });

  it("leaves a short statement whole", () => {
    expect(claimReviewedText("North Korea sent shells to Russia.")).toBe(
      "North Korea sent shells to Russia.",
    );
  });

  it("never puts a verdict word in claimReviewed", () => {
    const statements = [
      "Officials said the count was accurate and that the shipments continued into 2024 without pause.",
      "Inaccurate reports aside, the rail link carried munitions.",
      "In my opinion the trade will grow.",
      "The figure needs context and is unverifiable.",
      claim().statement,
    ];
    for (const statement of statements) {
      const text = claimReviewJsonLd(claim({ statement }), SITE).claimReviewed;
      expect(text).not.toMatch(verdictTermPattern);
      expect(text.length).toBeLessThan(75);
      for (const words of Object.values(verdictWords)) {
        expect(text.toLowerCase()).not.toContain(words.toLowerCase());
      }
    }
  });

  it("puts the review on the site's own domain", () => {
    for (const site of [SITE, `${SITE}/`, "http://localhost:3000"]) {
      const ld = claimReviewJsonLd(claim(), site);
      expect(new URL(ld.url).origin).toBe(new URL(site).origin);
      expect(new URL(ld.author.url).origin).toBe(new URL(site).origin);
      expect(new URL(ld.url).pathname).toBe("/claims/C39");
    }
  });

  it("has no appearance when the claim has none", () => {
    const ld = claimReviewJsonLd(claim({ appearance: null }), SITE);
    expect(ld.itemReviewed.appearance).toBeUndefined();
    expect(ld.itemReviewed.firstAppearance).toBeUndefined();
  });
});

describe("claimantAsAuthor", () => {
  it("reads '(author)' as a person and anything else as an organisation", () => {
    expect(claimantAsAuthor("John Dobson (author), citing Fyodor Lukyanov")).toEqual({
      "@type": "Person",
      name: "John Dobson",
    });
    expect(claimantAsAuthor("CAR (as relayed by author)")).toEqual({
      "@type": "Organization",
      name: "CAR (as relayed by author)",
    });
  });
});

describe("truncateOnWord", () => {
  it("cuts a single long word when there is no space", () => {
    const out = truncateOnWord("x".repeat(100), 74);
    expect(out.length).toBe(74);
    expect(out.endsWith("…")).toBe(true);
  });
});

describe("jsonLdString", () => {
  it("escapes < so the JSON cannot close its script tag", () => {
    const s = jsonLdString({ a: "</script><script>alert(1)</script>" });
    expect(s).not.toContain("<");
    expect(JSON.parse(s)).toEqual({ a: "</script><script>alert(1)</script>" });
  });
});
