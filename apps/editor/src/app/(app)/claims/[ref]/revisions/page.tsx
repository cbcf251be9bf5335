import { ClaimRefSchema } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Refused } from "~/components/refused";
import { RevisionPickCells } from "~/components/revision-history";
import { claimFields, comparable } from "~/lib/claim-fields";
import { valuesFromContent } from "~/lib/claim-mapping";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { ClaimDiff, RestoreButton } from "./revision-tools";

type Props = {
  params: Promise<{ ref: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Revisions of ${(await params).ref}` };
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { ref } = await params;
  await requireSession(`/claims/${ref}/revisions`);
  if (!ClaimRefSchema.safeParse(ref).success) notFound();
  const api = await editorApi();
  const claim = await load(() => api.claim.get({ ref }));
  if (!claim.ok) return <Refused title={`Revisions of ${ref}`} problem={claim} />;
  const revisions = await load(() => api.claim.revisions({ id: claim.value.id }));
  if (!revisions.ok) return <Refused title={`Revisions of ${ref}`} problem={revisions} />;
  const list = revisions.value;

  const q = await searchParams;
  const latest = list[list.length - 1]?.number ?? 1;
  const from = Number(q.from ?? Math.max(1, latest - 1));
  const to = Number(q.to ?? latest);
  const comparison =
    q.from && q.to && Number.isInteger(from) && Number.isInteger(to)
      ? await load(() => api.claim.compare({ id: claim.value.id, from, to }))
      : null;

  return (
    <>
      <p className="crumbs">
        <Link href="/claims">Claims</Link> / <Link href={`/claims/${ref}`}>{ref}</Link> / revisions
      </p>
      <h1>Revisions of {ref}</h1>
      <p className="lede">
        Every save is kept. Compare any two, or restore an older one as a new revision.
      </p>
      <form method="get" className="revision-picker" aria-label="Compare two revisions">
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Revisions, newest last</caption>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Author and time</th>
                <th scope="col">Note</th>
                <th scope="col">Restore</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.number}>
                  <RevisionPickCells
                    revision={r}
                    from={from}
                    to={to}
                    label={(end, n) => `Compare ${end} revision ${n}`}
                  />
                  <td>
                    {r.author.name}
                    <br />
                    <span className="muted">{formatInstant(r.createdAt)}</span>
                    {r.approvedBy ? (
                      <>
                        <br />
                        <span className="muted">approved by {r.approvedBy.name}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {r.restoredFrom ? `Restores revision ${r.restoredFrom}. ` : null}
                    <span className="text">{r.changeNote ?? ""}</span>
                  </td>
                  <td>
                    {r.current ? null : (
                      <RestoreButton
                        id={claim.value.id}
                        version={claim.value.version}
                        number={r.number}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" className="primary">
          Compare
        </button>
      </form>
      {comparison === null ? null : comparison.ok ? (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">
            Revision {comparison.value.from.number} and revision {comparison.value.to.number}
          </h2>
          <ClaimDiff
            fields={claimFields}
            left={{
              title: `Revision ${comparison.value.from.number} (${comparison.value.from.author.name}, ${formatInstant(comparison.value.from.createdAt)})`,
              values: comparable(valuesFromContent(comparison.value.from.content)),
            }}
            right={{
              title: `Revision ${comparison.value.to.number} (${comparison.value.to.author.name}, ${formatInstant(comparison.value.to.createdAt)})`,
              values: comparable(valuesFromContent(comparison.value.to.content)),
            }}
          />
        </section>
      ) : (
        <p className="problem" role="alert">
          {comparison.message}
        </p>
      )}
    </>
  );
}
