import { tokenScopeWords } from "@armstrail/domain";
import type { Metadata } from "next";
import { Refused } from "~/components/refused";
import { formatInstant } from "~/lib/words";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { IssueToken, RevokeToken } from "./token-tools";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requireSession("/admin/tokens");
  const api = await editorApi();
  const tokens = await load(() => api.admin.tokens.list());
  if (!tokens.ok) return <Refused title="API tokens" problem={tokens} />;
  const users = await load(() => api.admin.users.list());
  const people = users.ok
    ? users.value
        .filter((u) => u.active)
        .map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }))
    : [];

  return (
    <>
      <h1>API tokens</h1>
      <p className="lede">
        For internal tools such as the command line. A token acts as the person it is issued for,
        with at most their rights; the read scope may only read.
      </p>
      <section aria-labelledby="issue-title">
        <h2 id="issue-title">Issue a token</h2>
        <IssueToken people={people} />
      </section>
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">Tokens</h2>
        {tokens.value.length === 0 ? (
          <p className="muted">No tokens yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Acts as</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Last used</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {tokens.value.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">
                      <span className="text">{t.name}</span>
                      <br />
                      <code className="muted">{t.prefix}…</code>
                    </th>
                    <td>{t.user.name}</td>
                    <td>{tokenScopeWords[t.scope]}</td>
                    <td>{t.lastUsedAt ? formatInstant(t.lastUsedAt) : "never"}</td>
                    <td>
                      {t.revokedAt ? (
                        `Revoked ${formatInstant(t.revokedAt)}`
                      ) : (
                        <RevokeToken id={t.id} name={t.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
