import type { Metadata } from "next";
import Link from "next/link";
import { Refused } from "~/components/refused";
import { ShowValue } from "~/components/show-value";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { VerifyChain } from "./verify-chain";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<{ entityType?: string; before?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requireSession("/admin/audit");
  const q = await searchParams;
  const entityType = q.entityType?.trim() ?? "";
  const api = await editorApi();
  const page = await load(() =>
    api.admin.audit.list({
      limit: 50,
      ...(entityType ? { entityType } : {}),
      ...(q.before ? { before: q.before } : {}),
    }),
  );
  if (!page.ok) return <Refused title="Audit log" problem={page} />;

  return (
    <>
      <h1>Audit log</h1>
      <p className="lede">
        Every state change, role change, token change and sign-in, newest first. Entries cannot be
        changed or removed, and each one hashes the one before it, so tampering shows.
      </p>
      <VerifyChain />
      <form className="filters" method="get" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="entityType">Kind of record</label>
          <input
            id="entityType"
            name="entityType"
            defaultValue={entityType}
            placeholder="claim, user, api_token…"
          />
        </div>
        <button type="submit">Filter</button>
      </form>
      <ol className="audit">
        {page.value.items.map((e) => (
          <li key={e.seq} className="card">
            <p className="card-head">
              <span className="ref">#{e.seq}</span> <strong>{e.action}</strong> ·{" "}
              <span className="text">{e.actorLabel}</span> ({e.via}) · {formatInstant(e.at)}
            </p>
            <p className="card-meta">
              {e.entityType}
              {e.entityId ? ` ${e.entityId}` : ""} · hash <code>{e.hash.slice(0, 12)}…</code>
            </p>
            {e.before !== null || e.after !== null ? (
              <details>
                <summary>Before and after</summary>
                <div className="sides">
                  <div className="side">
                    <h3>Before</h3>
                    <ShowValue value={e.before} />
                  </div>
                  <div className="side">
                    <h3>After</h3>
                    <ShowValue value={e.after} />
                  </div>
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {page.value.nextBefore ? (
        <p>
          <Link
            href={`/admin/audit?${new URLSearchParams({
              ...(entityType ? { entityType } : {}),
              before: page.value.nextBefore,
            }).toString()}`}
          >
            Older entries
          </Link>
        </p>
      ) : null}
    </>
  );
}
