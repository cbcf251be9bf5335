import type { Metadata } from "next";
import { siteUrl } from "~/env";

/** Title, description, canonical URL and Open Graph tags for a page. */
export function pageMetadata({
  title,
  description,
  path,
}: {
  title: string;
  description: string;
  path: string;
}): Metadata {
  const url = new URL(path, siteUrl()).toString();
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: "Arms Trail",
      type: "website",
      locale: "en_GB",
    },
    twitter: { card: "summary", title, description },
  };
}
