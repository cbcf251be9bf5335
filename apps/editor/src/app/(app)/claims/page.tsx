import {
  ClaimStatusSchema,
  ClaimTypeSchema,
  VerdictSchema,
  verdictWords,
  claimStatusWords,
  claimTypeWords,
} from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar, FilterSearch, FilterSelect, optionsOf } from "~/components/fields";
import { Refused } from "~/components/refused";
import { StatusBadge } from "~/components/status-badge";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";

export const metadata: Metadata = { title: "Claims" };

type Props = {
  searchParams: Promise<{
    status?: string;
    type?: string;
    verdict?: string;
    text?: string;
    mine?: string;
    cursor?: string;
  }>;
};

export default async function ClaimsPage({ searchParams }: Props) {
  const session = await requireSession("/claims");
  const p = await searchParams;
  const status = ClaimStatusSchema.safeParse(p.status);
  const type = ClaimTypeSchema.safeParse(p.type);
  const verdict = VerdictSchema.safeParse(p.verdict);
  const text = p.text?.trim() ?? "";
  const mine = p.mine === "1";
  const api = await editorApi();
  const result = await load(() =>
    api.claim.list({
      limit: 50,
      ...(status.success ? { status: status.data } : {}),
      ...(type.success ? { claimType: type.data } : {}),
      ...(verdict.success ? { verdict: verdict.data } : {}),
      ...(text.length >= 2 ? { text } : {}),
      ...(mine ? { authorId: session.id } : {}),
      ...(p.cursor ? { cursor: p.cursor } : {}),
    }),
  );
  if (!result.ok) return <Refused title="Claims" problem={result} />;
  const { items, nextCursor } = result.value;
  const next = new URLSearchParams(
    Object.entries({ ...p, cursor: nextCursor ?? "" }).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
    ),
  );

  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
        <Link className="button primary" href="/claims/new">
          New claim
        </Link>
      </div>
      <FilterBar label="Filter claims">
        <FilterSearch name="text" label="Words or reference" value={text} />
        <FilterSelect
          name="status"
          label="Status"
          anyLabel="Any status"
          options={optionsOf(claimStatusWords)}
          value={status.success ? status.data : ""}
        />
        <FilterSelect
          name="type"
          label="Claim type"
          anyLabel="Any type"
          options={optionsOf(claimTypeWords)}
          value={type.success ? type.data : ""}
        />
        <FilterSelect
          name="verdict"
          label="Verdict"
          anyLabel="Any verdict"
          options={optionsOf(verdictWords)}
          value={verdict.success ? verdict.data : ""}
        />
        <div className="field field-check">
          <input id="mine" name="mine" type="checkbox" value="1" defaultChecked={mine} />
          <label htmlFor="mine">Only mine</label>
        </div>
      </FilterBar>
      {items.length === 0 ? (
        <p className="empty-state">No claims match.</p>
      ) : (
        <ul className="cards" aria-label="Claims">
          {items.map((c) => (
            <li key={c.id} className="card">
              <p className="card-head">
                <span className="ref">{c.ref}</span> <StatusBadge status={c.status} />{" "}
                {c.published ? <span className="tag">public</span> : null}{" "}
                <span className={`verdict verdict-${c.verdict}`}>{verdictWords[c.verdict]}</span>
              </p>
              <p className="card-title">
                <Link href={`/claims/${c.ref}`}>{c.statement}</Link>
              </p>
              <p className="card-meta">
                {claimTypeWords[c.claimType]} · by {c.author.name} · {c.evidenceCount} evidence ·
                updated {formatInstant(c.updatedAt)}
                {c.assignee ? ` · assigned to ${c.assignee.name}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <p>
          <Link href={`/claims?${next.toString()}`}>Next page</Link>
        </p>
      ) : null}
    </>
  );
}
