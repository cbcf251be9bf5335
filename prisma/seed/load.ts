// Reads and checks the case's seed files. Nothing is written unless every file parses,
// every record matches its domain schema and every reference resolves.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  ActorRecordSchema,
  CheckedArticleRecordSchema,
  ClaimRecordSchema,
  DraftClaimRecordSchema,
  EventRecordSchema,
  InvestigationRecordSchema,
  SanctionRecordSchema,
  SourceRecordSchema,
  StoryBlockRecordSchema,
  TransferRecordSchema,
  parseCitedText,
} from "@armstrail/domain";
import type { CaseData } from "@armstrail/db";
import { z } from "zod";

export const dataDir = fileURLToPath(new URL("./data/", import.meta.url));

const files = {
  investigations: InvestigationRecordSchema,
  articles: CheckedArticleRecordSchema,
  sources: SourceRecordSchema,
  actors: ActorRecordSchema,
  events: EventRecordSchema,
  sanctions: SanctionRecordSchema,
  transfers: TransferRecordSchema,
  claims: ClaimRecordSchema,
  drafts: DraftClaimRecordSchema,
  story: StoryBlockRecordSchema,
} as const;

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The seed data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
}

/** Parses every file; collects every problem (file, record, field) before giving up. */
export async function loadCase(dir = dataDir): Promise<CaseData> {
  const problems: string[] = [];
  const out: Partial<Record<keyof typeof files, unknown[]>> = {};
  for (const [name, schema] of Object.entries(files) as [keyof typeof files, z.ZodType][]) {
    const file = path.join(dir, `${name}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      problems.push(`${name}.json: ${(e as Error).message}`);
      continue;
    }
    const parsed = z.array(schema).safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [index, ...field] = issue.path;
        const ref =
          Array.isArray(raw) && typeof index === "number"
            ? (raw[index] as { ref?: string } | undefined)?.ref
            : undefined;
        problems.push(
          `${name}.json record ${String(index)}${ref ? ` (${ref})` : ""}, field ${field.join(".") || "(record)"}: ${issue.message}`,
        );
      }
      continue;
    }
    out[name] = parsed.data;
  }
  if (problems.length) throw new SeedDataError(problems);
  const data = out as unknown as CaseData;
  const integrity = checkReferences(data);
  if (integrity.length) throw new SeedDataError(integrity);
  return data;
}

/** Every reference between files points at a record that exists, and no ref is used twice. */
export function checkReferences(data: CaseData): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  const all = [
    ...(data.investigations ?? []),
    ...(data.articles ?? []),
    ...data.sources,
    ...data.actors,
    ...data.events,
    ...data.sanctions,
    ...data.transfers,
    ...data.claims,
    ...data.drafts,
  ];
  for (const r of all) {
    if (known.has(r.ref)) problems.push(`${r.ref} is used by more than one record`);
    known.add(r.ref);
  }
  const need = (from: string, ref: string | null | undefined) => {
    if (ref && !known.has(ref)) problems.push(`${from} refers to ${ref}, which does not exist`);
  };
  for (const a of data.actors) {
    a.links.forEach((l) => need(a.ref, l.targetRef));
    a.sourceRefs.forEach((s) => need(a.ref, s));
  }
  for (const e of data.events) [...e.actorRefs, ...e.sourceRefs].forEach((r) => need(e.ref, r));
  for (const s of data.sanctions) {
    need(s.ref, s.imposedByRef);
    need(s.ref, s.monitoringBody?.actorRef);
    s.designations.forEach((d) => need(s.ref, d.actorRef));
    s.sourceRefs.forEach((r) => need(s.ref, r));
  }
  const provisionKeys = new Set(
    data.sanctions.flatMap((s) => s.provisions.map((p) => `${s.ref}#${p.key}`)),
  );
  for (const t of data.transfers) {
    [t.supplierRef, t.recipientRef, ...t.intermediaryRefs, ...t.sourceRefs].forEach((r) =>
      need(t.ref, r),
    );
    t.routeLegs.forEach((l) =>
      [l.fromRef, l.toRef, ...l.vesselRefs].forEach((r) => need(t.ref, r)),
    );
    t.estimates.forEach((e) => need(t.ref, e.sourceRef));
    for (const b of t.breaches) {
      need(t.ref, b.sanctionRef);
      if (b.provisionKey && !provisionKeys.has(`${b.sanctionRef}#${b.provisionKey}`)) {
        problems.push(
          `${t.ref} cites provision ${b.provisionKey} of ${b.sanctionRef}, which does not exist`,
        );
      }
    }
  }
  for (const c of [...data.claims, ...data.drafts]) {
    need(c.ref, c.appearanceRef);
    c.subjects.forEach((s) => need(c.ref, s.ref));
    c.evidence.forEach((e) => need(c.ref, e.sourceRef));
    c.seeAlso.forEach((r) => need(c.ref, r));
  }
  // Every claim, draft and story block belongs to an investigation of the files; every
  // transfer and event to one or more.
  const slugs = new Set<string>();
  for (const i of data.investigations ?? []) {
    if (slugs.has(i.slug)) problems.push(`investigation slug ${i.slug} is used twice`);
    slugs.add(i.slug);
  }
  const belongs = (what: string, slug: string | undefined) => {
    if (slug === undefined) problems.push(`${what} names no investigation`);
    else if (!slugs.has(slug))
      problems.push(`${what} names investigation ${slug}, which does not exist`);
  };
  for (const c of [...data.claims, ...data.drafts]) belongs(c.ref, c.investigation);
  for (const b of data.story) belongs(`story block ${b.key}`, b.investigation);
  for (const r of [...data.transfers, ...data.events]) {
    if (!r.investigations) problems.push(`${r.ref} names no investigation`);
    r.investigations?.forEach((slug) => belongs(r.ref, slug));
  }
  const claimsByRef = new Map([...data.claims, ...data.drafts].map((c) => [c.ref, c]));
  for (const a of data.articles ?? []) {
    belongs(a.ref, a.investigation);
    for (const c of a.claims) {
      const claim = claimsByRef.get(c.ref);
      if (!claim) problems.push(`${a.ref} lists ${c.ref}, which is not a claim`);
      else if (claim.investigation !== a.investigation)
        problems.push(`${a.ref} lists ${c.ref}, which belongs to another investigation`);
    }
  }

  // The story may cite only the case's checked claims, never a draft.
  const checked = new Set(data.claims.map((c) => c.ref));
  const keys = new Set<string>();
  for (const b of data.story) {
    if (keys.has(b.key)) problems.push(`story block ${b.key} is used twice`);
    keys.add(b.key);
    for (const ref of parseCitedText(b.body).flatMap((s) => s.refs)) {
      if (!checked.has(ref))
        problems.push(`story block ${b.key} cites ${ref}, which is not a checked claim`);
    }
  }
  return problems;
}

/**
 * The demo accounts' password (see README.md). Public on purpose: these accounts exist only
 * in a local database seeded outside production.
 */
export const DEMO_PASSWORD = "armstrail-demo";

/** Local-only demo accounts, one per role (see README.md). */
export const demoAccounts = [
  { email: "contributor@armstrail.local", name: "Demo Contributor", role: "contributor" },
  { email: "factchecker@armstrail.local", name: "Demo Fact-checker", role: "fact_checker" },
  { email: "editor@armstrail.local", name: "Demo Editor", role: "editor" },
  { email: "admin@armstrail.local", name: "Demo Admin", role: "admin" },
] as const;
