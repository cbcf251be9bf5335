// Importing a dossier file as drafts, as one batch. The file's own ids (whatever their
// letters) never meet our refs: each record gets a new ref of its kind, and its original id
// is kept with the batch. A shared record (actor, source, sanction) links to one we hold
// only by an explicit match (identifier, exact address or instrument, exact name and
// country), which a person may refuse; near misses are reported, never linked unless a
// person chooses them. The same file into the same investigation is imported once. Rows are
// written through the editor's own functions (insertEntity, insertClaimDraft), all in one
// transaction with one audit entry; a dry run does the same work and rolls it back.
import {
  dossierSections,
  findMatches,
  isPartialDate,
  ImportChoicesSchema,
  mapDossier,
  readDossier,
  referencesOf,
  refPrefixes,
  sectionKind,
  type DossierCandidate,
  type DossierEntry,
  type DossierSection,
  type ImportChoices,
  type ImportProblem,
  type ImportReport,
  type MappedDossier,
  type ReadDossier,
  type RegisterEntry,
} from "@armstrail/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { appendAudit, type AuditActor } from "./audit";
import { insertClaimDraft, reserveClaimRefs } from "./claims";
import { insertEntity, reserveRefs } from "./entities/core";
import { investigationIdFor } from "./investigations";
import { sha256Hex } from "./secrets";
import type { Tx } from "./workflow-support";

export interface Importer {
  userId: string;
  email: string;
  audit: AuditActor;
}

/** What the import reads: a file's name and its text (line numbers refer to the text). */
export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportOptions {
  /** The investigation's slug: its claims, transfers and events belong to it. */
  investigation?: string | null;
  /** A person's answers to the dry run's matches and near misses. */
  choices?: Partial<ImportChoices>;
  dryRun?: boolean;
}

const shared = { actors: "actor", sources: "source", sanctions: "sanction" } as const;
type SharedSection = keyof typeof shared;
const isShared = (s: DossierSection): s is SharedSection => s in shared;

class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

async function loadRegister(tx: Tx): Promise<RegisterEntry[]> {
  const actors = await tx.actor.findMany({
    select: {
      ref: true,
      name: true,
      country: true,
      aliases: true,
      identifiers: { select: { scheme: true, value: true } },
    },
  });
  const sources = await tx.source.findMany({
    select: { ref: true, title: true, url: true, publisher: true },
  });
  const sanctions = await tx.sanction.findMany({ select: { ref: true, instrument: true } });
  return [
    ...actors.map((a) => ({ kind: "actor" as const, label: a.name, ...a })),
    ...sources.map((s) => ({ kind: "source" as const, label: s.title, ...s })),
    ...sanctions.map((s) => ({ kind: "sanction" as const, ref: s.ref, label: s.instrument })),
  ];
}

function candidateOf(section: SharedSection, raw: Record<string, unknown>): DossierCandidate {
  const s = (v: unknown) => (typeof v === "string" ? v : "");
  if (section === "actors")
    return {
      kind: "actor",
      label: s(raw.name),
      country: typeof raw.country === "string" ? raw.country : null,
      aliases: Array.isArray(raw.aliases) ? raw.aliases.filter((a) => typeof a === "string") : [],
      identifiers: Array.isArray(raw.identifiers)
        ? (raw.identifiers as { scheme: string; value: string }[])
        : [],
    };
  if (section === "sources")
    return {
      kind: "source",
      label: s(raw.title),
      url: s(raw.address),
      publisher: s(raw.publisher),
    };
  return { kind: "sanction", label: s(raw.instrument) };
}

const emptyImported = () =>
  Object.fromEntries(dossierSections.map((s) => [s, [] as string[]])) as ImportReport["imported"];

/**
 * Imports one dossier file. Callable from the API, the CLI (through the API) and the seed
 * (with its own importer account): give it a db handle, the file, the investigation's slug
 * and the choices.
 */
