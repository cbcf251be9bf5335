import { feedLink, feedLinks, type PageMeta, pageUrl, siteOpenGraph } from "~/lib/metadata";

/**
 * The tags Next.js writes for `pageMetadata`, for a page served without it (the story):
 * title, description, canonical URL, feed links, Open Graph and Twitter card.
 */
export function PageHead({ meta }: { meta: PageMeta }) {
  const url = pageUrl(meta.path);
  return (
    <>
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      <link rel="canonical" href={url} />
      {feedLinks(meta).map((f) => (
        <link key={f.href} rel="alternate" type={feedLink.type} href={f.href} title={f.title} />
      ))}
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={siteOpenGraph.siteName} />
      <meta property="og:locale" content={siteOpenGraph.locale} />
      <meta property="og:type" content={siteOpenGraph.type} />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={meta.title} />
      <meta name="twitter:description" content={meta.description} />
    </>
  );
}
