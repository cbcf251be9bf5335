"use client";
// Two revisions side by side, field by field. Changed fields are marked in words (not only
// colour); inside changed texts, removed and added words are marked with <del> and <ins>.
import { useState } from "react";
import { type Values, changedKeys, sameValue, wordDiff } from "~/lib/diff";
import type { FieldLabel } from "./conflict-panel";
import { type Formatter, ShowValue } from "./show-value";

export interface RevisionSide {
  title: string;
  values: Values;
}

export function RevisionDiff({
  left,
  right,
  fields,
  format,
}: {
  left: RevisionSide;
  right: RevisionSide;
  fields: readonly FieldLabel[];
  format?: Formatter;
}) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const changed = new Set(
    changedKeys(
      left.values,
      right.values,
      fields.map((f) => f.key),
    ),
  );
  const shown = onlyChanged ? fields.filter((f) => changed.has(f.key)) : fields;

  const cell = (key: string, side: "left" | "right") => {
    const a = left.values[key];
    const b = right.values[key];
    if (typeof a === "string" && typeof b === "string" && !sameValue(a, b)) {
      const pieces = wordDiff(a, b).filter(
        (p) => p.kind !== (side === "left" ? "added" : "removed"),
      );
      return (
        <span className="text">
          {pieces.map((p, i) =>
            p.kind === "removed" ? (
              <del key={i}>{p.text}</del>
            ) : p.kind === "added" ? (
              <ins key={i}>{p.text}</ins>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
        </span>
      );
    }
    const v = side === "left" ? a : b;
    return format?.(key, v) ?? <ShowValue value={v} />;
  };

  return (
    <div className="diff">
      <p>
        {changed.size === 0
          ? "These two revisions are the same."
          : `${changed.size} field${changed.size === 1 ? "" : "s"} differ.`}{" "}
        <label className="inline-check">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => setOnlyChanged(e.target.checked)}
          />
          Show only fields that differ
        </label>
      </p>
      <table className="diff-table">
        <caption className="visually-hidden">
          {left.title} compared with {right.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{left.title}</th>
            <th scope="col">{right.title}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={f.key} className={changed.has(f.key) ? "changed" : undefined}>
              <th scope="row">
                {f.label}
                {changed.has(f.key) ? <span className="tag">changed</span> : null}
              </th>
              <td data-label={left.title}>{cell(f.key, "left")}</td>
              <td data-label={right.title}>{cell(f.key, "right")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
