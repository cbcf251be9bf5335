// A case the seed brings in the way a newsroom would: its dossier file goes through the
// importer into its investigation (as drafts of the research desk), then through bulk review:
// the research desk submits, the review desk publishes, every record on its own with its own
// audit entry. Run again, the importer recognises the file and changes nothing; whatever of
// the file is not yet published (a run cut short) is taken through review again.
import { sectionKind, type BulkKind, type ImportReport } from "@armstrail/domain";
import type { Db } from "../client";
import type { SessionUser } from "../repositories/users";
import { listReviewItems, reviewInBulk } from "../services/bulk-review";
import { importDossier, type ImportFile } from "../services/import";
import { deskAccounts } from "./seed-case";

export class SeedImportError extends Error {}

async function desk(db: Db, account: (typeof deskAccounts)[keyof typeof deskAccounts]) {
  const user = await db.user.findUniqueOrThrow({
    where: { email: account.email },
    select: { id: true },
  });
  return { ...account, id: user.id, via: "session" } satisfies SessionUser;
}

/** Publishes what this import created and is not yet published; returns how many. */
async function publishThrough(db: Db, report: ImportReport): Promise<number> {
  const research = await desk(db, deskAccounts.research);
  const review = await desk(db, deskAccounts.review);
  const mine = new Set([
    ...report.records
      .filter((r) => r.action === "create")
      .map((r) => `${sectionKind[r.section] as BulkKind}:${r.ref}`),
    // The investigation when the import made it, and the checked article of the file.
    ...(report.investigation?.created ? [`investigation:${report.investigation.ref}`] : []),
    ...(report.article ? [`checked_article:${report.article}`] : []),
  ]);
  const waiting = async (stage: "to_submit" | "in_review") =>
    (await listReviewItems(db, { stage, limit: 500 })).items
      .filter((i) => !i.published && mine.has(`${i.kind}:${i.ref}`))
      .map((i) => ({ kind: i.kind, ref: i.ref }));
  let done = 0;
  for (const [stage, session, action] of [
    ["to_submit", research, "submit"],
    ["in_review", review, "publish"],
  ] as const) {
    const items = await waiting(stage);
    if (!items.length) continue;
    const result = await reviewInBulk(db, session, { action, items });
    const refused = result.items.filter((i) => i.outcome === "refused");
    if (refused.length)
      throw new SeedImportError(
        `Bulk ${action} refused ${refused.length} record(s): ${refused
          .map((r) => `${r.ref} (${r.message})`)
          .join("; ")}`,
      );
    if (action === "publish") done += result.summary.done;
  }
  return done;
}

/** Imports one dossier into its investigation and publishes it; refuses a file with problems. */
export async function seedImportedCase(
  db: Db,
  file: ImportFile,
  investigation: string,
): Promise<{ report: ImportReport; published: number }> {
  const research = await desk(db, deskAccounts.research);
  const report = await importDossier(
    db,
    {
      userId: research.id,
      email: research.email,
      audit: { userId: research.id, label: research.email, via: "system" },
    },
    file,
    { investigation },
  );
  if (report.problems.length)
    throw new SeedImportError(
      `${file.name} has ${report.problems.length} problem(s):\n${report.problems
        .map((p) => `  - line ${p.line} ${p.id ?? ""} ${p.field ?? ""}: ${p.message}`)
        .join("\n")}`,
    );
  return { report, published: await publishThrough(db, report) };
}
