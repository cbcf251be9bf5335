import { ClaimRefSchema, may, claimStatusWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatClaimValue } from "~/components/claim-format";
import { Refused } from "~/components/refused";
import { VersionProvider } from "~/components/version-context";
import { ShowValue } from "~/components/show-value";
import { StatusBadge } from "~/components/status-badge";
import { claimFields, comparable } from "~/lib/claim-fields";
import { valuesFromRevision } from "~/lib/claim-mapping";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { investigationChoices } from "~/server/investigations";
import { requireSession } from "~/server/session";
import { ClaimEditor } from "./claim-editor";
import { MoveInvestigation } from "./move-investigation";
import { Comments } from "./comments";
import { WorkflowActions } from "~/components/workflow-actions";

type Props = { params: Promise<{ ref: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Claim ${(await params).ref}` };
}

export default async function ClaimPage({ params }: Props) {
  const { ref } = await params;
  const session = await requireSession(`/claims/${ref}`);
  if (!ClaimRefSchema.safeParse(ref).success) notFound();
  const api = await editorApi();
  const result = await load(() => api.claim.get({ ref }));
  if (!result.ok) return <Refused title={`Claim ${ref}`} problem={result} />;
  const claim = result.value;
  const values = valuesFromRevision(claim.working);
  const published = claim.publishedRevisionNumber !== null && claim.retractedAt === null;
  const isAuthor = claim.author.id === session.id;
  const reviewer = may(session.role, "review");
  // Mirrors the API's rule so people are not offered a form the server will refuse.
  const editable =
    (claim.status === "draft" ||
      claim.status === "changes_requested" ||
      claim.status === "in_review") &&
    (reviewer || (isAuthor && claim.status !== "in_review"));
  // Only a claim nobody reads yet may change investigation, and only where there is a choice.
  const investigations =
    editable && claim.publishedRevisionNumber === null ? await investigationChoices() : [];

  return (
    <VersionProvider version={claim.version}>
      <p className="crumbs">
        <Link href="/claims">Claims</Link> / {claim.ref}
      </p>
      <h1>
        <span className="ref">{claim.ref}</span>{" "}
        <span className="text">{claim.working.statement}</span>
      </h1>
      <p className="meta-line">
        <StatusBadge status={claim.status} />{" "}
        {published ? <span className="tag">public</span> : null}
        {claim.correcting ? <span className="tag">correction in progress</span> : null} · by{" "}
        {claim.author.name} · in {claim.investigation.title} ·{" "}
        {claim.assignee ? `assigned to ${claim.assignee.name}` : "not assigned"} · version{" "}
        {claim.version} · revision {claim.working.number} ·{" "}
        <Link href={`/claims/${claim.ref}/revisions`}>revisions</Link>
      </p>
      {claim.retractedAt ? (
        <div className="problem">
          <p>
            Retracted {formatInstant(claim.retractedAt)}. Public reason:{" "}
            <span className="text">{claim.retractionReason}</span>
          </p>
        </div>
      ) : null}
      {claim.correcting ? (
        <p className="notice">
          Readers still see revision {claim.publishedRevisionNumber} until this correction is
          approved.
        </p>
      ) : null}

      <WorkflowActions
        claim={{
          kind: "claim",
          id: claim.id,
          version: claim.version,
          status: claim.status,
          published,
          isAuthor,
          assigneeId: claim.assignee?.id ?? null,
        }}
        me={{ id: session.id, role: session.role }}
      />

      {investigations.length > 1 ? (
        <section aria-labelledby="move-title">
          <h2 id="move-title">Investigation</h2>
          <MoveInvestigation
            id={claim.id}
            current={claim.investigation.slug}
            investigations={investigations}
          />
        </section>
      ) : null}

      {editable ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">Edit</h2>
          <ClaimEditor
            key={`${claim.version}-${claim.working.number}`}
            id={claim.id}
            initial={values}
            version={claim.version}
          />
        </section>
      ) : (
        <section aria-labelledby="content-title">
          <h2 id="content-title">
            Revision {claim.working.number} ({claimStatusWords[claim.status].toLowerCase()})
          </h2>
          <dl className="record">
            {claimFields.map((f) => {
              const v = comparable(values)[f.key];
              return (
                <div key={f.key}>
                  <dt>{f.label}</dt>
                  <dd>{formatClaimValue(f.key, v) ?? <ShowValue value={v} />}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Review notes (internal)</h2>
        {claim.reviews.length === 0 ? (
          <p className="muted">No review decisions yet.</p>
        ) : (
          <ol className="timeline">
            {claim.reviews.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.reviewer.name}</strong>: {claimStatusWords[r.decision]} (revision{" "}
                  {r.revisionNumber}) · {formatInstant(r.createdAt)}
                </p>
                {r.note ? <p className="text">{r.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <Comments
        claimId={claim.id}
        comments={claim.comments.map((c) => ({
          id: c.id,
          author: c.author.name,
          body: c.body,
          createdAt: c.createdAt,
        }))}
      />

      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ol className="timeline">
          {claim.history.map((h, i) => (
            <li key={i}>
              {formatInstant(h.at)} · {h.actor.name}:{" "}
              {h.fromStatus ? `${claimStatusWords[h.fromStatus]} → ` : ""}
              {claimStatusWords[h.toStatus]}
              {h.revisionNumber ? ` (revision ${h.revisionNumber})` : ""}
              {h.publicNote ? (
                <>
                  {" "}
                  — public note: <span className="text">{h.publicNote}</span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </VersionProvider>
  );
}
