"use client";
import { type ImportChoices, type ImportReport, importSummary } from "@armstrail/domain";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { Frame, SelectField, TextField } from "~/components/fields";
import { type InvestigationChoice, onlyInvestigation } from "~/components/investigation-field";
import { ProblemSummary } from "~/components/problem-summary";
import { type Problem, api, errorsFor, problemOf } from "~/lib/trpc";

const NEW = "(new)";

const labels = { text: "Dossier file", investigation: "Investigation", fileName: "Dossier file" };

type Where = { line: number; section: string; id: string | null; field?: string | null };
const whereOf = (p: Where) =>
  [`line ${p.line}`, p.section, p.id, p.field].filter(Boolean).join(" · ");

/**
 * The import's three steps on one screen. Choices about matches are the person's: an exact
 * match links unless refused here, a near miss links only to the candidate chosen here.
 */
export function ImportForm({ investigations }: { investigations: InvestigationChoice[] }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [investigation, setInvestigation] = useState(
    investigations.length ? onlyInvestigation(investigations) : NEW,
  );
  const [newSlug, setNewSlug] = useState("");
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const [linkTo, setLinkTo] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const slug = investigation === NEW ? newSlug.trim() : investigation;
  const choices = (): ImportChoices => ({
    match: Object.fromEntries(Object.entries(linkTo).filter(([, ref]) => ref)),
    noMatch: [...refused],
  });

  async function send(dryRun: boolean) {
    if (!file) {
      setProblem({
        code: "BAD_REQUEST",
        message: "Choose a dossier file",
        fieldErrors: { text: ["Choose a dossier file"] },
        conflict: null,
      });
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const result = await api.import.dossier.mutate({
        text: file.text,
        fileName: file.name,
        investigation: slug || null,
        choices: choices(),
        dryRun,
      });
      if (dryRun) setReport(result);
      else setDone(result);
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setPending(false);
    }
  }

  if (done) return <Imported report={done} />;

  return (
    <>
      <form
        noValidate
        aria-label="Check a dossier file"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <ProblemSummary problem={problem} labels={labels} />
        <Frame
          path="text"
          id="f-text"
          label="Dossier file"
          required
          hint="A JSON file in the dossier layout. Its own ids may use any letters: each record gets a new ref, and the original id is kept with the import."
          errors={errorsFor(problem, "text")}
        >
          <input
            id="f-text"
            type="file"
            accept=".json,application/json"
            aria-describedby={
              errorsFor(problem, "text").length ? "f-text-hint f-text-error" : "f-text-hint"
            }
            aria-invalid={errorsFor(problem, "text").length ? true : undefined}
            onChange={async (e) => {
              const chosen = e.currentTarget.files?.[0];
              setReport(null);
              setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
            }}
          />
        </Frame>
        <SelectField
          path="investigation"
          label="Investigation"
          hint="Claims, transfers and events belong to it; actors, sources and sanctions join the shared register."
          value={investigation}
          required
          options={[
            ...investigations.map((i) => ({ value: i.slug, label: i.title })),
            { value: NEW, label: "A new investigation…" },
          ]}
          onChange={(v) => {
            setInvestigation(v);
            setReport(null);
          }}
          errors={investigation === NEW ? [] : errorsFor(problem, "investigation")}
        />
        {investigation === NEW ? (
          <TextField
            // Its own id; the API's errors about the investigation are shown here too.
            path="newInvestigation"
            label="New investigation's slug"
            hint="Lower-case words joined by hyphens, as in its public address. It is created as a draft."
            required
            value={newSlug}
            onChange={(v) => {
              setNewSlug(v);
              setReport(null);
            }}
            errors={errorsFor(problem, "investigation")}
          />
        ) : null}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending && !report ? "Checking…" : "Check the file (dry run)"}
          </button>
        </div>
      </form>
      {report ? (
        <DryRun
          report={report}
          refused={refused}
          setRefused={setRefused}
          linkTo={linkTo}
          setLinkTo={setLinkTo}
          pending={pending}
          confirm={() => void send(false)}
        />
      ) : null}
    </>
  );
}

