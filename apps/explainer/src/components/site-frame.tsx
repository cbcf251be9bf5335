import type { ElementType, ReactNode } from "react";

/**
 * How the frame links between pages: `next/link` on pages the App Router serves, a plain
 * `<a>` where no client runtime runs (the story; `next/link` is a client component).
 */
export type LinkComponent = ElementType<{
  href: string;
  className?: string;
  "aria-current"?: "page";
  children: ReactNode;
}>;

const nav = [
  ["/", "Investigations"],
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

/**
 * The story is served without the App Router (src/app/route.tsx), so links to it are plain
 * links everywhere: the client router cannot navigate to it, and a prefetch would download
 * its whole HTML for nothing.
 */
function linkFor(href: string, link: LinkComponent): LinkComponent {
  return href === "/" ? "a" : link;
}

/** Skip link, header with the main navigation, the page's content, and the footer. */
export function SiteFrame({ link = "a", children }: { link?: LinkComponent; children: ReactNode }) {
  const Footer = link;
  const Brand = linkFor("/", link);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Brand href="/" className="brand">
          Arms Trail
        </Brand>
        <nav aria-label="Main">
          <ul>
            {nav.map(([href, label]) => {
              const Nav = linkFor(href, link);
              return (
                <li key={href}>
                  <Nav href={href}>{label}</Nav>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <nav aria-label="About">
          <ul>
            <li>
              <Footer href="/methodology">Methodology</Footer>
            </li>
            <li>
              <Footer href="/corrections">Corrections</Footer>
            </li>
            <li>
              <Footer href="/data">Data and licence</Footer>
            </li>
            <li>
              <a href="/feed.xml">Atom feed</a>
            </li>
          </ul>
        </nav>
        <p>
          Every figure on this site comes from an approved, sourced claim. Code Apache-2.0; data CC
          BY 4.0.
        </p>
      </footer>
    </>
  );
}
