// The embedded server under the load both apps put on it: many connections at once,
// public reads and searches (the explainer), session look-ups after a sign-in and saves
// inside transactions (the editor). PGlite is one session underneath; before the server
// kept each client's exchange whole, parameters were bound to another client's statement
// and rows reached the wrong client. Every answer here must equal what a lone client got.
//
// It starts its own embedded server in a temporary folder, whatever database the rest
// of the suite runs on, so the embedded default is tested on every run.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { ClaimDraftSchema, type ClaimDraft } from "@armstrail/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../client";
import { applyMigrations } from "../migrate";
import { getPublishedClaim, listPublishedClaims } from "../repositories/public-claims";
import { listActors, listSources } from "../repositories/public-entities";
import { searchPublished } from "../repositories/search";
import type { SessionUser } from "../repositories/users";
import { getEditorClaim, saveClaim } from "../services/claims";
import { migrationPaths } from "../testing/database";
import {
  actorRecord,
  claimRecord,
  draftRecord,
  insertCase,
  sourceRecord,
  testAccounts,
  testSessions,
} from "../testing/factories";
import { startEmbeddedServer, type EmbeddedServer } from "./index";

const PUBLIC_CLIENTS = 12;
const EDITOR_CLIENTS = 12;
const ROUNDS = 1;

