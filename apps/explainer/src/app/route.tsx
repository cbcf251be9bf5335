import { SomethingWentWrong } from "~/components/something-went-wrong";
import { StaticDocument } from "~/components/static-document";
import { StoryArticle, storyMeta } from "~/components/story-article";
import { data } from "~/server/data";
import { htmlPage } from "~/server/html-page";

// The story (`/`) is a route handler, not a page, so that it ships no JavaScript: an App
// Router page always loads Next.js's client runtime and React (about 136 kB gzipped, see
// docs/benchmarks.md), and the story needs neither. It reads the same cached data as the
// pages, so POST /api/revalidate refreshes it too.
export const dynamic = "force-dynamic";

async function loadStory() {
  const [story, counts, claims] = await Promise.all([
    data.story(),
    data.claimCounts({}),
    data.claims({ limit: 100 }),
  ]);
  return { story, counts, claims };
}

export async function GET(request: Request) {
  const loaded = await loadStory().catch((error: unknown) => {
    console.error(error);
    return null;
  });
  return htmlPage(
    <StaticDocument meta={storyMeta} nonce={request.headers.get("x-nonce") ?? undefined}>
      {loaded ? <StoryArticle {...loaded} /> : <SomethingWentWrong />}
    </StaticDocument>,
    loaded ? 200 : 500,
  );
}
