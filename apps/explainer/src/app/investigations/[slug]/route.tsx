import { SomethingWentWrong } from "~/components/something-went-wrong";
import { StaticDocument } from "~/components/static-document";
import { StoryArticle, storyMeta } from "~/components/story-article";
import { investigationPath } from "~/lib/investigations";
import { data } from "~/server/data";
import { htmlPage } from "~/server/html-page";
import { findScope } from "~/server/investigation";

// An investigation's story is a route handler, not a page, so that it ships no JavaScript, as
// the story at `/` did before there were several (docs/architecture.md, "The story"). It reads
// the same cached data as the pages, so POST /api/revalidate refreshes it too.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const nonce = request.headers.get("x-nonce") ?? undefined;
  const { slug } = await params;
  const loaded = await (async () => {
    const scope = await findScope(slug);
    if (!scope) return "not found" as const;
    const [investigation, story] = await Promise.all([
      data.investigation(scope.slug),
      data.story(scope.slug),
    ]);
    return { investigation, story };
  })().catch((error: unknown) => {
    console.error(error);
    return null;
  });
  if (loaded === "not found") {
    return htmlPage(
      <StaticDocument
        meta={{
          title: "Not found",
          description: "No published investigation has this address.",
          path: investigationPath(slug),
        }}
        nonce={nonce}
      >
        <h1>Not found</h1>
        <p>
          No published investigation has this address. <a href="/">See every investigation</a>.
        </p>
      </StaticDocument>,
      404,
    );
  }
  return htmlPage(
    loaded ? (
      <StaticDocument meta={storyMeta(loaded.investigation)} nonce={nonce}>
        <StoryArticle {...loaded} />
      </StaticDocument>
    ) : (
      <StaticDocument
        meta={{ title: "Something went wrong", description: "", path: investigationPath(slug) }}
        nonce={nonce}
      >
        <SomethingWentWrong />
      </StaticDocument>
    ),
    loaded ? 200 : 500,
  );
}
