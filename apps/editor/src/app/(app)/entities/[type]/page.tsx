import {
  EntityStatusSchema,
  EntityTypeSchema,
  entityStatusWords,
  entityTypeWords,
} from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterBar, FilterSearch, FilterSelect, optionsOf } from "~/components/fields";
import { Refused } from "~/components/refused";
import { StatusBadge } from "~/components/status-badge";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { EntityTabs } from "../entity-tabs";

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<{ status?: string; query?: string; cursor?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = EntityTypeSchema.safeParse((await params).type);
  return { title: t.success ? entityTypeWords[t.data].many : "Entities" };
}

export default async function EntityListPage({ params, searchParams }: Props) {
  const parsed = EntityTypeSchema.safeParse((await params).type);
  if (!parsed.success) notFound();
  const type = parsed.data;
  await requireSession(`/entities/${type}`);
  const q = await searchParams;
  const status = EntityStatusSchema.safeParse(q.status);
  const query = q.query?.trim() ?? "";
  const api = await editorApi();
  const result = await load(() =>
    api[type].list({
      limit: 50,
      ...(status.success ? { status: status.data } : {}),
      ...(query ? { query } : {}),
      ...(q.cursor ? { cursor: q.cursor } : {}),
    }),
  );
  const words = entityTypeWords[type];
  if (!result.ok) return <Refused title={words.many} problem={result} />;

  return (
    <>
      <div className="page-head">
        <h1>{words.many}</h1>
        <Link className="button primary" href={`/entities/${type}/new`}>
          New {words.one.toLowerCase()}
        </Link>
      </div>
      <EntityTabs current={type} />
      <FilterBar label={`Filter ${words.many.toLowerCase()}`}>
        <FilterSearch name="query" label="Words" value={query} />
        <FilterSelect
          name="status"
          label="Status"
          anyLabel="Any status"
          options={optionsOf(entityStatusWords)}
          value={status.success ? status.data : ""}
        />
      </FilterBar>
      {result.value.items.length === 0 ? (
        <p className="empty-state">Nothing matches.</p>
      ) : (
        <ul className="cards">
          {result.value.items.map((e) => (
            <li key={e.id} className="card">
              <p className="card-head">
                <span className="ref">{e.ref}</span> <StatusBadge status={e.reviewStatus} />
                {e.change ? (
                  <>
                    {" "}
                    <span className="badge badge-in_review">
                      {e.change === "in_review" ? "Change in review" : "Change not sent yet"}
                    </span>
                  </>
                ) : null}
              </p>
              <p className="card-title">
                <Link href={`/entities/${type}/${e.ref}`} className="text">
                  {e.label}
                </Link>
              </p>
              <p className="card-meta">
                {e.createdBy ? `by ${e.createdBy.name} · ` : ""}updated {formatInstant(e.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {result.value.nextCursor ? (
        <p>
          <Link
            href={`/entities/${type}?${new URLSearchParams({
              ...(status.success ? { status: status.data } : {}),
              ...(query ? { query } : {}),
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
