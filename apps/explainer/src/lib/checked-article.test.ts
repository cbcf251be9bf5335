import { describe, expect, it } from "vitest";
import {
  articleAnchor,
  articlesHeading,
  byline,
  claimsWithVerdict,
  readingOrder,
} from "./checked-article";

const article = {
  ref: "K07",
  title: "An article",
  outlet: "The Daily Example",
  author: "Jane Doe",
  publishedOn: "2024-03-05",
  url: "https://example.org/a",
  counts: { total: 3, byVerdict: { accurate: 1, inaccurate: 2 } },
  claims: [
    { ref: "C12", position: 3, passage: "third", verdict: "inaccurate" as const, text: "Three." },
    { ref: "C02", position: 1, passage: "first", verdict: "accurate" as const, text: "One." },
    { ref: "C40", position: 2, passage: "second", verdict: "inaccurate" as const, text: "Two." },
  ],
};

describe("a checked article", () => {
  it("lists its claims in reading order, whatever their refs", () => {
    expect(readingOrder(article).map((c) => c.ref)).toEqual(["C02", "C40", "C12"]);
  });

  it("picks the claims of one verdict in reading order", () => {
    expect(claimsWithVerdict(article, "inaccurate").map((c) => c.ref)).toEqual(["C40", "C12"]);
    expect(claimsWithVerdict(article, "opinion")).toEqual([]);
  });

  it("says who wrote it, where and when, from what the record holds", () => {
    expect(byline(article)).toBe("by Jane Doe, published in The Daily Example on 5 March 2024");
    expect(byline({ ...article, author: null, publishedOn: "2024-03" })).toBe(
      "published in The Daily Example in March 2024",
    );
    expect(byline({ ...article, publishedOn: null })).toBe(
      "by Jane Doe, published in The Daily Example",
    );
  });

  it("names the section for one article or several, and anchors each by its ref", () => {
    expect(articlesHeading(1)).toBe("The article we checked");
    expect(articlesHeading(2)).toBe("The articles we checked");
    expect(articleAnchor(article)).toBe("checked-K07");
  });
});
