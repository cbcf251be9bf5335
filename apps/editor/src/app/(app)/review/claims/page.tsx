import { ClaimTypeSchema, claimTypeWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar, FilterSelect, optionsOf } from "~/components/fields";
import { Refused } from "~/components/refused";
import { StatusBadge } from "~/components/status-badge";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";

export const metadata: Metadata = { title: "Claims waiting for review" };

type Props = { searchParams: Promise<{ assigned?: string; type?: string; cursor?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const session = await requireSession("/review/claims");
  const params = await searchParams;
  const mine = params.assigned === "me";
  const type = ClaimTypeSchema.safeParse(params.type);
  const api = await editorApi();
  const result = await load(() =>
    api.review.queue({
      limit: 50,
      ...(mine ? { assigneeId: session.id } : {}),
      ...(params.cursor ? { cursor: params.cursor } : {}),
    }),
  );
  if (!result.ok) return <Refused title="Review queue" problem={result} />;
  const items = type.success
    ? result.value.items.filter((c) => c.claimType === type.data)
    : result.value.items;

  return (
    <>
      <h1>Claims waiting for review</h1>
      <p className="lede">Claims waiting for a fact-checker. Nobody reviews their own claim.</p>
      <FilterBar label="Filter the queue">
        <FilterSelect
          name="assigned"
          label="Show"
          anyLabel="Every claim waiting"
          options={[{ value: "me", label: "Assigned to me" }]}
          value={mine ? "me" : ""}
        />
        <FilterSelect
          name="type"
          label="Claim type"
          anyLabel="Any type"
          options={optionsOf(claimTypeWords)}
          value={type.success ? type.data : ""}
        />
      </FilterBar>
      {items.length === 0 ? (
        <p className="empty-state">Nothing is waiting for review{mine ? " for you" : ""}.</p>
      ) : (
        <ul className="cards" aria-label="Claims waiting for review">
          {items.map((c) => (
            <li key={c.id} className="card">
              <p className="card-head">
                <span className="ref">{c.ref}</span> <StatusBadge status={c.status} />{" "}
                <span className="muted">{claimTypeWords[c.claimType]}</span>
              </p>
              <p className="card-title">
                <Link href={`/claims/${c.ref}`}>{c.statement}</Link>
              </p>
              <p className="card-meta">
                By {c.author.name} · {c.evidenceCount} evidence item
                {c.evidenceCount === 1 ? "" : "s"} · updated {formatInstant(c.updatedAt)} ·{" "}
                {c.assignee ? `assigned to ${c.assignee.name}` : "not assigned"}
              </p>
            </li>
          ))}
        </ul>
      )}
      {result.value.nextCursor ? (
        <p>
          <Link
            href={`/review/claims?${new URLSearchParams({
              ...(mine ? { assigned: "me" } : {}),
              ...(type.success ? { type: type.data } : {}),
              cursor: result.value.nextCursor,
            }).toString()}`}
          >
            Next page
          </Link>
        </p>
      ) : null}
    </>
  );
}
