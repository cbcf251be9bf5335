// Importing a dossier file as drafts. The domain parses and maps the file; here we check it
// against what the database holds: records whose reference is taken are skipped (never
// overwritten), records that point at something neither in the file nor in the database
// are reported, and so is anything that depends on a reported record. What remains is
// written in ONE transaction through the same path as the seed, with one audit entry, so
// an import either lands whole or not at all.
import {
  dossierSections,
  parseDossier,
  referencesOf,
  type DossierSection,
  type ImportProblem,
  type ImportReport,
  type MappedDossier,
} from "@armstrail/domain";
import type { Db } from "../client";
import { seedCase } from "../seed/seed-case";
import { appendAudit, type AuditActor } from "./audit";
import { investigationFor } from "./investigations";

export interface Importer {
  userId: string;
  email: string;
  audit: AuditActor;
}

async function existingRefs(db: Db): Promise<Set<string>> {
  const select = { select: { ref: true } } as const;
  const rows = await Promise.all([
    db.source.findMany(select),
    db.actor.findMany(select),
    db.event.findMany(select),
    db.sanction.findMany(select),
    db.transfer.findMany(select),
    db.claim.findMany(select),
    db.actorRedirect.findMany({ select: { fromRef: true } }),
  ]);
  const refs = new Set<string>();
  for (const list of rows.slice(0, 6) as { ref: string }[][]) for (const r of list) refs.add(r.ref);
  // A merged actor's old reference is taken too: reusing it would hijack its redirect.
  for (const r of rows[6] as { fromRef: string }[]) refs.add(r.fromRef);
  return refs;
}

export async function importDossier(
  db: Db,
  importer: Importer,
  text: string,
  { dryRun = false, investigation }: { dryRun?: boolean; investigation?: string } = {},
): Promise<ImportReport> {
  // Everything imported goes into one investigation (the only one, unless it is named).
  const into = await investigationFor(db, investigation);
  const parsed = parseDossier(text, { authorEmail: importer.email });
  const problems: ImportProblem[] = [...parsed.problems];
  const skipped: ImportProblem[] = [];
  const inDb = await existingRefs(db);
  const lineOf = (section: DossierSection, ref: string) => parsed.lines[section].get(ref) ?? 1;

  // Records whose reference already exists are left alone.
  type AnyRecord = MappedDossier[DossierSection][number];
  const pending = {} as Record<DossierSection, AnyRecord[]>;
  for (const section of dossierSections) {
    const records: AnyRecord[] = parsed.records[section];
    pending[section] = records.filter((r) => {
      if (!inDb.has(r.ref)) return true;
      skipped.push({
        line: lineOf(section, r.ref),
        section,
        id: r.ref,
        field: "id",
        message: `${r.ref} already exists; the existing record was left unchanged`,
      });
      return false;
    });
  }

  // Drop records with references that resolve nowhere, until nothing more drops: a claim
  // citing a source that was itself refused is refused too, with the reason.
  for (let changed = true; changed;) {
    changed = false;
    const importing = new Set(dossierSections.flatMap((s) => pending[s].map((r) => r.ref)));
    for (const section of dossierSections) {
      pending[section] = pending[section].filter((record) => {
        const missing = referencesOf(section, record).find(
          ({ ref }) => !importing.has(ref) && !inDb.has(ref),
        );
        if (!missing) return true;
        changed = true;
        const refused = problems.some((p) => p.id === missing.ref);
        problems.push({
          line: lineOf(section, record.ref),
          section,
          id: record.ref,
          field: missing.field,
          message: refused
            ? `Refers to ${missing.ref}, which was not imported (see its own problem)`
            : `Refers to ${missing.ref}, which is neither in the file nor in the database`,
        });
        return false;
      });
    }
  }
  // Each section still holds only its own kind of record; the filters above only removed some.
  const keep = pending as unknown as MappedDossier;

  const imported = Object.fromEntries(
    dossierSections.map((s) => [s, pending[s].map((r) => r.ref)]),
  ) as ImportReport["imported"];
  const report: ImportReport = { imported, skipped, problems };
  const total = dossierSections.reduce((n, s) => n + imported[s].length, 0);
  if (dryRun || total === 0) return report;

  await seedCase(
    db,
    {
      sources: keep.sources,
      actors: keep.actors,
      events: keep.events,
      sanctions: keep.sanctions,
      transfers: keep.transfers,
      claims: [],
      drafts: keep.claims,
      story: [],
    },
    {
      investigation: into.slug,
      entityStatus: "draft",
      importer: { id: importer.userId, email: importer.email },
      afterInsert: (tx) =>
        appendAudit(tx, importer.audit, {
          action: "dossier.import",
          entityType: "import",
          after: { imported, skipped: skipped.length, problems: problems.length },
        }),
    },
  );
  return report;
}
