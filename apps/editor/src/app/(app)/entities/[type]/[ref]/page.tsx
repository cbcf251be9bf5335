import { EntityTypeSchema, refSchemaFor, may, entityTypeWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityEditor } from "~/components/entity-editor";
import { Refused } from "~/components/refused";
import { RevisionDiff } from "~/components/revision-diff";
import { RevisionHistory } from "~/components/revision-history";
import { StatusBadge } from "~/components/status-badge";
import { entityFieldWords } from "~/lib/entity-words";
import { labelFor } from "~/lib/schema-fields";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { ActorMerge, EntityActions, MergeProposals } from "./entity-tools";

type EntityView = Omit<
  Awaited<ReturnType<Awaited<ReturnType<typeof editorApi>>["actor"]["get"]>>,
  "data" | "publicData"
> & {
  data: Record<string, unknown>;
  publicData: Record<string, unknown> | null;
};

type Props = {
  params: Promise<{ type: string; ref: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).ref };
}

export default async function EntityPage({ params, searchParams }: Props) {
  const p = await params;
  const parsed = EntityTypeSchema.safeParse(p.type);
  if (!parsed.success || !refSchemaFor(parsed.data).safeParse(p.ref).success) notFound();
  const type = parsed.data;
  const session = await requireSession(`/entities/${type}/${p.ref}`);
  const api = await editorApi();
  // The five routers return the same shape with a different `data`; read it as a record.
  const get = api[type].get as (input: { ref: string }) => Promise<EntityView>;
  const got = await load(() => get({ ref: p.ref }));
  if (!got.ok) return <Refused title={p.ref} problem={got} />;
  const e = got.value;
  const revisions = await load(() => api[type].revisions({ id: e.id }));
  const q = await searchParams;
  const from = Number(q.from);
  const to = Number(q.to);
  const comparison =
    from > 0 && to > 0 ? await load(() => api[type].compare({ id: e.id, from, to })) : null;
  const reviewer = may(session.role, "review");
  const isEditor = may(session.role, "publish");
  const proposals =
    type === "actor" ? await load(() => api.actor.mergeProposals({ id: e.id })) : null;
  const change = e.pendingChange;
  const fields = Object.keys(e.data).map((key) => ({
    key,
    label: entityFieldWords[key] ?? labelFor(key),
  }));

  return (
    <>
      <p className="crumbs">
        <Link href={`/entities/${type}`}>{entityTypeWords[type].many}</Link> / {e.ref}
      </p>
      <h1>
        <span className="ref">{e.ref}</span> <span className="text">{e.label}</span>
      </h1>
      <p className="meta-line">
        <StatusBadge status={e.reviewStatus} /> · version {e.version}
        {e.createdBy ? ` · created by ${e.createdBy.name}` : ""}
        {e.lastRevision
          ? ` · revision ${e.lastRevision.number} by ${e.lastRevision.author.name}, ${formatInstant(e.lastRevision.at)}`
          : ""}
      </p>
      {change && e.publicData ? (
        <section aria-labelledby="change-title" className="notice">
          <h2 id="change-title">
            A change waits for review ({change.state === "in_review" ? "in review" : "not sent yet"}
            )
          </h2>
          <p>
            Revision {change.revision} by {change.authors.map((a) => a.name).join(", ")}. Readers
            still see the published record until another fact-checker, who wrote none of the change
            and did not create the record, approves it. The form below holds the change.
          </p>
          <RevisionDiff
            left={{ title: "Published (what readers see)", values: e.publicData }}
            right={{ title: "Change waiting for review", values: e.data }}
            fields={fields}
          />
        </section>
      ) : null}
      <EntityActions
        type={type}
        id={e.id}
        version={e.version}
        status={e.reviewStatus}
        change={change?.state ?? null}
        reviewer={reviewer}
      />
      <section aria-labelledby="edit-title">
        <h2 id="edit-title">Record</h2>
        <EntityEditor type={type} id={e.id} version={e.version} initial={e.data} />
      </section>
      {proposals?.ok && proposals.value.length ? (
        <MergeProposals proposals={proposals.value} me={session.id} editor={isEditor} />
      ) : null}
      {type === "actor" && isEditor ? (
        <ActorMerge survivorId={e.id} survivorVersion={e.version} survivorRef={e.ref} />
      ) : null}
      <RevisionHistory
        revisions={revisions}
        from={from}
        to={to}
        comparison={comparison}
        valuesOf={(r) => r.data}
        fields={fields}
        notes
      />
    </>
  );
}
