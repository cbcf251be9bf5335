import { describe, expect, it } from "vitest";
import {
  claimCount,
  investigationPath,
  paragraphs,
  scopedMeta,
  scopedPath,
} from "./investigations";

const scope = { slug: "a-case", title: "A case", standfirst: "What the case is about." };

describe("addresses of an investigation's views", () => {
  it("puts each view under the investigation's slug", () => {
    expect(investigationPath("a-case")).toBe("/investigations/a-case");
    expect(investigationPath("a-case", "claims")).toBe("/investigations/a-case/claims");
    expect(investigationPath("a-case", "/feed.xml")).toBe("/investigations/a-case/feed.xml");
  });

  it("leaves site-wide paths alone and scopes them within an investigation", () => {
    expect(scopedPath(null, "/claims?verdict=accurate")).toBe("/claims?verdict=accurate");
    expect(scopedPath(scope, "/claims?verdict=accurate")).toBe(
      "/investigations/a-case/claims?verdict=accurate",
    );
    expect(scopedPath(scope, "/")).toBe("/investigations/a-case");
  });
});

describe("scopedMeta", () => {
  const meta = { title: "Claims", description: "Every published claim.", path: "/claims" };

  it("is the page's own metadata on the site-wide view", () => {
    expect(scopedMeta(null, meta)).toEqual(meta);
  });

  it("takes the investigation's title, standfirst and feed from its record", () => {
    expect(scopedMeta(scope, meta)).toEqual({
      title: "Claims: A case",
      description: "What the case is about. Every published claim.",
      path: "/investigations/a-case/claims",
      feed: { href: "/investigations/a-case/feed.xml", title: "Arms Trail: A case" },
    });
  });
});

it("claimCount counts in words", () => {
  expect(claimCount(1)).toBe("1 claim");
  expect(claimCount(1200)).toBe("1,200 claims");
});

it("paragraphs splits a record's text on blank lines and joins wrapped lines", () => {
  expect(paragraphs("One,\nwrapped.\n\n  Two.  \n\n\n")).toEqual(["One, wrapped.", "Two."]);
  expect(paragraphs("")).toEqual([]);
});
