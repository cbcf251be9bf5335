// The command-line tool against real HTTP servers running the editor and public routers on
// a real database, with real API tokens issued and resolved as the editor app does.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { editorRouter, publicRouter } from "@armstrail/api";
import { issueApiToken, resolveApiToken, revokeApiToken } from "@armstrail/db";
import {
  claimRecord,
  draftRecord,
  insertCase,
  sourceRecord,
  useTestDb,
} from "@armstrail/db/testing";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/cli";
import type { CliEnv } from "../src/env";

describe("pnpm armstrail", () => {
  const t = useTestDb();
  const source = sourceRecord();
  const evidence = [
    { sourceRef: source.ref, reliability: "B" as const, credibility: 2, supports: "It says so." },
  ];
  const published = claimRecord({ evidence, statement: "A published claim for the export." });
  const waiting = draftRecord({ evidence, status: "in_review", authorEmail: "writer@test.local" });
  const secret = draftRecord({
    evidence,
    status: "draft",
    authorEmail: "writer@test.local",
    statement: "A secret draft.",
  });
  let checkerToken = "";
  let revokedToken = "";
  const servers: ReturnType<typeof createHTTPServer>[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "armstrail-cli-"));
  let env: CliEnv;

  async function serve(server: ReturnType<typeof createHTTPServer>) {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    await insertCase(t.db, { sources: [source], claims: [published], drafts: [waiting, secret] });
    const checker = await t.db.user.findUniqueOrThrow({ where: { email: "checker@test.local" } });
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@test.local" } });
    const issuer = { userId: admin.id, label: admin.email, via: "session" };
    const issue = (name: string) =>
      issueApiToken(t.db, issuer, { name, scope: "fact_checker", userId: checker.id });
    checkerToken = (await issue("cli")).secret;
    const revoked = await issue("old laptop");
    await revokeApiToken(t.db, issuer, revoked.token.id);
    revokedToken = revoked.secret;
    const editorUrl = await serve(
      createHTTPServer({
        router: editorRouter,
        basePath: "/api/trpc/",
        createContext: async ({ req }) => ({
          db: t.db,
          session: await resolveApiToken(
            t.db,
            req.headers.authorization?.replace(/^Bearer /, "") ?? "",
          ),
        }),
      }),
    );
    const publicUrl = await serve(
      createHTTPServer({
        router: publicRouter,
        basePath: "/api/trpc/",
        createContext: () => ({ db: t.db, session: null }),
      }),
    );
    env = { editorUrl, publicUrl, token: checkerToken, cwd: dir };
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))));

  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
  };

  it("lists the review queue", async () => {
    const c = capture();
    expect(await run(["queue"], env, c.io)).toBe(0);
    expect(c.out.join("\n")).toContain(waiting.ref);
    expect(c.out.join("\n")).not.toContain(secret.ref);
    expect(c.out.at(-1)).toBe("1 waiting.");
  });

  it("refuses without a token, or with a wrong one, and says what to do", async () => {
    const none = capture();
    expect(await run(["queue"], { ...env, token: undefined }, none.io)).toBe(2);
    expect(none.err.join()).toMatch(/ARMSTRAIL_TOKEN/);
    for (const token of ["at_nope", revokedToken]) {
      const wrong = capture();
      expect(await run(["queue"], { ...env, token }, wrong.io)).toBe(2);
      expect(wrong.err.join()).toMatch(/refused the token/);
    }
  });

  it("exports what is published and nothing else", async () => {
    const c = capture();
    expect(await run(["export", "--out", "export.json"], env, c.io)).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(dir, "export.json"), "utf8")) as {
      claims: { ref: string }[];
      sources: { ref: string }[];
    };
    expect(doc.claims.map((x) => x.ref)).toEqual([published.ref]);
    expect(doc.sources.map((x) => x.ref)).toContain(source.ref);
    expect(JSON.stringify(doc)).not.toContain("A secret draft.");
  });

  it("imports a dossier file with its own ids, naming each refused record by line and field", async () => {
    const file = path.join(dir, "dossier.json");
    writeFileSync(
      file,
      `{
  "sources": [
    { "id": "SRC-1", "publisher": "Desk", "title": "Same address as ours", "date": null,
      "address": "${source.url}", "kind": "news" }
  ],
  "claims": [
    { "id": "CL-1", "claim": "A new claim from the desk.", "quoted_phrase": null, "claimant": "A columnist",
      "type": "event", "verdict": "accurate", "finding": "Checked.", "see_also": [],
      "evidence": [{ "source": "SRC-1", "supports": "It says so." }] },
    { "id": "CL-2", "claim": "Bad verdict.", "quoted_phrase": null, "claimant": "A columnist",
      "type": "event", "verdict": "sort of", "finding": "Checked.", "see_also": [], "evidence": [] }
  ]
}
`,
    );
    const args = ["import", "dossier.json", "--investigation", "desk-case"];
    const dry = capture();
    expect(await run([...args, "--dry-run"], env, dry.io)).toBe(1);
    expect(dry.out).toContain(
      `dossier.json:3: sources SRC-1: matches ${source.ref} "${source.title}" (same address): links`,
    );
    expect(dry.out.at(-1)).toBe(
      "Would import 1 claims as drafts with new refs; 1 linked to records already held; 0 already imported; 1 refused.",
    );
    const refused = capture();
    expect(await run([...args, "--dry-run", "--no-match", "SRC-1"], env, refused.io)).toBe(1);
    expect(refused.out.at(-1)).toMatch(/^Would import 1 sources, 1 claims as drafts/);
    const claims = await t.db.claim.count();

    const real = capture();
    expect(await run(args, env, real.io)).toBe(1);
    expect(real.err).toHaveLength(1);
    expect(real.err[0]).toMatch(/^dossier\.json:10: claims CL-2 verdict: /);
    expect(await t.db.claim.count()).toBe(claims + 1);
    const batch = await t.db.importBatch.findFirstOrThrow({
      include: { records: { orderBy: { originalId: "asc" } } },
    });
    expect(batch).toMatchObject({ fileName: "dossier.json", investigation: "desk-case" });
    expect(batch.records.map((r) => [r.originalId, r.linked])).toEqual([
      ["CL-1", false],
      ["SRC-1", true],
    ]);
    const imported = await t.db.claim.findUniqueOrThrow({ where: { ref: batch.records[0]!.ref } });
    expect(imported.status).toBe("draft");

    // The same file again changes nothing, and says so.
    const again = capture();
    expect(await run(args, env, again.io)).toBe(0);
    expect(again.out.at(-1)).toMatch(/was imported before .* into desk-case; nothing changed\.$/);
    expect(await t.db.claim.count()).toBe(claims + 1);

    const bad = capture();
    expect(await run([...args, "--match", "SRC-1"], env, bad.io)).toBe(2);
    expect(bad.err.join()).toMatch(/--match takes FILEID=REF/);

    // Imported drafts are not public.
    const exported = capture();
    await run(["export"], env, exported.io);
    expect(exported.out.join()).not.toContain("A new claim from the desk.");
  });

  it("explains a missing file and an unknown command", async () => {
    const missing = capture();
    expect(await run(["import", "nope.json"], env, missing.io)).toBe(2);
    expect(missing.err.join()).toMatch(/Cannot read nope\.json/);
    const unknown = capture();
    expect(await run(["frobnicate"], env, unknown.io)).toBe(2);
    expect(unknown.err.join()).toMatch(/Unknown command "frobnicate"/);
  });
});