export async function importDossier(
  db: Db,
  importer: Importer,
  file: ImportFile,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const investigation = options.investigation ?? "";
  const choices = ImportChoicesSchema.parse(options.choices ?? {});
  const sha256 = sha256Hex(file.text);

  const earlier = await db.importBatch.findUnique({
    where: { sha256_investigation: { sha256, investigation } },
  });
  if (earlier) {
    const before = earlier.report as unknown as ImportReport;
    return {
      ...before,
      batch: {
        id: earlier.id,
        fileName: earlier.fileName,
        sha256,
        investigation: earlier.investigation || null,
        at: earlier.createdAt.toISOString(),
      },
      unchanged: true,
      dryRun,
      // Reports stored before these were kept say nothing of them.
      investigation: before.investigation ?? null,
      article: before.article ?? null,
      imported: emptyImported(),
      problems: [],
      skipped: [],
    };
  }

  try {
    return await db.$transaction((tx) => run(tx), { timeout: 300_000, maxWait: 60_000 });
  } catch (e) {
    if (e instanceof RollBack) return e.report;
    throw e;
  }

  async function run(tx: Prisma.TransactionClient): Promise<ImportReport> {
    const read = readDossier(file.text);
    const problems: ImportProblem[] = [];
    const report: ImportReport = {
      batch: null,
      unchanged: false,
      dryRun,
      investigation: null,
      article: null,
      imported: emptyImported(),
      records: [],
      matches: [],
      nearMisses: [],
      kept: [],
      skipped: [],
      problems,
    };
    const into = await investigationFor(tx, importer, investigation, file, read.extras);
    const investigationId = into.id;
    report.investigation = { ref: into.ref, slug: into.slug, created: into.created };
    const register = await loadRegister(tx);
    const byRef = new Map(register.map((r) => [r.ref, r]));
    const fileIds = new Set(read.entries.map((e) => e.id));
    for (const id of [...Object.keys(choices.match), ...choices.noMatch])
      if (!fileIds.has(id))
        problems.push({
          line: 1,
          section: "file",
          id,
          field: null,
          message: `A choice names ${id}, which is not a record in this file`,
        });

    // Records this investigation imported before keep their refs: the same original id
    // in the same investigation is the same record, never a coincidence.
    const before = new Map(
      (
        await tx.importedRecord.findMany({
          where: { batch: { investigation } },
          select: { section: true, originalId: true, ref: true },
        })
      ).map((r) => [`${r.section}:${r.originalId}`, r.ref]),
    );

    // Decide each record: already here, linked by an explicit match, or new.
    const linked = new Map<string, { ref: string; reason: string }>();
    const already = new Map<string, string>();
    const toCreate: DossierEntry[] = [];
    for (const entry of read.entries) {
      const prior = before.get(`${entry.section}:${entry.id}`);
      if (prior) {
        already.set(entry.id, prior);
        continue;
      }
      if (!isShared(entry.section)) {
        toCreate.push(entry);
        continue;
      }
      const kind = shared[entry.section];
      const found = findMatches(candidateOf(entry.section, entry.raw), register);
      const refused = choices.noMatch.includes(entry.id);
      const chosen = choices.match[entry.id];
      for (const m of found.matches)
        report.matches.push({
          line: entry.line,
          section: entry.section,
          id: entry.id,
          match: m,
          chosen: chosen === m.ref,
          refused,
        });
      if (found.nearMisses.length)
        report.nearMisses.push({
          line: entry.line,
          section: entry.section,
          id: entry.id,
          candidates: found.nearMisses,
        });
      if (chosen) {
        const target = byRef.get(chosen);
        if (!target || target.kind !== kind) {
          problems.push({
            line: entry.line,
            section: entry.section,
            id: entry.id,
            field: "id",
            message: `--match ${entry.id}=${chosen}: there is no ${kind} ${chosen}`,
          });
          continue;
        }
        linked.set(entry.id, { ref: chosen, reason: "chosen by the importer" });
      } else if (found.matches.length === 1 && !refused) {
        linked.set(entry.id, { ref: found.matches[0]!.ref, reason: found.matches[0]!.reason });
      } else {
        toCreate.push(entry);
      }
    }

    // First pass with stand-in refs finds the records that cannot come in (and those that
    // depend on them), so that new refs are handed out only to records that do.
    const fixedRefs = (): Map<string, string> =>
      new Map([...[...linked].map(([id, l]) => [id, l.ref] as const), ...already]);
    const standIns = fixedRefs();
    toCreate.forEach((e, i) =>
      standIns.set(e.id, `${refPrefixes[sectionKind[e.section]]}${900000 + i}`),
    );
    // A record whose choice was refused above is not mapped at all.
    const trial = mapDossier(read, {
      authorEmail: importer.email,
      refOf: standIns,
      only: new Set(standIns.keys()),
    });
    problems.push(...trial.problems);
    const fileIdOf = new Map([...standIns].map(([id, ref]) => [ref, id]));
    const landing = new Set(
      dossierSections.flatMap((s) =>
        trial.records[s]
          .map((r) => fileIdOf.get(r.ref)!)
          .filter((id) => !already.has(id) && !linked.has(id)),
      ),
    );
    const lineOf = new Map(read.entries.map((e) => [e.id, e]));
    for (let changed = true; changed;) {
      changed = false;
      for (const section of dossierSections) {
        for (const record of trial.records[section]) {
          const id = fileIdOf.get(record.ref)!;
          if (!landing.has(id)) continue;
          const missing = referencesOf(section, record).find(({ ref }) => {
            const target = fileIdOf.get(ref);
            return (
              target !== undefined &&
              !landing.has(target) &&
              !linked.has(target) &&
              !already.has(target)
            );
          });
          if (!missing) continue;
          landing.delete(id);
          changed = true;
          problems.push({
            line: lineOf.get(id)?.line ?? 1,
            section,
            id,
            field: missing.field,
            message: `Refers to ${fileIdOf.get(missing.ref)}, which was not imported (see its own problem)`,
          });
        }
      }
    }

    // Real refs for what lands, then the real mapping.
    const refOf = fixedRefs();
    for (const section of dossierSections) {
      const ids = toCreate.filter((e) => e.section === section && landing.has(e.id));
      const kind = sectionKind[section];
      const refs =
        kind === "claim"
          ? await reserveClaimRefs(tx, ids.length)
          : (await reserveRefs(tx, kind, ids.length)).map((r) => r.ref);
      ids.forEach((e, i) => refOf.set(e.id, refs[i]!));
    }
    const mapped = mapDossier(read, { authorEmail: importer.email, refOf, only: landing });
    report.kept = mapped.kept;
    for (const section of dossierSections)
      report.imported[section] = mapped.records[section].map((r) => r.ref);
    for (const e of read.entries) {
      const link = linked.get(e.id);
      const ref = refOf.get(e.id);
      if (!ref || (!link && !already.has(e.id) && !landing.has(e.id))) continue;
      report.records.push({
        section: e.section,
        originalId: e.id,
        line: e.line,
        ref,
        action: link ? "link" : already.has(e.id) ? "already" : "create",
        reason: link?.reason ?? null,
      });
    }
    for (const e of read.entries)
      if (already.has(e.id))
        report.skipped.push({
          line: e.line,
          section: e.section,
          id: e.id,
          field: "id",
          message: `${e.id} came in with an earlier import into this investigation as ${already.get(e.id)}; left unchanged`,
        });

    await writeRecords(tx, importer, investigationId, mapped.records);
    // The checked article the file describes, with its claims in the file's order.
    const article = await writeArticle(tx, importer, investigationId, read, refOf, landing);
    report.article = article?.ref ?? null;
    if (article)
      report.kept = report.kept.filter((k) => !(k.section === "file" && k.field === "article"));

    const total = dossierSections.reduce((n, s) => n + report.imported[s].length, 0);
    if (!dryRun && (total > 0 || linked.size > 0)) {
      const batch = await tx.importBatch.create({
        data: {
          fileName: file.name,
          sha256,
          investigation,
          importedById: importer.userId,
          report: {},
          extras: read.extras as Prisma.InputJsonValue,
        },
      });
      report.batch = {
        id: batch.id,
        fileName: file.name,
        sha256,
        investigation: investigation || null,
        at: batch.createdAt.toISOString(),
      };
      await tx.importBatch.update({
        where: { id: batch.id },
        data: { report: report },
      });
      await tx.importedRecord.createMany({
        data: report.records
          .filter((r) => r.action !== "already")
          .map((r) => ({
            batchId: batch.id,
            section: r.section,
            originalId: r.originalId,
            ref: r.ref,
            linked: r.action === "link",
            original: lineOf.get(r.originalId)!.raw as Prisma.InputJsonValue,
          })),
      });
      await appendAudit(tx, importer.audit, {
        action: "dossier.import",
        entityType: "import",
        entityId: batch.id,
        after: {
          file: file.name,
          sha256,
          investigation: investigation || null,
          imported: report.imported,
          linked: linked.size,
          problems: problems.length,
        },
      });
    }
    if (dryRun) throw new RollBack(report);
    return report;
  }
}

