import { InvestigationList, homeMeta } from "~/components/investigation-list";
import { SomethingWentWrong } from "~/components/something-went-wrong";
import { StaticDocument } from "~/components/static-document";
import { data } from "~/server/data";
import { htmlPage } from "~/server/html-page";

// The home page (`/`) lists the investigations. Like each investigation's story, it is a route
// handler, not a page, so that it ships no JavaScript: an App Router page always loads Next.js's
// client runtime and React (about 136 kB gzipped, see docs/benchmarks.md), and it needs neither.
// It reads the same cached data as the pages, so POST /api/revalidate refreshes it too.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const investigations = await data.investigations().catch((error: unknown) => {
    console.error(error);
    return null;
  });
  return htmlPage(
    <StaticDocument meta={homeMeta} nonce={request.headers.get("x-nonce") ?? undefined}>
      {investigations ? (
        <InvestigationList investigations={investigations} />
      ) : (
        <SomethingWentWrong />
      )}
    </StaticDocument>,
    investigations ? 200 : 500,
  );
}
