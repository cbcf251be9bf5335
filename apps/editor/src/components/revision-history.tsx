// The "Revisions" section of an entity's and a story block's page: every revision with its
// author and time, two radio columns to pick a pair, and the pair side by side once picked.
// A plain GET form, so a comparison has an address and works before any script loads.
import { formatInstant } from "~/lib/words";
import type { FieldLabel } from "./conflict-panel";
import { RevisionDiff } from "./revision-diff";

export interface RevisionRow {
  number: number;
  author: { name: string };
  at: string | Date;
  /** The working revision and the one readers see, where the record has both. */
  current?: boolean;
  published?: boolean;
  /** A change note; entities keep one, story blocks do not. */
  note?: string | null;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

export function RevisionHistory<Side extends { number: number }>({
  revisions,
  from,
  to,
  comparison,
  valuesOf,
  fields,
  notes,
}: {
  revisions: Loaded<RevisionRow[]>;
  /** The pair asked for in the address, checked in the table. */
  from: number;
  to: number;
  /** The pair's contents, once asked for. */
  comparison: Loaded<{ from: Side; to: Side }> | null;
  /** A compared revision's fields, keyed as `fields` names them. */
  valuesOf: (side: Side) => Record<string, unknown>;
  fields: readonly FieldLabel[];
  /** Whether revisions carry change notes (the last column's heading says so). */
  notes: boolean;
}) {
  return (
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
                  <th scope="col">{notes ? "Author, time and note" : "Author and time"}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.value.map((r) => (
                  <tr key={r.number}>
                    <RevisionPickCells
                      revision={r}
                      from={from}
                      to={to}
                      label={(end, n) => `${end === "from" ? "From" : "To"} revision ${n}`}
                    />
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
            values: valuesOf(comparison.value.from),
          }}
          right={{
            title: `Revision ${comparison.value.to.number}`,
            values: valuesOf(comparison.value.to),
          }}
        />
      ) : comparison ? (
        <p className="problem" role="alert">
          {comparison.message}
        </p>
      ) : null}
    </section>
  );
}

/**
 * A revision's number, tagged if it is the working or the public one, and its two radio
 * buttons for choosing a pair to compare (the form's `from` and `to`).
 */
export function RevisionPickCells({
  revision,
  from,
  to,
  label,
}: {
  revision: { number: number; current?: boolean; published?: boolean };
  from: number;
  to: number;
  /** Each radio button's accessible name. */
  label: (end: "from" | "to", number: number) => string;
}) {
  const n = revision.number;
  return (
    <>
      <th scope="row">
        {n}
        {revision.current ? <span className="tag">working</span> : null}
        {revision.published ? <span className="tag">public</span> : null}
      </th>
      {(["from", "to"] as const).map((end) => (
        <td key={end}>
          <input
            type="radio"
            name={end}
            value={n}
            aria-label={label(end, n)}
            defaultChecked={n === (end === "from" ? from : to)}
          />
        </td>
      ))}
    </>
  );
}
