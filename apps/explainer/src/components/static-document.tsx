import type { ReactNode } from "react";
import globalCss from "~/app/globals.css?raw";
import { PageHead } from "~/components/page-head";
import { SiteFrame } from "~/components/site-frame";
import type { PageMeta } from "~/lib/metadata";

/**
 * A whole page for a route handler to serve with no client JavaScript: what the root layout
 * (src/app/layout.tsx) and Next.js's metadata give an App Router page, without the runtime.
 * The site's stylesheet is inlined: its compiled file's hashed name is known only to
 * Next.js's internal manifests, and inlining spares the reader a round trip on the one
 * page most visits start from.
 */
export function StaticDocument({
  meta,
  nonce,
  children,
}: {
  meta: PageMeta;
  /** This request's CSP nonce (src/proxy.ts), which lets the inlined stylesheet apply. */
  nonce?: string;
  children: ReactNode;
}) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <PageHead meta={meta} />
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: globalCss }} />
      </head>
      <body>
        <SiteFrame>{children}</SiteFrame>
      </body>
    </html>
  );
}
