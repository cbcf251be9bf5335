// The claims list with its filters, site-wide (/claims) or within one investigation
// (/investigations/<slug>/claims): the same page, its reads and links limited to the scope.
import {
  ActorRefSchema,
  type ClaimType,
  ClaimTypeSchema,
  SanctionRefSchema,
  TransferRefSchema,
  type Verdict,
  VerdictSchema,
  verdictWords,
  claimTypeWords,
  itemCategoryWords,
  refOrder,
} from "@armstrail/domain";
import Link from "next/link";
import styles from "~/app/claims/claims.module.css";
import { InvestigationNav } from "~/components/investigation-nav";
import { VerdictBadge } from "~/components/verdict";
import { type Scope, scopedMeta, scopedPath } from "~/lib/investigations";
import { all, data } from "~/server/data";

export function claimsMeta(scope: Scope) {
  return scopedMeta(scope, {
    title: "Claims",
    description:
      "Every published claim, with our verdict. Filter by verdict, type of claim, actor, transfer or sanction.",
    path: "/claims",
  });
}

export type SearchParams = Record<string, string | string[] | undefined>;

type Filter = {
  verdict?: Verdict;
  claimType?: ClaimType;
  actorRef?: string;
  transferRef?: string;
  sanctionRef?: string;
};

type Option = { value: string; label: string };

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A value the schema accepts, or nothing: a bad filter is ignored, never an error. */
function pick<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  raw: string | undefined,
): T | undefined {
  if (raw === undefined || raw === "") return undefined;
  const r = schema.safeParse(raw);
  return r.success ? r.data : undefined;
}

