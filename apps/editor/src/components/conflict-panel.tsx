"use client";
// Shown when a save is refused because someone else saved first. It lists, field by field,
// what they changed and what you changed, lets you take theirs or keep yours, and hands the
// merged values back to be saved against their (newer) version. Nothing is overwritten
// without a person choosing it.
import type { ConflictDetails } from "@armstrail/domain";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { type Side, type Values, mergeValues, threeWay, unresolved } from "~/lib/diff";
import { describeConflict } from "~/lib/conflict";
import { type Formatter, ShowValue } from "./show-value";

const sides: { side: Side; title: string; choose: string }[] = [
  { side: "theirs", title: "Theirs (saved)", choose: "Take theirs" },
  { side: "mine", title: "Yours (not saved)", choose: "Keep mine" },
];

export interface FieldLabel {
  key: string;
  label: string;
}

export interface ConflictPanelProps<T extends Values> {
  fields: readonly FieldLabel[];
  /** The version the form was opened on. */
  base: T;
  /** What is saved now (loaded after the conflict). */
  theirs: T;
  /** The form as it stands. */
  mine: T;
  /** The API's `data.conflict`: who saved and when, if it says. */
  details: ConflictDetails | null;
  format?: Formatter;
  pending?: boolean;
  onMerge: (merged: T) => void;
  onCancel: () => void;
}

export function ConflictPanel<T extends Values>(props: ConflictPanelProps<T>) {
  const { fields, base, theirs, mine } = props;
  const keys = useMemo(() => fields.map((f) => f.key), [fields]);
  const rows = useMemo(() => threeWay(base, theirs, mine, keys), [base, theirs, mine, keys]);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const open = unresolved(rows, choices);
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const show = (key: string, value: unknown) =>
    props.format?.(key, value) ?? <ShowValue value={value} />;

  return (
    <section className="conflict" aria-labelledby="conflict-title" role="alert">
      <h2 id="conflict-title" tabIndex={-1} ref={heading}>
        Not saved: this record changed while you were editing
      </h2>
      <p>{describeConflict(props.details)}</p>
      <p>
        Compare each field below, choose whose text to keep, then save the merge. Where only one of
        you changed a field, that change is kept unless you choose otherwise.
      </p>
      {rows.length === 0 ? (
        <p>Your changes and theirs do not overlap: save again to keep both.</p>
      ) : (
        <ul className="conflict-fields">
          {rows.map((row) => {
            const name = `choice-${row.key}`;
            const chosen = choices[row.key] ?? row.suggested;
            return (
              <li key={row.key} className={row.clash ? "conflict-field clash" : "conflict-field"}>
                <fieldset>
                  <legend>
                    {labelOf(row.key)}
                    {row.clash ? (
                      <strong className="tag">changed by both of you</strong>
                    ) : row.theirsChanged ? (
                      <span className="tag">changed by them</span>
                    ) : (
                      <span className="tag">changed by you</span>
                    )}
                  </legend>
                  <div className="sides">
                    {sides.map(({ side, title, choose }) => (
                      <div key={side} className={`side side-${side}`}>
                        <h3>{title}</h3>
                        {show(row.key, row[side])}
                        <label className="choice">
                          <input
                            type="radio"
                            name={name}
                            value={side}
                            checked={chosen === side}
                            onChange={() => setChoices((c) => ({ ...c, [row.key]: side }))}
                          />
                          {choose}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      {open.length ? (
        <p className="hint" id="conflict-open">
          Choose a side for: {open.map(labelOf).join(", ")}.
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={open.length > 0 || props.pending}
          aria-describedby={open.length ? "conflict-open" : undefined}
          onClick={() => props.onMerge(mergeValues(theirs, mine, rows, choices))}
        >
          {props.pending ? "Saving…" : "Save the merge"}
        </button>
        <button type="button" onClick={props.onCancel}>
          Discard my changes and load theirs
        </button>
      </div>
    </section>
  );
}

/**
 * A workflow action refused as a conflict (there is nothing typed to merge): who changed the
 * record and when, from the same details the panel reads, and what to do next.
 */
export function ConflictNotice({
  details,
  children,
}: {
  details: ConflictDetails | null;
  children: ReactNode;
}) {
  return (
    <>
      {describeConflict(details)} {children}
    </>
  );
}
