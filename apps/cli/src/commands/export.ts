import { writeFileSync } from "node:fs";
import { allPages as all } from "@armstrail/domain";
import type { Clients, Io } from "../io";
import { EXIT } from "../io";

/**
 * `armstrail export`: everything published, through the public API (so an export can
 * never hold more than readers see), as one JSON document.
 */
export async function exportCommand(
  clients: Clients,
  opts: { out: string | null; publicUrl: string },
  io: Io,
): Promise<number> {
  const api = clients.public();
  const limit = 100;
  const list = await all((cursor) => api.claim.list.query({ limit, cursor }));
  // Full records (evidence, sources, subjects) for each claim; the batch link groups them.
  const claims = await Promise.all(list.map((c) => api.claim.byRef.query({ ref: c.ref })));
  const [actors, transfers, sanctions, events, sources, corrections] = await Promise.all([
    all((cursor) => api.actor.list.query({ limit, cursor })),
    all((cursor) => api.transfer.list.query({ limit, cursor })),
    all((cursor) => api.sanction.list.query({ limit, cursor })),
    all((cursor) => api.event.list.query({ limit, cursor })),
    all((cursor) => api.source.list.query({ limit, cursor })),
    api.corrections.list.query(),
  ]);
  const doc = {
    exportedAt: new Date().toISOString(),
    from: opts.publicUrl,
    licence: "CC BY 4.0",
    claims,
    actors,
    transfers,
    sanctions,
    events,
    sources,
    corrections,
  };
  const text = JSON.stringify(doc, null, 2);
  if (opts.out) {
    writeFileSync(opts.out, `${text}\n`);
    io.err(
      `Wrote ${claims.length} claims, ${actors.length} actors, ${transfers.length} transfers, ${sanctions.length} sanctions, ${events.length} events and ${sources.length} sources to ${opts.out}`,
    );
  } else {
    io.out(text);
  }
  return EXIT.ok;
}
