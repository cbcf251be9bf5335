import { describe, expect, it } from "vitest";
import {
  type AtomFeed,
  buildAtomFeed,
  claimEntry,
  correctionEntry,
  escapeXml,
  feedEntries,
  feedHeader,
} from "./atom";

/**
 * A tiny well-formedness check: every tag is closed in order, attribute values are quoted,
 * and no text holds a bare "<" or an "&" that does not start one of the five XML entities.
 * Returns the element names in document order.
 */
function checkWellFormed(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const names: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = token.exec(body)) !== null) {
    pos = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = m;
    const checkEntities = (s: string) => {
      for (const amp of s.matchAll(/&/g)) {
        const rest = s.slice(amp.index);
        if (!/^&(amp|lt|gt|quot|apos);/.test(rest))
          throw new Error(`Bare & in ${JSON.stringify(s)}`);
      }
    };
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== "") throw new Error("Text outside the root");
      checkEntities(text);
      continue;
    }
    checkEntities(attrs ?? "");
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (pos !== body.length) throw new Error(`Not XML at ${pos}: ${body.slice(pos, pos + 40)}`);
  if (stack.length) throw new Error(`Unclosed: ${stack.join(", ")}`);
  return names;
}

const site = "https://armstrail.example";

const claim = {
  ref: "C39",
  verdict: "needs_context" as const,
  claimType: "quantity" as const,
  statement: `North Korea sent <script>alert("x")</script> & 'more' shells`,
  finding: "Figures run from 1 to 5 million & <b>rise</b>.",
  publishedAt: "2025-03-01T10:00:00.000Z",
  updatedAt: "2025-04-02T09:30:00.000Z",
};

function feed(entries: AtomFeed["entries"]): AtomFeed {
  return {
    id: `${site}/`,
    title: "Arms Trail & co",
    subtitle: "Checked claims",
    selfUrl: `${site}/feed.xml`,
    siteUrl: `${site}/`,
    author: "Arms Trail",
    rights: "Data CC BY 4.0",
    generatedAt: "2025-05-01T00:00:00.000Z",
    entries,
  };
}

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });

  it("drops characters XML 1.0 forbids but keeps tab, newline and astral characters", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe")).toBe("abcde");
    expect(escapeXml("\uD800lone")).toBe("lone");
    expect(escapeXml("tab\there\nnew 🚢")).toBe("tab\there\nnew 🚢");
  });
});

describe("buildAtomFeed", () => {
  const xml = buildAtomFeed(feed([claimEntry(claim, site)]));

  it("is well-formed XML with the Atom namespace", () => {
    const names = checkWellFormed(xml);
    expect(names[0]).toBe("feed");
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });

  it("has every element Atom requires of a feed and an entry", () => {
    const head = xml.slice(0, xml.indexOf("<entry>"));
    for (const re of [/<id>/, /<title type="text">/, /<updated>/, /<author>\s*<name>/]) {
      expect(head).toMatch(re);
    }
    expect(head).toContain(
      `<link rel="self" type="application/atom+xml" href="${site}/feed.xml"/>`,
    );
    expect(head).toContain(`<link rel="alternate" type="text/html" href="${site}/"/>`);
    const entry = xml.slice(xml.indexOf("<entry>"));
    expect(entry).toContain(`<id>${site}/claims/C39</id>`);
    expect(entry).toContain("<updated>2025-04-02T09:30:00.000Z</updated>");
    expect(entry).toContain("<published>2025-03-01T10:00:00.000Z</published>");
    expect(entry).toContain(`<link rel="alternate" type="text/html" href="${site}/claims/C39"/>`);
  });

  it("escapes hostile text instead of passing markup through", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).toContain(
      '<title type="text">C39: Needs context: North Korea sent &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;more&apos; shells</title>',
    );
    expect(xml).toContain("Arms Trail &amp; co");
  });

  it("takes <updated> from the newest entry, or the generation time when empty", () => {
    expect(xml).toMatch(/<\/subtitle>\n {2}<updated>2025-04-02T09:30:00.000Z<\/updated>/);
    const empty = buildAtomFeed(feed([]));
    checkWellFormed(empty);
    expect(empty).toContain("<updated>2025-05-01T00:00:00.000Z</updated>");
    expect(empty).not.toContain("<entry>");
  });
});

describe("the audit head in the feed", () => {
  const head = {
    hash: "ab".repeat(32),
    count: 41,
    at: "2025-05-01T00:00:00.000Z",
  };

  it("carries the head's hash, length and time in the feed's head, in a namespace of its own", () => {
    const xml = buildAtomFeed({ ...feed([claimEntry(claim, site)]), auditHead: head });
    const names = checkWellFormed(xml);
    expect(names.indexOf("audit:head")).toBeLessThan(names.indexOf("entry"));
    expect(xml).toContain(
      `<audit:head xmlns:audit="urn:armstrail:audit" hash="${head.hash}" entries="41" at="2025-05-01T00:00:00.000Z"/>`,
    );
  });

  it("has no time while the log is empty, and no element when no head is given", () => {
    const empty = buildAtomFeed({
      ...feed([]),
      auditHead: { hash: "0".repeat(64), count: 0, at: null },
    });
    checkWellFormed(empty);
    expect(empty).toMatch(/<audit:head [^>]*entries="0"\/>/);
    expect(buildAtomFeed(feed([]))).not.toContain("audit:head");
  });
});

describe("feed entries", () => {
  const notice = {
    ref: "C12",
    statement: "A retracted claim",
    kind: "retraction" as const,
    at: "2025-06-01T12:00:00.000Z",
    reason: "The only source was withdrawn <by its publisher>.",
  };

  it("gives a notice a tag URI and a link to its anchor on /corrections", () => {
    const e = correctionEntry(notice, site);
    expect(e.id).toBe("tag:armstrail.example,2025-06-01:C12-retraction-20250601T120000Z");
    expect(e.link).toBe(`${site}/corrections#C12-retraction-20250601T120000Z`);
    expect(e.title).toBe("C12 retracted: A retracted claim");
  });

  it("puts claims and notices newest first", () => {
    const older = { ...claim, ref: "C01", publishedAt: "2024-01-01T00:00:00.000Z" };
    const entries = feedEntries([older, claim], [notice], site);
    expect(entries.map((e) => e.link)).toEqual([
      `${site}/corrections#C12-retraction-20250601T120000Z`,
      `${site}/claims/C39`,
      `${site}/claims/C01`,
    ]);
    checkWellFormed(buildAtomFeed(feed(entries)));
  });
});

describe("feedHeader", () => {
  const site = "https://example.org";

  it("keeps the site-wide feed's id and speaks of every investigation", () => {
    const h = feedHeader(site, null);
    expect(h.id).toBe("https://example.org/");
    expect(h.selfUrl).toBe("https://example.org/feed.xml");
    expect(h.subtitle).toMatch(/every Arms Trail investigation/);
  });

  it("titles and describes an investigation's feed from its record", () => {
    const h = feedHeader(site, {
      slug: "a-case",
      title: "A case",
      standfirst: "What it is about.",
    });
    expect(h).toEqual({
      id: "https://example.org/investigations/a-case",
      title: "Arms Trail: A case",
      subtitle: "What it is about.",
      selfUrl: "https://example.org/investigations/a-case/feed.xml",
      siteUrl: "https://example.org/investigations/a-case",
    });
  });
});
