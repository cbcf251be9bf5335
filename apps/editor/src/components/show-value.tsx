// Shows any form value as inert text: React escapes every string, and nothing here ever
// sets HTML, so a "<script>" typed into a claim is displayed, never run.
import type { ReactNode } from "react";

export type Formatter = (key: string, value: unknown) => ReactNode | undefined;

export function ShowValue({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === "") {
    return <span className="empty">(empty)</span>;
  }
  if (typeof value === "string") return <span className="text">{value}</span>;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="empty">(none)</span>;
    return (
      <ol className="value-list">
        {(value as unknown[]).map((item, i) => (
          <li key={i}>
            <ShowValue value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === "object") {
    return (
      <dl className="value-object">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <ShowValue value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return null;
}
