import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { pageMetadata, type PageMeta } from "~/lib/metadata";
import { htmlPage } from "~/server/html-page";
import { StaticDocument } from "./static-document";

const meta: PageMeta = {
  title: "A page about the trade",
  description: "What the page is about.",
  path: "/somewhere",
};

async function render(nonce?: string): Promise<{ res: Response; html: string }> {
  const res = await htmlPage(
    createElement(StaticDocument, { meta, nonce, children: createElement("h1", null, "Hello") }),
  );
  return { res, html: await res.text() };
}

/** The `content` of a `<meta>` tag, found by its `name` or `property`. */
function metaContent(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

describe("a page served without the client runtime", () => {
  it("is a whole HTML document with no script at all", async () => {
    const { res, html } = await render();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"\/>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<main id="main"><h1>Hello</h1></main>');
  });

  it("puts the request's CSP nonce on its inlined stylesheet, so a strict policy applies it", async () => {
    const { html } = await render("abc123==");
    expect(html).toContain('<style nonce="abc123==">');
  });

  it("carries the tags Next.js writes for the same page metadata", async () => {
    const { html } = await render();
    const next = pageMetadata(meta);
    const og = next.openGraph as Record<string, string>;
    expect(html).toContain(`<title>${meta.title}</title>`);
    expect(metaContent(html, "description")).toBe(next.description);
    expect(html).toContain(`<link rel="canonical" href="${og.url}"/>`);
    for (const [key, property] of [
      ["title", "og:title"],
      ["description", "og:description"],
      ["url", "og:url"],
      ["siteName", "og:site_name"],
      ["locale", "og:locale"],
      ["type", "og:type"],
    ] as const) {
      expect(metaContent(html, property), property).toBe(og[key]);
    }
    expect(metaContent(html, "twitter:card")).toBe("summary");
  });

  it("has the site's frame: skip link first, both navigations, the stylesheet inline", async () => {
    const { html } = await render();
    expect(html).toMatch(/<body><a class="skip" href="#main">Skip to content<\/a>/);
    expect(html).toContain('<nav aria-label="Main">');
    expect(html).toContain('<nav aria-label="About">');
    expect(html).toContain('<a href="/claims">Claims</a>');
    expect(html).toMatch(/<style>[^<]*\.fn-inaccurate\s*\{/);
  });
});