describe("the embedded server with many clients at once", () => {
  let dir = "";
  let server: EmbeddedServer | undefined;
  let lone: Db | undefined;
  const clients: Db[] = [];
  const source = sourceRecord();
  const actors = [
    actorRecord({ name: "Zvezda Shipping", aliases: ["Star Lines"] }),
    actorRecord({ name: "Rajin Port Authority" }),
    actorRecord({ name: "Vostochny Terminal" }),
  ];
  const claims = Array.from({ length: 30 }, (_, i) =>
    claimRecord({
      statement: `Shipment ${i} of shells left Rajin for ${i % 2 ? "Dunai" : "Vostochny"}`,
      finding: `Satellite imagery of the port, pass ${i}.`,
      evidence: [
        { sourceRef: source.ref, reliability: "B", credibility: 2, supports: `Image ${i}` },
      ],
      subjects: [{ kind: "actor", ref: actors[i % actors.length]?.ref ?? "" }],
    }),
  );
  const drafts = Array.from({ length: EDITOR_CLIENTS }, (_, i) =>
    draftRecord({
      authorEmail: testAccounts[i % testAccounts.length]?.email ?? "",
      statement: `Draft ${i} about Rajin`,
      evidence: [
        { sourceRef: source.ref, reliability: "C", credibility: 3, supports: "Unchecked" },
      ],
    }),
  );

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "armstrail-embedded-concurrency-"));
    server = await startEmbeddedServer({ dataDir: dir, port: 0 });
    await applyMigrations(server.url, migrationPaths);
    lone = createDb({ url: server.url, maxConnections: 1 });
    await insertCase(lone, { sources: [source], actors, claims, drafts });
    for (let i = 0; i < PUBLIC_CLIENTS + EDITOR_CLIENTS; i++) {
      clients.push(createDb({ url: server.url, maxConnections: 1 }));
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...(lone ? [lone] : []), ...clients].map((c) => c.$disconnect()));
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("keeps every client's queries and rows its own", async () => {
    if (!lone) throw new Error("no database");
    const db = lone;
    // What the explainer asks, and what a lone client answers.
    const searches = ["rajin", "vostochny", "star lines", "imagery", "nothing-matches-this"];
    const reads: { name: string; run: (d: Db) => Promise<unknown> }[] = [
      { name: "claims page 1", run: (d) => listPublishedClaims(d, { limit: 10 }) },
      {
        name: "claims by actor",
        run: (d) => listPublishedClaims(d, { limit: 50, actorRef: actors[1]?.ref }),
      },
      { name: "actors", run: (d) => listActors(d, { limit: 20 }) },
      { name: "sources", run: (d) => listSources(d, { limit: 20 }) },
      ...claims.map((c) => ({
        name: `claim ${c.ref}`,
        run: (d: Db) => getPublishedClaim(d, { ref: c.ref }),
      })),
      ...searches.map((q) => ({ name: `search ${q}`, run: (d: Db) => searchPublished(d, q, 20) })),
    ];
    const expected = new Map<string, unknown>();
    for (const r of reads) expected.set(r.name, await r.run(db));

    const sessions = await testSessions(db);
    const draftIds = await Promise.all(
      drafts.map(async (d) => (await db.claim.findUniqueOrThrow({ where: { ref: d.ref } })).id),
    );

    const queriesBefore = server?.exchanges ?? 0;
    const failures: string[] = [];
    let operations = 0;
    const check = (client: string, what: string, ok: boolean) => {
      operations++;
      if (!ok && failures.length < 20) failures.push(`${client}: ${what}`);
    };
    const attempt = async (client: string, what: string, fn: () => Promise<boolean>) => {
      try {
        check(client, what, await fn());
      } catch (e) {
        check(
          client,
          `${what} threw ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`,
          false,
        );
      }
    };

    // The explainer: every read and search, in a different order for each client.
    const publicClient = async (d: Db, n: number) => {
      for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < reads.length; k++) {
          const r = reads[(k + n * 7 + round) % reads.length];
          if (!r) continue;
          await attempt(`public ${n}`, r.name, async () =>
            isDeepStrictEqual(await r.run(d), expected.get(r.name)),
          );
        }
      }
    };

    // The editor: sign in (a session row), look the session up as each request does,
    // save the client's own draft in a transaction, read it back, and read a public page.
    const editorClient = async (d: Db, n: number) => {
      const draft = drafts[n];
      const id = draftIds[n];
      const role = testAccounts.find((a) => a.email === draft?.authorEmail)?.role;
      const user: SessionUser | undefined = role ? sessions.get(role) : undefined;
      if (!draft || !id || !user) throw new Error("missing fixture");
      let version = 1;
      await attempt(`editor ${n}`, "load own draft", async () => {
        const own = await d.claim.findUniqueOrThrow({ where: { id } });
        version = own.version;
        return own.ref === draft.ref;
      });
      for (let round = 0; round < ROUNDS * 4; round++) {
        const token = randomBytes(16).toString("hex");
        await attempt(`editor ${n}`, "sign-in", async () => {
          await d.session.create({
            data: { token, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
          });
          const found = await d.session.findUnique({ where: { token }, include: { user: true } });
          return (
            found?.token === token && found.user.id === user.id && found.user.email === user.email
          );
        });
        const content: ClaimDraft = ClaimDraftSchema.parse({
          statement: `Draft ${n}, saved in round ${round}`,
          claimant: `Client ${n}`,
          claimType: "event",
          verdict: "accurate",
          finding: `Round ${round} of client ${n}.`,
          evidence: [
            { source: source.ref, reliability: "C", credibility: 3, supports: `r${round}` },
          ],
        });
        await attempt(`editor ${n}`, `save round ${round}`, async () => {
          const saved = await saveClaim(d, user, { ...content, id, baseVersion: version });
          const again = await getEditorClaim(d, { id });
          const ok =
            saved.version === version + 1 &&
            saved.working.statement === content.statement &&
            isDeepStrictEqual(saved, again);
          version = saved.version;
          return ok;
        });
        const r = reads[(round + n) % reads.length];
        if (r)
          await attempt(`editor ${n}`, r.name, async () =>
            isDeepStrictEqual(await r.run(d), expected.get(r.name)),
          );
      }
    };

    await Promise.all(
      clients.map((d, i) =>
        i < PUBLIC_CLIENTS ? publicClient(d, i) : editorClient(d, i - PUBLIC_CLIENTS),
      ),
    );

    const queries = (server?.exchanges ?? 0) - queriesBefore;
    console.log(`${clients.length} clients: ${operations} operations, ${queries} queries`);
    expect(failures).toEqual([]);
    expect(queries).toBeGreaterThan(5000);
  }, 600_000);
});
