import { IdSchema, claimStatusWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Refused } from "~/components/refused";
import { RevisionHistory } from "~/components/revision-history";
import { StatusBadge } from "~/components/status-badge";
import { VersionProvider } from "~/components/version-context";
import { WorkflowActions } from "~/components/workflow-actions";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { StoryEditor } from "./story-editor";

export const metadata: Metadata = { title: "Story block" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export default async function StoryBlockPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireSession(`/story/${id}`);
  if (!IdSchema.safeParse(id).success) notFound();
  const api = await editorApi();
  const block = await load(() => api.story.get({ id }));
  if (!block.ok) return <Refused title="Story block" problem={block} />;
  const b = block.value;
  const revisions = await load(() => api.story.revisions({ id }));
  const q = await searchParams;
  const from = Number(q.from);
  const to = Number(q.to);
  const comparison =
    Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0
      ? await load(() => api.story.compare({ id, from, to }))
      : null;
  const editable =
    b.status === "draft" || b.status === "changes_requested" || b.status === "approved";

  return (
    <VersionProvider version={b.version}>
      <p className="crumbs">
        <Link href="/story">Story</Link> / <span className="text">{b.sectionTitle}</span>
      </p>
      <h1>
        Block {b.position} of “<span className="text">{b.sectionTitle}</span>”
      </h1>
      <p className="meta-line">
        <StatusBadge status={b.status} /> · by {b.author.name} · version {b.version} · revision{" "}
        {b.working.number}
        {b.publishedRevisionNumber ? ` · readers see revision ${b.publishedRevisionNumber}` : ""}
      </p>
      <WorkflowActions
        claim={{
          kind: "story",
          id: b.id,
          version: b.version,
          status: b.status,
          published: b.publishedRevisionNumber !== null,
          isAuthor: b.working.author.id === session.id || b.author.id === session.id,
          assigneeId: null,
        }}
        me={{ id: session.id, role: session.role }}
      />
      {editable ? (
        <StoryEditor key={b.version} id={b.id} body={b.working.body} version={b.version} />
      ) : (
        <section aria-labelledby="text-title">
          <h2 id="text-title">Text</h2>
          <p className="text">{b.working.body}</p>
        </section>
      )}
      <p className="muted">
        Cites: {b.working.citedRefs.length ? b.working.citedRefs.join(", ") : "no claims"}.
      </p>
      <p>
        <Link href={`/story/new?after=${b.id}`}>Add a block after this one</Link>
      </p>

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Review notes (internal)</h2>
        {b.reviews.length === 0 ? (
          <p className="muted">No review decisions yet.</p>
        ) : (
          <ol className="timeline">
            {b.reviews.map((r, i) => (
              <li key={i}>
                <strong>{r.reviewer}</strong>: {claimStatusWords[r.decision]} ·{" "}
                {formatInstant(r.at)}
                {r.note ? <p className="text">{r.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <RevisionHistory
        revisions={
          revisions.ok
            ? { ok: true, value: revisions.value.map((r) => ({ ...r, at: r.createdAt })) }
            : revisions
        }
        from={from}
        to={to}
        comparison={comparison}
        valuesOf={(r) => ({ body: r.body })}
        fields={[{ key: "body", label: "Text" }]}
        notes={false}
      />
    </VersionProvider>
  );
}
