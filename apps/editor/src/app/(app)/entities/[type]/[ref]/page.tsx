import { EntityTypeSchema, refSchemaFor, roleRank, entityTypeWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityEditor } from "~/components/entity-editor";
import { Refused } from "~/components/refused";
import { RevisionHistory } from "~/components/revision-history";
import { StatusBadge } from "~/components/status-badge";
import { entityFieldWords } from "~/lib/entity-words";
import { labelFor } from "~/lib/schema-fields";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { ActorMerge, EntityActions } from "./entity-tools";

type EntityView = Omit<
  Awaited<ReturnType<Awaited<ReturnType<typeof editorApi>>["actor"]["get"]>>,
  "data"
> & {
  data: Record<string, unknown>;
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
  const reviewer = roleRank[session.role] >= roleRank.fact_checker;
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
      <EntityActions
        type={type}
        id={e.id}
        version={e.version}
        status={e.reviewStatus}
        reviewer={reviewer}
      />
      <section aria-labelledby="edit-title">
        <h2 id="edit-title">Record</h2>
        <EntityEditor type={type} id={e.id} version={e.version} initial={e.data} />
      </section>
      {type === "actor" && roleRank[session.role] >= roleRank.editor ? (
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
