import type { Metadata } from "next";
import Link from "next/link";
import { Refused } from "~/components/refused";
import { StatusBadge } from "~/components/status-badge";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";

export const metadata: Metadata = { title: "Story" };

export default async function StoryPage() {
  await requireSession("/story");
  const api = await editorApi();
  const result = await load(() => api.story.list({}));
  if (!result.ok) return <Refused title="Story" problem={result} />;
  const sections = new Map<string, { title: string; blocks: typeof result.value }>();
  for (const b of result.value) {
    const s = sections.get(b.sectionKey) ?? { title: b.sectionTitle, blocks: [] };
    s.blocks.push(b);
    sections.set(b.sectionKey, s);
  }
  return (
    <>
      <div className="page-head">
        <h1>Story</h1>
        <Link className="button primary" href="/story/new">
          New block
        </Link>
      </div>
      <p className="lede">
        The explainer&apos;s narrative, block by block. Every factual sentence cites a claim;
        changes go through review, and an editor publishes them.
      </p>
      {[...sections.entries()].map(([key, s]) => (
        <section key={key} aria-labelledby={`section-${key}`}>
          <h2 id={`section-${key}`} className="text">
            {s.title}
          </h2>
          <ul className="cards">
            {s.blocks.map((b) => (
              <li key={b.id} className="card">
                <p className="card-head">
                  <StatusBadge status={b.status} />{" "}
                  {b.published ? <span className="tag">public</span> : null}{" "}
                  <span className="muted">updated {formatInstant(b.updatedAt)}</span>
                </p>
                <p>
                  <Link href={`/story/${b.id}`} className="text">
                    {b.excerpt}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