function DryRun({
  report,
  refused,
  setRefused,
  linkTo,
  setLinkTo,
  pending,
  confirm,
}: {
  report: ImportReport;
  refused: Set<string>;
  setRefused: (s: Set<string>) => void;
  linkTo: Record<string, string>;
  setLinkTo: (m: Record<string, string>) => void;
  pending: boolean;
  confirm: () => void;
}) {
  if (report.unchanged)
    return (
      <section aria-labelledby="dry-run" role="status">
        <h2 id="dry-run">Already imported</h2>
        <p>
          This file went into {report.batch?.investigation ?? "no investigation"} on{" "}
          {report.batch?.at}. Importing it again changes nothing.
        </p>
      </section>
    );
  const creates = report.records.filter((r) => r.action === "create").length;
  return (
    <section aria-labelledby="dry-run" className="import-report">
      <h2 id="dry-run">What the import would do</h2>
      <p role="status">{importSummary(report)}</p>
      <Made report={report} />
      <Lines
        title="Refused"
        hint="These records stay out; fix them in the file and import it again."
        lines={report.problems}
      />
      {report.matches.length ? (
        <fieldset>
          <legend>Matches with the register ({report.matches.length})</legend>
          <p className="hint">Each links to the record already held unless you untick it.</p>
          {report.matches.map((m) => {
            const id = `match-${m.id}`;
            return (
              <div className="field field-check" key={m.id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={!refused.has(m.id)}
                  onChange={(e) => {
                    const next = new Set(refused);
                    if (e.currentTarget.checked) next.delete(m.id);
                    else next.add(m.id);
                    setRefused(next);
                  }}
                />
                <label htmlFor={id}>
                  {m.section} {m.id} is {m.match.ref} “{m.match.label}” ({m.match.reason})
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      {report.nearMisses.map((n) => (
        <fieldset key={n.id}>
          <legend>
            Near miss: {n.section} {n.id} (line {n.line})
          </legend>
          {[{ ref: "", label: "A new record: link to none", reason: "" }, ...n.candidates].map(
            (c) => {
              const id = `near-${n.id}-${c.ref || "none"}`;
              return (
                <div className="field field-check" key={id}>
                  <input
                    id={id}
                    type="radio"
                    name={`near-${n.id}`}
                    checked={(linkTo[n.id] ?? "") === c.ref}
                    onChange={() => setLinkTo({ ...linkTo, [n.id]: c.ref })}
                  />
                  <label htmlFor={id}>
                    {c.ref ? `${c.ref} “${c.label}” (${c.reason})` : c.label}
                  </label>
                </div>
              );
            },
          )}
        </fieldset>
      ))}
      <Lines title="Kept verbatim with the import" lines={report.kept} folded />
      <Lines title="Already imported" lines={report.skipped} folded />
      <div className="actions">
        <button type="button" className="primary" disabled={pending || !creates} onClick={confirm}>
          {pending ? "Importing…" : `Import ${creates} records as drafts`}
        </button>
      </div>
    </section>
  );
}

function Imported({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="imported" role="status">
      <h2 id="imported">Imported</h2>
      <p>{importSummary(report)}</p>
      <Made report={report} />
      <p>
        Nothing is public yet. <Link href="/review?stage=to_submit">Send the drafts to review</Link>
        , where a second person reads them before they are published.
      </p>
    </section>
  );
}

/** The investigation and checked article the import makes beside the file's records. */
function Made({ report }: { report: ImportReport }) {
  const { investigation, article } = report;
  const verb = report.dryRun ? "Would create" : "Created";
  if (!investigation?.created && !article) return null;
  return (
    <ul>
      {investigation?.created ? (
        <li>
          {verb} the investigation {investigation.slug} as a draft ({investigation.ref}).
        </li>
      ) : null}
      {article ? (
        <li>
          {verb} the checked article the file describes ({article}), its claims in the file’s order.
        </li>
      ) : null}
    </ul>
  );
}

/** One list of the report's lines, each with where in the file it is; nothing when empty. */
function Lines({
  title,
  hint,
  lines,
  folded = false,
}: {
  title: string;
  hint?: string;
  lines: readonly (Where & { message: string })[];
  folded?: boolean;
}) {
  if (!lines.length) return null;
  const heading = `${title} (${lines.length})`;
  const list = (
    <ul>
      {lines.map((l, i) => (
        <li key={i}>
          <span className="ref">{whereOf(l)}</span>: {l.message}
        </li>
      ))}
    </ul>
  );
  if (folded)
    return (
      <details>
        <summary>{heading}</summary>
        {list}
      </details>
    );
  return (
    <>
      <h3>{heading}</h3>
      {hint ? <p className="hint">{hint}</p> : null}
      {list}
    </>
  );
}
