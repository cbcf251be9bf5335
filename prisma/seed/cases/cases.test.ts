// The cases the seed imports (one folder per investigation, each with a dossier.json in the
// research-dossier layout) must be whole before the importer sees them: a broken reference
// here would be reported at seed time, on every fresh `npm start`. The file's own id letters
// are deliberately unlike our refs, so the checks below read ids, not prefixes.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CaseStorySchema, storyBodyFor } from "@armstrail/db";
import { dossierSections, parseDossier } from "@armstrail/domain";
import { describe, expect, it } from "vitest";

const casesDir = fileURLToPath(new URL("./", import.meta.url));

type Raw = Record<string, unknown>;
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** A string that is written like an id ("MA3", "S01"); free text in `via` is not one. */
const looksLikeId = (s: string) => /^[A-Z]{1,3}\d+$/.test(s);

/**
 * Every id reference in a dossier that does not resolve to a record of the section it
 * should point at, as "MC3 evidence.source -> MS99". Empty when the file is whole.
 */
export function unresolvedReferences(doc: Raw): string[] {
  const ids = (section: string) => new Set(list(doc[section]).map((r) => String(r.id)));
  const sources = ids("sources");
  const actors = ids("actors");
  const claims = ids("claims");
  const problems: string[] = [];
  const need = (from: unknown, field: string, ref: string, ...sections: Set<string>[]) => {
    if (!sections.some((s) => s.has(ref))) problems.push(`${String(from)} ${field} -> ${ref}`);
  };
  for (const c of list(doc.claims)) {
    for (const e of list(c.evidence)) need(c.id, "evidence.source", String(e.source), sources);
    for (const r of strings(c.see_also)) need(c.id, "see_also", r, claims, sources);
  }
  for (const a of list(doc.actors))
    for (const r of strings(a.sources)) need(a.id, "sources", r, sources);
  for (const e of list(doc.events)) {
    for (const r of strings(e.actors)) need(e.id, "actors", r, actors);
    for (const r of strings(e.sources)) need(e.id, "sources", r, sources);
  }
  for (const s of list(doc.sanctions))
    for (const r of strings(s.sources)) need(s.id, "sources", r, sources);
  for (const t of list(doc.transfers)) {
    for (const field of ["supplier", "recipient"] as const) {
      const v = t[field];
      if (typeof v === "string" && looksLikeId(v)) need(t.id, field, v, actors);
    }
    for (const r of strings(t.via).filter(looksLikeId)) need(t.id, "via", r, actors);
    const quantity = (t.quantity ?? {}) as Raw;
    for (const p of list(quantity.points))
      need(t.id, "quantity.points.source", String(p.source), sources);
    for (const r of strings(t.sources)) need(t.id, "sources", r, sources);
  }
  const all = ["sources", "actors", "events", "sanctions", "transfers", "claims"].flatMap((s) =>
    list(doc[s]).map((r) => String(r.id)),
  );
  for (const id of new Set(all.filter((id, i) => all.indexOf(id) !== i)))
    problems.push(`${id} is used by more than one record`);
  return problems;
}

async function cases() {
  const entries = await readdir(casesDir, { withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => {
        const text = await readFile(path.join(casesDir, e.name, "dossier.json"), "utf8");
        return { slug: e.name, text, doc: JSON.parse(text) as Raw };
      }),
  );
}

describe("the seed's imported cases", () => {
  it("include the second investigation", async () => {
    expect((await cases()).map((c) => c.slug)).toContain("myanmar-military-supply");
  });

  it("parse with the domain's dossier parser, every record kept, none refused", async () => {
    for (const c of await cases()) {
      const parsed = parseDossier(c.text, { authorEmail: "research-desk@armstrail.org" });
      expect(parsed.problems, c.slug).toEqual([]);
      for (const section of dossierSections)
        expect(parsed.records[section].length, `${c.slug} ${section}`).toBe(
          list(c.doc[section]).length,
        );
    }
  });

  it("resolve every id reference inside each dossier", async () => {
    for (const c of await cases()) expect(unresolvedReferences(c.doc), c.slug).toEqual([]);
  });

  it("find a broken reference and a repeated id (the check can fail)", async () => {
    const [c] = await cases();
    const doc = structuredClone(c!.doc);
    const claim = list(doc.claims)[0]!;
    list(claim.evidence)[0]!.source = "MS999";
    list(doc.actors)[1]!.id = list(doc.actors)[0]!.id;
    const problems = unresolvedReferences(doc);
    expect(problems).toContain(`${String(claim.id)} evidence.source -> MS999`);
    expect(problems.some((p) => p.endsWith("is used by more than one record"))).toBe(true);
  });

  it("tell a story (where they have one) whose every block cites claims of their dossier", async () => {
    let stories = 0;
    for (const c of await cases()) {
      let text: string;
      try {
        text = await readFile(path.join(casesDir, c.slug, "story.json"), "utf8");
      } catch {
        continue;
      }
      stories++;
      const story = CaseStorySchema.parse(JSON.parse(text));
      // Stand-in refs, one per dossier claim: what the importer will give out.
      const refs = new Map(list(c.doc.claims).map((claim, i) => [String(claim.id), `C${901 + i}`]));
      for (const section of story.sections)
        for (const body of section.blocks) {
          expect(() => storyBodyFor(body, refs), `${c.slug} ${section.key}`).not.toThrow();
          expect(body, `${c.slug} ${section.key}`).toMatch(/\{\{[^}]+\}\}/);
        }
    }
    expect(stories).toBeGreaterThan(0);
  });

  it("refuse a story that cites a claim the dossier lacks, or a figure without a citation", () => {
    const refs = new Map([["MC1", "C901"]]);
    expect(storyBodyFor("Deliveries began in 2023.{{MC1}}", refs)).toBe(
      "Deliveries began in 2023.{{C901}}",
    );
    expect(() => storyBodyFor("Deliveries began in 2023.{{MC9}}", refs)).toThrow(/MC9/);
    expect(() => storyBodyFor("Deliveries began in 2023. Then more.{{MC1}}", refs)).toThrow(
      /cites no claim/,
    );
  });

  it("state a summary that agrees with their claims, and a checked article", async () => {
    for (const c of await cases()) {
      const claims = list(c.doc.claims);
      const summary = c.doc.summary as {
        claim_count: number;
        verdict_counts: Record<string, number>;
      };
      expect(summary.claim_count, c.slug).toBe(claims.length);
      const counted: Record<string, number> = {};
      for (const claim of claims)
        counted[String(claim.verdict)] = (counted[String(claim.verdict)] ?? 0) + 1;
      expect(counted, c.slug).toEqual(summary.verdict_counts);
      const article = c.doc.article as Raw;
      expect(article.title, c.slug).toEqual(expect.any(String));
      expect(article.address, c.slug).toMatch(/^https:\/\//);
    }
  });
});
