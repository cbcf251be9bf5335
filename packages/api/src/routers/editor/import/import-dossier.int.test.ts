// The editor's import screen calls this: a dry run with its matches and near misses, the
// person's choices, then the import; a second import of the same file changes nothing.
import { actorRecord, insertCase, sourceRecord, useTestDb } from "@armstrail/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callers, loadSessions, trpcError } from "../workflow-fixtures";

describe("import.dossier", () => {
  const t = useTestDb();
  let api: ReturnType<typeof callers>;
  const held = sourceRecord({ ref: "S01", url: "https://example.org/held" });

  beforeAll(async () => {
    await insertCase(t.db, {
      sources: [held],
      actors: [actorRecord({ ref: "A01", name: "Harbour Board", country: "QQ", sourceRefs: [] })],
    });
    api = callers(t.db, await loadSessions(t.db));
  });

  const text = JSON.stringify(
    {
      sources: [
        {
          id: "S01",
          publisher: "Gazette",
          title: "Not ours, whatever its id",
          date: null,
          address: "https://example.org/not-ours",
          kind: "news",
        },
      ],
      actors: [
        {
          id: "ORG-7",
          name: "Harbour Board",
          kind: "government body",
          country: "QZ",
          description: "Same name, another country.",
          aliases: [],
          sources: ["S01"],
        },
      ],
    },
    null,
    2,
  );
  const input = { text, fileName: "harbour.json", investigation: "harbour-case" };

  it("dry run: new refs, a near miss to confirm, nothing written", async () => {
    const report = await api.writer.import.dossier({ ...input, dryRun: true });
    expect(report.records).toMatchObject([
      { originalId: "S01", ref: "S02", action: "create" },
      { originalId: "ORG-7", ref: "A02", action: "create" },
    ]);
    expect(report.nearMisses).toMatchObject([
      { id: "ORG-7", candidates: [{ ref: "A01", reason: "same name, another country (QQ)" }] },
    ]);
    expect(await t.db.actor.count()).toBe(1);
  });

  it("imports with the person's choice, once", async () => {
    const report = await api.writer.import.dossier({
      ...input,
      choices: { match: { "ORG-7": "A01" }, noMatch: [] },
    });
    expect(report.records).toMatchObject([
      { originalId: "S01", ref: "S02", action: "create" },
      { originalId: "ORG-7", ref: "A01", action: "link", reason: "chosen by the importer" },
    ]);
    expect(report.batch).toMatchObject({ fileName: "harbour.json", investigation: "harbour-case" });
    const again = await api.writer.import.dossier(input);
    expect(again).toMatchObject({ unchanged: true, batch: { id: report.batch!.id } });
    expect(await t.db.source.count()).toBe(2);
  });

  it("refuses a malformed choice or slug with a clear message", async () => {
    const bad = await trpcError(
      api.writer.import.dossier({ ...input, choices: { match: { "ORG-7": "C01" }, noMatch: [] } }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toMatch(/actor, source or sanction reference/);
    const slug = await trpcError(
      api.writer.import.dossier({ ...input, investigation: "Not A Slug" }),
    );
    expect(slug.code).toBe("BAD_REQUEST");
  });
});
