import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { siteUrl } from "~/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Arms Trail", template: "%s · Arms Trail" },
  description:
    "An open, fact-checked tracker of arms transfers between states and the sanctions they breach.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const nav = [
  ["/", "Story"],
  ["/claims", "Claims"],
  ["/actors", "Actors"],
  ["/transfers", "Transfers"],
  ["/sanctions", "Sanctions"],
  ["/timeline", "Timeline"],
  ["/network", "Network"],
  ["/map", "Map"],
  ["/sources", "Sources"],
  ["/search", "Search"],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Arms Trail
          </Link>
          <nav aria-label="Main">
            <ul>
              {nav.map(([href, label]) => (
                <li key={href}>
                  <Link href={href}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <nav aria-label="About">
            <ul>
              <li>
                <Link href="/methodology">Methodology</Link>
              </li>
              <li>
                <Link href="/corrections">Corrections</Link>
              </li>
              <li>
                <Link href="/data">Data and licence</Link>
              </li>
              <li>
                <a href="/feed.xml">Atom feed</a>
              </li>
            </ul>
          </nav>
          <p>
            Every figure on this site comes from an approved, sourced claim. Code Apache-2.0; data
            CC BY 4.0.
          </p>
        </footer>
      </body>
    </html>
  );
}