/** Writes the mapped records, referenced kinds first, through the editor's own functions. */
async function writeRecords(
  tx: Tx,
  importer: Importer,
  investigationId: string,
  records: MappedDossier,
) {
  const at = (ref: string) => ({
    ref,
    refNumber: Number(ref.slice(1)),
    createdById: importer.userId,
    authorId: importer.userId,
  });
  for (const { ref, ...data } of records.sources) await insertEntity(tx, "source", at(ref), data);
  for (const { ref, ...data } of records.actors) await insertEntity(tx, "actor", at(ref), data);
  // Transfers and events belong to the investigation they came in with.
  for (const { ref, ...data } of records.events) {
    const { id } = await insertEntity(tx, "event", at(ref), data);
    await tx.investigationEvent.create({ data: { investigationId, eventId: id } });
  }
  for (const { ref, ...data } of records.sanctions)
    await insertEntity(tx, "sanction", at(ref), data);
  for (const { ref, ...data } of records.transfers) {
    const { id } = await insertEntity(tx, "transfer", at(ref), data);
    await tx.investigationTransfer.create({ data: { investigationId, transferId: id } });
  }
  // Claims may point at each other in any order: links come once all of them exist.
  const revisions = new Map<string, string>();
  for (const c of records.claims) {
    const { revision } = await insertClaimDraft(
      tx,
      { ref: c.ref, authorId: importer.userId, investigationId },
      {
        statement: c.statement,
        quotedPhrase: c.quotedPhrase,
        claimant: c.claimant,
        claimType: c.claimType,
        verdict: c.verdict,
        likelihood: c.likelihood,
        confidence: c.confidence,
        finding: c.finding,
        appearance: c.appearanceRef,
        evidence: c.evidence.map((e) => ({
          source: e.sourceRef,
          reliability: e.reliability,
          credibility: e.credibility,
          supports: e.supports,
        })),
        subjects: c.subjects,
        seeAlso: [],
        changeNote: null,
      },
    );
    revisions.set(c.ref, revision.id);
  }
  const ids = new Map(
    (
      await tx.claim.findMany({
        where: { ref: { in: records.claims.flatMap((c) => c.seeAlso) } },
        select: { id: true, ref: true },
      })
    ).map((c) => [c.ref, c.id]),
  );
  for (const c of records.claims) {
    if (!c.seeAlso.length) continue;
    await tx.claimSeeAlso.createMany({
      data: c.seeAlso.map((ref, position) => ({
        revisionId: revisions.get(c.ref)!,
        targetId: ids.get(ref)!,
        position,
      })),
    });
  }
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * The investigation the import goes into: the one with that slug, else a new draft one
 * with the file's own words where it has them. Without a slug, the only investigation
 * there is (with several, the importer must name one).
 */
async function investigationFor(
  tx: Tx,
  importer: Importer,
  slug: string,
  file: ImportFile,
  extras: Record<string, unknown>,
): Promise<{ id: string; ref: string; slug: string; created: boolean }> {
  const select = { id: true, ref: true, slug: true } as const;
  if (!slug) {
    const id = await investigationIdFor(tx, undefined);
    return {
      ...(await tx.investigation.findUniqueOrThrow({ where: { id }, select })),
      created: false,
    };
  }
  const found = await tx.investigation.findUnique({ where: { slug }, select });
  if (found) return { ...found, created: false };
  const article = (extras.article ?? {}) as Record<string, unknown>;
  const title = text(extras.title) ?? text(article.title) ?? slug;
  const [at] = await reserveRefs(tx, "investigation", 1);
  const { id } = await insertEntity(
    tx,
    "investigation",
    { ...at!, createdById: importer.userId, authorId: importer.userId },
    {
      slug,
      title: title.slice(0, 200),
      standfirst: (text(extras.standfirst) ?? `Imported from ${file.name}.`).slice(0, 400),
      summary: (text(extras.summary) ?? `Imported from ${file.name}.`).slice(0, 6000),
      methodology: (text(extras.method_note) ?? text(extras.methodology) ?? "To be written.").slice(
        0,
        8000,
      ),
      status: "open",
    },
    { note: `Created by the import of ${file.name}` },
  );
  return { id, ref: at!.ref, slug, created: true };
}

/** The file's `article`, as a checked article of the investigation with the imported claims. */
async function writeArticle(
  tx: Tx,
  importer: Importer,
  investigationId: string,
  read: ReadDossier,
  refOf: Map<string, string>,
  landing: Set<string>,
) {
  const a = read.extras.article;
  if (!a || typeof a !== "object") return null;
  const article = a as Record<string, unknown>;
  const title = text(article.title);
  if (!title) return null;
  const { slug } = await tx.investigation.findUniqueOrThrow({
    where: { id: investigationId },
    select: { slug: true },
  });
  const notes = Object.entries(article)
    .filter(([k, v]) => k.endsWith("_note") && typeof v === "string")
    .map(([k, v]) => `${k}: ${v as string}`);
  const claims = read.entries
    .filter((e) => e.section === "claims" && landing.has(e.id))
    .map((e) => ({
      ref: refOf.get(e.id)!,
      passage: (text(e.raw.quoted_phrase) ?? text(e.raw.claim) ?? e.id).slice(0, 1000),
    }));
  const [at] = await reserveRefs(tx, "checked_article", 1);
  const { id } = await insertEntity(
    tx,
    "checked_article",
    { ...at!, createdById: importer.userId, authorId: importer.userId },
    {
      investigation: slug,
      title: title.slice(0, 500),
      outlet: (text(article.publisher) ?? text(article.outlet) ?? "Unknown").slice(0, 300),
      author: (text(article.author) ?? "Unknown").slice(0, 300),
      publishedOn: isPartialDate(text(article.date) ?? "") ? text(article.date) : null,
      url: text(article.address) ?? text(article.url),
      note: notes.length ? notes.join("\n").slice(0, 2000) : null,
      claims,
    },
  );
  return { id, ref: at!.ref };
}
