import "server-only";
import type { ReactElement } from "react";

/**
 * Serves a React tree as a finished HTML page: no client runtime, no hydration data, no
 * scripts. Route handlers are bundled for React Server Components, where `react-dom/server`
 * refuses to load (and Next.js's compiler refuses the import), so it is imported at run
 * time, outside the bundle: the ordinary server renderer, with the app's own `react`. What
 * it renders must be plain markup components: no hooks, no "use client" component (and
 * `next/link` is one).
 */
export async function htmlPage(page: ReactElement, status = 200): Promise<Response> {
  const { renderToStaticMarkup } = await import(/* webpackIgnore: true */ "react-dom/server");
  return new Response(`<!DOCTYPE html>${renderToStaticMarkup(page)}`, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      // What Next.js sends for a page rendered on request: the data cache keeps it fresh.
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    },
  });
}
