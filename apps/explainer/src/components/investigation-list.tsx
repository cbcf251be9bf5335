import { VerdictCounts } from "~/components/verdict";
import { investigationStatusWords, claimCount, investigationPath } from "~/lib/investigations";
import type { data } from "~/server/data";

type Investigations = Awaited<ReturnType<(typeof data)["investigations"]>>;

export const homeMeta = {
  title: "Arms Trail: investigations of arms transfers, checked claim by claim",
  description:
    "An open, fact-checked tracker of arms transfers between states and the sanctions they breach. Each investigation tells its story with every fact tied to a checked claim.",
  path: "/",
};

/**
 * The home page: every published investigation with its verdict counts. Served without client
 * JavaScript (src/app/route.tsx), so its links are plain links.
 */
export function InvestigationList({ investigations }: { investigations: Investigations }) {
  return (
    <>
      <h1>Investigations</h1>
      <p className="lede">
        Arms Trail tracks arms transfers between states and the sanctions they breach. Each
        investigation below tells one story, with every fact in it tied to a claim we checked
        against public sources. The menu above gathers the claims, transfers, timeline, network and
        map of every investigation together.
      </p>
      {investigations.length === 0 ? (
        <p>No investigation is published yet.</p>
      ) : (
        <ol className="investigations">
          {investigations.map((i) => (
            <li key={i.slug}>
              <h2>
                <a href={investigationPath(i.slug)}>{i.title}</a>
              </h2>
              <p>{i.standfirst}</p>
              <p className="muted">
                {investigationStatusWords[i.status]} · {claimCount(i.counts.total)} checked
              </p>
              <VerdictCounts
                counts={i.counts}
                label={`The claims of “${i.title}” by verdict`}
                href={(v) => `${investigationPath(i.slug, "claims")}?verdict=${v}`}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
