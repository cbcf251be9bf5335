import { entityTypeWords } from "@armstrail/domain";
import type { EntityType } from "@armstrail/domain";
import Link from "next/link";
import { entityTypes } from "~/lib/entity-words";

export function EntityTabs({ current }: { current: EntityType }) {
  return (
    <nav aria-label="Entity types" className="tabs">
      <ul>
        {entityTypes.map((t) => (
          <li key={t}>
            <Link href={`/entities/${t}`} aria-current={t === current ? "page" : undefined}>
              {entityTypeWords[t].many}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
