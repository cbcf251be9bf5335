// A list a person can grow and shrink: evidence items and subjects on the claim form, and
// every array in the schema-built entity form (estimates, route legs, identifiers). Each row
// ends with its own remove button, named with its number so it is clear which row goes. Where
// order means something (an article's claims in reading order, a route's legs), rows also move
// up and down, by buttons a keyboard reaches like any other.
import type { ReactNode } from "react";
import { swap } from "~/lib/rows";

export function RepeatableRows<T>({
  items,
  onChange,
  newItem,
  rowClassName,
  removeLabel,
  orderLabel,
  addLabel,
  children,
}: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  rowClassName: string;
  /** "Remove evidence 2", from the row's index. */
  removeLabel: (index: number) => string;
  /** "claim 2", from the row's index: given, each row gets "Move claim 2 up" and "… down". */
  orderLabel?: (index: number) => string;
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
            {orderLabel ? (
              <>
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => onChange(swap(items, i, i - 1))}
                >
                  Move {orderLabel(i)} up
                </button>
                <button
                  type="button"
                  disabled={i === items.length - 1}
                  onClick={() => onChange(swap(items, i, i + 1))}
                >
                  Move {orderLabel(i)} down
                </button>
              </>
            ) : null}
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
