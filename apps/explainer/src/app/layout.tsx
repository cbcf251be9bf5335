import type { Metadata, Viewport } from "next";
import Link from "next/link";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <SiteFrame link={Link}>{children}</SiteFrame>
      </body>
    </html>
  );
}