/** The address of the list with a filter, leaving out what is not set. */
function queryFor(base: string, filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of ["verdict", "claimType", "actorRef", "transferRef", "sanctionRef"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

function claimWord(n: number): string {
  return n === 1 ? "claim" : "claims";
}

export async function ClaimsView({ scope, sp }: { scope: Scope; sp: SearchParams }) {
  const investigation = scope?.slug;
  const base = scopedPath(scope, "/claims");

  // Options for the record filters: the actors, transfers and sanctions some claim is about.
  const [everyClaim, actors, transfers, sanctions] = await Promise.all([
    all((cursor) => data.claims({ limit: 100, cursor, investigation })),
    all((cursor) => data.actors({ limit: 100, cursor })),
    all((cursor) => data.transfers({ limit: 100, cursor, investigation })),
    all((cursor) => data.sanctions({ limit: 100, cursor })),
  ]);
  const about = new Set(everyClaim.flatMap((c) => c.subjects.map((s) => s.ref)));
  const actorOptions: Option[] = actors
    .filter((a) => about.has(a.ref))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
    .map((a) => ({ value: a.ref, label: a.name }));
  const transferOptions: Option[] = transfers
    .filter((t) => about.has(t.ref))
    .sort(refOrder)
    .map((t) => {
      const what = t.designation ?? itemCategoryWords[t.itemCategory];
      const route = t.supplier
        ? `${t.supplier.name} to ${t.recipient.name}`
        : `to ${t.recipient.name}`;
      return { value: t.ref, label: `${t.ref}: ${what}, ${route}` };
    });
  const sanctionOptions: Option[] = sanctions
    .filter((s) => about.has(s.ref))
    .sort(refOrder)
    .map((s) => ({ value: s.ref, label: `${s.ref}: ${s.instrument}` }));

  const known = (options: Option[], ref: string | undefined) =>
    ref !== undefined && options.some((o) => o.value === ref) ? ref : undefined;

  const filter: Filter = {
    verdict: pick(VerdictSchema, first(sp.verdict)),
    claimType: pick(ClaimTypeSchema, first(sp.claimType)),
    actorRef: known(actorOptions, pick(ActorRefSchema, first(sp.actorRef))),
    transferRef: known(transferOptions, pick(TransferRefSchema, first(sp.transferRef))),
    sanctionRef: known(sanctionOptions, pick(SanctionRefSchema, first(sp.sanctionRef))),
  };
  const { verdict, ...withoutVerdict } = filter;

  const [claims, counts] = await Promise.all([
    all((cursor) => data.claims({ limit: 100, cursor, investigation, ...filter })),
    data.claimCounts({ investigation, ...withoutVerdict }),
  ]);

  const active: string[] = [];
  if (verdict) active.push(`verdict “${verdictWords[verdict]}”`);
  if (filter.claimType) active.push(`type “${claimTypeWords[filter.claimType]}”`);
  for (const [ref, options] of [
    [filter.actorRef, actorOptions],
    [filter.transferRef, transferOptions],
    [filter.sanctionRef, sanctionOptions],
  ] as const) {
    const label = options.find((o) => o.value === ref)?.label;
    if (label) active.push(`about “${label}”`);
  }

  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="claims" link={Link} /> : null}
      <h1>Claims</h1>
      <p>
        {scope
          ? "Each claim below comes from an article or statement this investigation checked."
          : "Each claim below comes from an article or statement one of our investigations checked."}{" "}
        We give every one a verdict and show the sources behind it. Use the filters to narrow the
        list.
      </p>

      <form method="get" action={base} className={styles.filters}>
        <fieldset>
          <legend>Filter claims</legend>
          <div className={styles.fields}>
            <FilterSelect
              name="verdict"
              label="Verdict"
              anyLabel="Any verdict"
              value={filter.verdict}
              options={VerdictSchema.options.map((v) => ({ value: v, label: verdictWords[v] }))}
            />
            <FilterSelect
              name="claimType"
              label="Type of claim"
              anyLabel="Any type"
              value={filter.claimType}
              options={ClaimTypeSchema.options.map((t) => ({ value: t, label: claimTypeWords[t] }))}
            />
            <FilterSelect
              name="actorRef"
              label="Actor"
              anyLabel="Any actor"
              value={filter.actorRef}
              options={actorOptions}
            />
            <FilterSelect
              name="transferRef"
              label="Transfer"
              anyLabel="Any transfer"
              value={filter.transferRef}
              options={transferOptions}
            />
            <FilterSelect
              name="sanctionRef"
              label="Sanction"
              anyLabel="Any sanction"
              value={filter.sanctionRef}
              options={sanctionOptions}
            />
          </div>
          <div className={styles.actions}>
            <button type="submit">Show claims</button>
            <Link href={base}>Clear all filters</Link>
          </div>
        </fieldset>
      </form>

      <section aria-labelledby="by-verdict">
        <h2 id="by-verdict">By verdict</h2>
        <p className="muted">
          {withoutVerdict.claimType ||
          withoutVerdict.actorRef ||
          withoutVerdict.transferRef ||
          withoutVerdict.sanctionRef
            ? "Counts for the other filters you have chosen. Choose a verdict to see only those claims."
            : `Counts for all ${scope ? "of this investigation's " : ""}published claims. Choose a verdict to see only those claims.`}
        </p>
        <ul className={styles.verdictCounts}>
          <li>
            <Link
              href={queryFor(base, withoutVerdict)}
              aria-current={verdict === undefined ? "true" : undefined}
            >
              All verdicts: {counts.total}
            </Link>
          </li>
          {VerdictSchema.options.map((v) => (
            <li key={v}>
              <Link
                href={queryFor(base, { ...withoutVerdict, verdict: v })}
                aria-current={verdict === v ? "true" : undefined}
              >
                <VerdictBadge verdict={v} />{" "}
                <span>
                  {counts.byVerdict[v] ?? 0}{" "}
                  <span className="sr-only">{claimWord(counts.byVerdict[v] ?? 0)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="results">
        <h2 id="results">
          {`${claims.length} ${claimWord(claims.length)} ${active.length === 0 ? "published" : claims.length === 1 ? "matches" : "match"}`}
        </h2>
        {active.length > 0 ? (
          <p className="muted">Showing claims with {active.join(", ")}.</p>
        ) : null}
        {claims.length === 0 ? (
          <p>
            No published claim matches these filters. <Link href={base}>Show every claim</Link>.
          </p>
        ) : (
          <ol className="claims">
            {claims.map((c) => (
              <li key={c.id} id={c.ref} className={styles.item}>
                <p className={styles.itemHead}>
                  <span className="ref">{c.ref}</span>
                  <VerdictBadge verdict={c.verdict} />
                </p>
                <p className={styles.statement}>
                  <Link href={`/claims/${c.ref}`}>{c.statement}</Link>
                </p>
                <p className={styles.meta}>
                  <span>
                    <span className="muted">Claimant:</span> {c.claimant}
                  </span>
                  <span>
                    <span className="muted">Type:</span> {claimTypeWords[c.claimType]}
                  </span>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: Option[];
}) {
  const id = `filter-${name}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
