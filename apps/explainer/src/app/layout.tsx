import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFrame } from "~/components/site-frame";
import { siteUrl } from "~/env";
import { feedLink } from "~/lib/metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Arms Trail", template: "%s · Arms Trail" },
  description:
    "An open, fact-checked tracker of arms transfers between states and the sanctions they breach.",
  alternates: { types: { [feedLink.type]: [{ url: feedLink.href, title: feedLink.title }] } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the 404 too, is rendered on request: its scripts need this request's CSP
  // nonce (src/proxy.ts), which a page prerendered at build time could not carry.
  await connection();
  return (
    <html lang="en-GB">
      <body>
        <SiteFrame link={Link}>{children}</SiteFrame>
      </body>
    </html>
  );
}
