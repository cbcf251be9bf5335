import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type ImportChoices, type ImportReport, importSummary } from "@armstrail/domain";
import type { Clients, Io } from "../io";
import { EXIT } from "../io";

type Line = Pick<ImportReport["problems"][number], "line" | "section" | "id"> & {
  field?: string | null;
  message: string;
};

/** `file:line: section id field: message`, the shape editors and CI logs understand. */
export function formatProblem(file: string, p: Line): string {
  const where = [p.section, p.id, p.field].filter(Boolean).join(" ");
  return `${file}:${p.line}: ${where}: ${p.message}`;
}

/**
 * `armstrail import <file>`: a dossier file in as drafts, as one batch with new refs. Bad
 * records are listed by line and field; matches and near misses are listed for a person to
 * confirm (--match) or refuse (--no-match); the good records land together or not at all.
 * Exit 1 when anything was refused.
 */
export async function importCommand(
  clients: Clients,
  opts: {
    file: string;
    path: string;
    dryRun: boolean;
    json: boolean;
    investigation: string | null;
    choices: ImportChoices;
  },
  io: Io,
): Promise<number> {
  let text: string;
  try {
    text = readFileSync(opts.path, "utf8");
  } catch (e) {
    io.err(`Cannot read ${opts.file}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
  const report = await clients.editor().import.dossier.mutate({
    text,
    fileName: basename(opts.path),
    investigation: opts.investigation,
    choices: opts.choices,
    dryRun: opts.dryRun,
  });
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2));
    return report.problems.length ? EXIT.problems : EXIT.ok;
  }
  if (report.unchanged) {
    io.out(
      `${opts.file} was imported before (batch ${report.batch?.id}, ${report.batch?.at}) into ${report.batch?.investigation ?? "no investigation"}; nothing changed.`,
    );
    return EXIT.ok;
  }
  for (const p of report.problems) io.err(formatProblem(opts.file, p));
  for (const s of report.skipped) io.out(formatProblem(opts.file, s));
  for (const m of report.matches) {
    const state = m.refused ? "refused (--no-match)" : "links";
    io.out(
      formatProblem(opts.file, {
        ...m,
        message: `matches ${m.match.ref} "${m.match.label}" (${m.match.reason}): ${state}`,
      }),
    );
  }
  for (const n of report.nearMisses)
    for (const c of n.candidates)
      io.out(
        formatProblem(opts.file, {
          ...n,
          message: `near miss ${c.ref} "${c.label}" (${c.reason}); to link it: --match ${n.id}=${c.ref}`,
        }),
      );
  for (const k of report.kept) io.out(formatProblem(opts.file, k));
  io.out(importSummary(report));
  return report.problems.length ? EXIT.problems : EXIT.ok;
}
