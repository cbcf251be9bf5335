import type { Clients, Io } from "../io";
import { EXIT } from "../io";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `armstrail queue`: claims waiting for review, oldest change first. */
export async function queueCommand(
  clients: Clients,
  opts: { json: boolean; mine: boolean },
  io: Io,
): Promise<number> {
  const api = clients.editor();
  const me = opts.mine ? await api.me.query() : null;
  const items = [];
  let cursor: string | null = null;
  do {
    const page = await api.review.queue.query({
      limit: 100,
      cursor,
      ...(me ? { assigneeId: me.id } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  if (opts.json) {
    io.out(JSON.stringify(items, null, 2));
    return EXIT.ok;
  }
  if (items.length === 0) {
    io.out(opts.mine ? "Nothing assigned to you waits for review." : "The review queue is empty.");
    return EXIT.ok;
  }
  for (const c of items) {
    io.out(
      [
        c.ref.padEnd(6),
        c.status.padEnd(18),
        `evidence ${c.evidenceCount}`.padEnd(11),
        `by ${c.author.name}`.padEnd(28),
        (c.assignee ? `-> ${c.assignee.name}` : "unassigned").padEnd(28),
        clip(c.statement, 70),
      ].join(" "),
    );
  }
  io.out(`${items.length} waiting.`);
  return EXIT.ok;
}
