import {
  type InvestigationView,
  type Scope,
  investigationPath,
  investigationViews,
} from "~/lib/investigations";
import type { LinkComponent } from "./site-frame";

/**
 * The investigation's name and its views (story, claims, transfers, ...), at the top of each of
 * its pages. The story is served without the App Router (src/app/investigations/[slug]/route.tsx),
 * so its link is always a plain link, as the site frame's link to `/` is.
 */
export function InvestigationNav({
  scope,
  current,
  link = "a",
}: {
  scope: NonNullable<Scope>;
  current: InvestigationView;
  link?: LinkComponent;
}) {
  return (
    <nav aria-label="This investigation" className="investigation-nav">
      <p className="investigation-name">
        <span className="muted">Investigation: </span>
        <a href={investigationPath(scope.slug)}>{scope.title}</a>
      </p>
      <ul>
        {investigationViews.map(({ view, label }) => {
          const Link = view === "" ? "a" : link;
          return (
            <li key={view}>
              <Link
                href={investigationPath(scope.slug, view)}
                aria-current={view === current ? "page" : undefined}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
