// A list a person can grow and shrink: evidence items and subjects on the claim form, and
// every array in the schema-built entity form (estimates, route legs, identifiers). Each row
// ends with its own remove button, named with its number so it is clear which row goes.
import type { ReactNode } from "react";

export function RepeatableRows<T>({
  items,
  onChange,
  newItem,
  rowClassName,
  removeLabel,
  addLabel,
  children,
}: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  rowClassName: string;
  /** "Remove evidence 2", from the row's index. */
  removeLabel: (index: number) => string;
  addLabel: string;
  /** One row's fields; `update` replaces the row with the value given. */
  children: (item: T, index: number, update: (next: T) => void) => ReactNode;
}) {
  return (
    <>
      <ol className="rows">
        {items.map((item, i) => (
          // Rows have no identity of their own; the index is what the API's field paths use too.
          <li key={i} className={rowClassName}>
            {children(item, i, (next) => onChange(items.map((x, j) => (j === i ? next : x))))}
            <button
              type="button"
              className="danger"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              {removeLabel(i)}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...items, newItem()])}>
        {addLabel}
      </button>
    </>
  );
}
