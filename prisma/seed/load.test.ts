import { mkdtemp, readFile, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SeedDataError, dataDir, loadCase } from "./load";

describe("loadCase", () => {
  it("accepts the repository's seed files", async () => {
    const data = await loadCase();
    expect(data.claims).toHaveLength(45);
    expect(new Set(data.claims.map((c) => c.ref)).size).toBe(45);
    // The checked article lists every claim of the first case once, in reading order.
    expect(data.articles?.[0]?.claims.map((c) => c.ref).sort()).toEqual(
      data.claims.map((c) => c.ref).sort(),
    );
  });

  it("reports a bad record by file, record and field, and a broken reference", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "armstrail-seed-"));
    await cp(dataDir, dir, { recursive: true });
    const claims = JSON.parse(await readFile(path.join(dir, "claims.json"), "utf8")) as Record<
      string,
      unknown
    >[];
    claims[2] = { ...claims[2], verdict: "false" };
    await writeFile(path.join(dir, "claims.json"), JSON.stringify(claims));
    const err = await loadCase(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedDataError);
    expect((err as SeedDataError).problems.join("\n")).toMatch(
      /claims\.json record 2 \(C03\), field verdict/,
    );

    claims[2] = { ...claims[2], verdict: "accurate", appearanceRef: "S999" };
    await writeFile(path.join(dir, "claims.json"), JSON.stringify(claims));
    const broken = await loadCase(dir).catch((e: unknown) => e);
    expect((broken as SeedDataError).problems).toContain(
      "C03 refers to S999, which does not exist",
    );
  });

  it("refuses a record outside every investigation, and an article listing another's claim", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "armstrail-seed-"));
    await cp(dataDir, dir, { recursive: true });
    const read = async (name: string) =>
      JSON.parse(await readFile(path.join(dir, name), "utf8")) as Record<string, unknown>[];
    const claims = await read("claims.json");
    const { investigation: _dropped, ...orphan } = claims[0]!;
    claims[0] = orphan;
    claims[1] = { ...claims[1], investigation: "another-case" };
    await writeFile(path.join(dir, "claims.json"), JSON.stringify(claims));
    const transfers = await read("transfers.json");
    const { investigations: _none, ...unowned } = transfers[0]!;
    transfers[0] = unowned;
    await writeFile(path.join(dir, "transfers.json"), JSON.stringify(transfers));
    const problems = ((await loadCase(dir).catch((e: unknown) => e)) as SeedDataError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        "C01 names no investigation",
        "C02 names investigation another-case, which does not exist",
        "T01 names no investigation",
        "K01 lists C02, which belongs to another investigation",
      ]),
    );
  });
});
