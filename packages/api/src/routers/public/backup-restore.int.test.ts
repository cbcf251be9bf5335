// Nothing lost, provably: a database restored from a backup into a fresh one publishes
// exactly what the original published (the same export `pnpm armstrail export` makes, read
// through the public router), and its audit log verifies up to the same published head.
import { appendAudit, createDb, verifyAuditChain, type Db } from "@armstrail/db";
import {
  backupToBuffer,
  freshTestDatabase,
  insertCase,
  linkedCase,
  restoreFromBuffer,
  useTestDb,
} from "@armstrail/db/testing";
import { allPages as all } from "@armstrail/domain";
import { afterAll, describe, expect, it } from "vitest";
import { createPublicCaller } from "../../callers";

/** Everything a reader can get, as `armstrail export` gathers it, plus the story and the head. */
async function publicExport(db: Db) {
  const api = createPublicCaller(db);
  const limit = 100;
  const list = await all((cursor) => api.claim.list({ limit, cursor }));
  const claims = [];
  for (const c of list) {
    claims.push({
      ...(await api.claim.byRef({ ref: c.ref })),
      history: await api.claim.history({ ref: c.ref }),
    });
  }
  return {
    claims,
    actors: await all((cursor) => api.actor.list({ limit, cursor })),
    transfers: await all((cursor) => api.transfer.list({ limit, cursor })),
    sanctions: await all((cursor) => api.sanction.list({ limit, cursor })),
    events: await all((cursor) => api.event.list({ limit, cursor })),
    sources: await all((cursor) => api.source.list({ limit, cursor })),
    corrections: await api.corrections.list(),
    story: await api.story.get(),
    auditHead: await api.audit.head(),
  };
}

describe("a restored backup", () => {
  const t = useTestDb();
  let copy: { db: Db; drop: () => Promise<void> } | undefined;
  afterAll(async () => {
    if (copy && t.kind === "postgres") {
      await copy.db.$disconnect();
      await copy.drop();
    }
  });

  const data = linkedCase();

  it("publishes exactly what the original did, and its audit log verifies to the same head", async () => {
    await insertCase(t.db, data);
    await t.db.$transaction(async (tx) => {
      for (const claim of data.claims) {
        await appendAudit(
          tx,
          { userId: null, label: "tester", via: "command" },
          {
            action: "claim.approve",
            entityType: "claim",
            entityId: claim.ref,
            after: { at: new Date() },
          },
        );
      }
    });
    const before = await publicExport(t.db);
    expect(before.claims).toHaveLength(2);
    expect(before.transfers[0]?.estimates).toHaveLength(1);
    expect(before.auditHead.count).toBeGreaterThanOrEqual(2);

    const file = await backupToBuffer(t.url);
    const fresh = await freshTestDatabase();
    copy = {
      db: t.kind === "embedded" ? t.db : createDb({ url: fresh.url, maxConnections: 2 }),
      drop: fresh.drop,
    };
    await restoreFromBuffer(fresh.url, file);

    expect(await publicExport(copy.db)).toEqual(before);
    expect(await verifyAuditChain(copy.db, { head: before.auditHead.hash })).toMatchObject({
      ok: true,
      entries: before.auditHead.count,
      head: { followedBy: 0 },
    });
  });
});
