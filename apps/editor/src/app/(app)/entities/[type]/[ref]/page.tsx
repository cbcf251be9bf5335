import { EntityTypeSchema, refSchemaFor, roleRank, entityTypeWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityEditor } from "~/components/entity-editor";
import { Refused } from "~/components/refused";
import { RevisionDiff } from "~/components/revision-diff";
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
      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">Revisions</h2>
        {revisions.ok ? (
          <form method="get" aria-label="Compare two revisions">
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Revision</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Author, time and note</th>
                  </tr>
                </thead>
                <tbody>
                  {revisions.value.map((r) => (
                    <tr key={r.number}>
                      <th scope="row">{r.number}</th>
                      <td>
                        <input
                          type="radio"
                          name="from"
                          value={r.number}
                          defaultChecked={r.number === from}
                          aria-label={`From revision ${r.number}`}
                        />
                      </td>
                      <td>
                        <input
                          type="radio"
                          name="to"
                          value={r.number}
                          defaultChecked={r.number === to}
                          aria-label={`To revision ${r.number}`}
                        />
                      </td>
                      <td>
                        {r.author.name} · <span className="muted">{formatInstant(r.at)}</span>
                        {r.note ? (
                          <>
                            <br />
                            <span className="text">{r.note}</span>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button type="submit">Compare</button>
          </form>
        ) : (
          <p className="problem">{revisions.message}</p>
        )}
        {comparison?.ok ? (
          <RevisionDiff
            fields={fields}
            left={{
              title: `Revision ${comparison.value.from.number}`,
              values: comparison.value.from.data,
            }}
            right={{
              title: `Revision ${comparison.value.to.number}`,
              values: comparison.value.to.data,
            }}
          />
        ) : comparison ? (
          <p className="problem" role="alert">
            {comparison.message}
          </p>
        ) : null}
      </section>
    </>
  );
}
