import { readFileSync } from "node:fs";
import type { ImportReport } from "@armstrail/domain";
import type { Clients, Io } from "../io";
import { EXIT } from "../io";

/** `file:line: section id field: message`, the shape editors and CI logs understand. */
export function formatProblem(file: string, p: ImportReport["problems"][number]): string {
  const where = [p.section, p.id, p.field].filter(Boolean).join(" ");
  return `${file}:${p.line}: ${where}: ${p.message}`;
}

/**
 * `armstrail import <file>`: a dossier file in as drafts. Bad records are listed by line
 * and field; the good ones land together or not at all. Exit 1 when anything was refused.
 */
export async function importCommand(
  clients: Clients,
  opts: { file: string; path: string; dryRun: boolean; json: boolean },
  io: Io,
): Promise<number> {
  let text: string;
  try {
    text = readFileSync(opts.path, "utf8");
  } catch (e) {
    io.err(`Cannot read ${opts.file}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
  const report = await clients.editor().import.dossier.mutate({ text, dryRun: opts.dryRun });
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2));
  } else {
    for (const p of report.problems) io.err(formatProblem(opts.file, p));
    for (const s of report.skipped) io.out(formatProblem(opts.file, s));
    const counts = Object.entries(report.imported)
      .filter(([, refs]) => refs.length > 0)
      .map(([section, refs]) => `${refs.length} ${section}`);
    const verb = opts.dryRun ? "Would import" : "Imported";
    io.out(
      `${verb} ${counts.length ? counts.join(", ") : "nothing"} as drafts; ${report.skipped.length} already present; ${report.problems.length} refused.`,
    );
  }
  return report.problems.length ? EXIT.problems : EXIT.ok;
}
