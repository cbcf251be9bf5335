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
import { clientsFor, run } from "../src/cli";
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
  let editorServer: ReturnType<typeof createHTTPServer>;

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
    editorServer = createHTTPServer({
      router: editorRouter,
      basePath: "/api/trpc/",
      createContext: async ({ req }) => ({
        db: t.db,
        session: await resolveApiToken(
          t.db,
          req.headers.authorization?.replace(/^Bearer /, "") ?? "",
        ),
      }),
    });
    const editorUrl = await serve(editorServer);
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

  describe("review", () => {
    /** N claims by the writer, waiting for review with graded evidence. */
    // Refs past every claim already here: earlier tests' imports took refs of their own,
    // and the seed path skips a ref that exists rather than overwrite it.
    async function freshRefs(n: number) {
      const taken = await t.db.claim.findMany({ select: { ref: true } });
      const next = Math.max(0, ...taken.map((c) => Number(c.ref.slice(1)))) + 1;
      return Array.from({ length: n }, (_, i) => `C${String(next + i).padStart(2, "0")}`);
    }
    async function inReview(n: number, authorEmail = "writer@test.local") {
      const drafts = (await freshRefs(n)).map((ref) =>
        draftRecord({ ref, evidence, status: "in_review", authorEmail }),
      );
      await insertCase(t.db, { drafts });
      return drafts.map((d) => d.ref);
    }
    const statuses = async (refs: string[]) =>
      (await t.db.claim.findMany({ where: { ref: { in: refs } }, select: { status: true } })).map(
        (c) => c.status,
      );

    it("publishes many records in one request, printing each outcome (one by one took two per record)", async () => {
      const n = 30;
      const oneByOne = await inReview(n);
      const inBulk = await inReview(n);
      let requests = 0;
      const count = () => requests++;
      editorServer.on("request", count);
      try {
        // What publishing took before bulk review: read each claim's version, then approve it.
        const api = clientsFor(env).editor();
        for (const ref of oneByOne) {
          const c = await api.claim.get.query({ ref });
          await api.claim.approve.mutate({ id: c.id, baseVersion: c.version });
        }
        const before = requests;
        requests = 0;
        const c = capture();
        expect(await run(["review", "publish", ...inBulk], env, c.io)).toBe(0);
        const after = requests;
        // The measurement the issue asks for (no timing: request counts only).
        console.log(`publishing ${n} claims: ${before} requests one by one, ${after} in bulk`);
        expect(before).toBe(2 * n);
        expect(after).toBe(1);
        expect(c.out).toHaveLength(n + 1);
        expect(c.out[0]).toMatch(new RegExp(`^done +claim +${inBulk[0]} +approved$`));
        expect(c.out.at(-1)).toBe(`Published ${n} of ${n}; 0 refused.`);
        expect(await statuses(inBulk)).toEqual(Array(n).fill("approved"));
      } finally {
        editorServer.off("request", count);
      }
    });

    it("--all --dry-run lists what waits and changes nothing; a refusal is printed with its reason", async () => {
      const refs = await inReview(2);
      const dry = capture();
      expect(
        await run(["review", "publish", "--all", "--kind", "claim", "--dry-run"], env, dry.io),
      ).toBe(0);
      for (const ref of refs)
        expect(dry.out.join("\n")).toMatch(new RegExp(`would publish +claim +${ref}`));
      expect(dry.out.at(-1)).toMatch(/dry run: nothing was changed/);
      expect(await statuses(refs)).toEqual(["in_review", "in_review"]);

      // The checker's own claim: refused on four eyes, the other published.
      const [checkerRef] = await inReview(1, "checker@test.local");
      const checkerDraft = { ref: checkerRef! };
      const real = capture();
      expect(await run(["review", "publish", refs[0]!, checkerDraft.ref], env, real.io)).toBe(1);
      expect(real.out.join("\n")).toMatch(
        new RegExp(`refused +claim +${checkerDraft.ref} +forbidden \\(own_claim\\)`),
      );
      expect(real.out.at(-1)).toBe("Published 1 of 2; 1 refused.");
    });

    it("explains a wrong action, a wrong reference and a rejection without a note, changing nothing", async () => {
      const refs = await inReview(1);
      const cases: [string[], RegExp][] = [
        [["review", "approve", refs[0]!], /submit, publish or reject/],
        [["review", "publish", "Z12"], /Z12 is not a record reference/],
        [["review", "publish", "C99999"], /items\.0\.ref: There is no claim C99999/],
        [["review", "reject", refs[0]!], /--note/],
        [["review", "publish"], /--all/],
      ];
      for (const [args, message] of cases) {
        const c = capture();
        expect(await run(args, env, c.io)).toBe(2);
        expect(c.err.join()).toMatch(message);
      }
      expect(await statuses(refs)).toEqual(["in_review"]);
    });
  });
});
