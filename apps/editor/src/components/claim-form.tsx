"use client";
// The claim editor: every field of the assessment, evidence rows with a source picker and
// Admiralty grades, ICD 203 likelihood and confidence, and subjects. It saves against the
// version it was opened on; if someone saved in between, the conflict panel shows what
// they changed and the merge is saved against their version. The server checks everything
// again: the form only helps.
import {
  type SourceReliability,
  type SubjectKind,
  SubjectKindSchema,
  confidenceWords,
  credibilityWords,
  likelihoodScale,
  reliabilityWords,
  verdictWords,
  claimTypeWords,
  subjectKindWords,
} from "@armstrail/domain";
import type { FormEvent } from "react";
import {
  type ClaimValues,
  type EvidenceRow,
  type SubjectRow,
  claimFields,
  claimLabels,
  comparable,
} from "~/lib/claim-fields";
import type { Problem } from "~/lib/trpc";
import { useVersionedSave } from "~/lib/use-versioned-save";
import { formatClaimValue } from "./claim-format";
import { ConflictPanel } from "./conflict-panel";
import { SelectField, SubmitButton, TextArea, TextField, optionsOf } from "./fields";
import { ProblemSummary } from "./problem-summary";
import { RepeatableRows } from "./repeatable-rows";
import { SourcePicker } from "./source-picker";

export interface Saved {
  version: number;
  ref: string;
}

export interface ClaimFormProps {
  initial: ClaimValues;
  /** The version the form is based on; null for a new claim. */
  version: number | null;
  save: (values: ClaimValues, baseVersion: number | null) => Promise<Saved>;
  /** The claim as saved now, after a conflict. */
  loadLatest: () => Promise<{ values: ClaimValues; version: number }>;
  onSaved: (saved: Saved) => void;
  submitLabel?: string;
}

const reliabilityOptions = (Object.entries(reliabilityWords) as [SourceReliability, string][]).map(
  ([value, words]) => ({ value, label: `${value}: ${words}` }),
);
const credibilityOptions = Object.entries(credibilityWords).map(([value, words]) => ({
  value,
  label: `${value}: ${words}`,
}));
const likelihoodOptions = optionsOf(
  Object.fromEntries(
    Object.entries(likelihoodScale).map(([k, v]) => [k, `${v.words} (${v.low}-${v.high}%)`]),
  ) as Record<keyof typeof likelihoodScale, string>,
);

/** API field paths may sit under the input's wrapper object ("claim.statement"). */
function normalise(problem: Problem): Problem {
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(problem.fieldErrors)) {
    const key = path.replace(/^(claim|data|values|input|draft)\./, "");
    (fieldErrors[key] ??= []).push(...messages);
  }
  return { ...problem, fieldErrors };
}

const newEvidence = (): EvidenceRow => ({
  source: "",
  reliability: "",
  credibility: "",
  supports: "",
});

export function ClaimForm(props: ClaimFormProps) {
  const { values, setValues, base, pending, problem, conflict, save, saveMerge, takeTheirs } =
    useVersionedSave<ClaimValues>({
      initial: props.initial,
      version: props.version,
      save: async (toSave, baseVersion) => {
        const saved = await props.save(toSave, baseVersion);
        props.onSaved(saved);
        return saved.version;
      },
      loadLatest: props.loadLatest,
      normalise,
    });

  const set = <K extends keyof ClaimValues>(key: K, value: ClaimValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => problem?.fieldErrors[path];

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(values, base.version);
  }

  if (conflict) {
    return (
      <ConflictPanel
        fields={claimFields}
        base={comparable(base.values)}
        theirs={comparable(conflict.theirs)}
        mine={comparable(values)}
        details={conflict.details}
        format={formatClaimValue}
        pending={pending}
        onMerge={(merged) => {
          // Keep the picked sources' labels for display after the merge.
          const labelled = {
            ...merged,
            changeNote: values.changeNote,
            evidence: merged.evidence.map((row) => ({
              ...row,
              sourceLabel: [...values.evidence, ...conflict.theirs.evidence].find(
                (r) => r.source === row.source,
              )?.sourceLabel,
            })),
          };
          void saveMerge(labelled, conflict);
        }}
        onCancel={() => takeTheirs(conflict)}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate className="claim-form" aria-label="Claim">
      <ProblemSummary problem={problem} labels={claimLabels} />
      <TextArea
        path="statement"
        label="Statement"
        hint="The claim as it was made, in a neutral sentence."
        required
        rows={3}
        value={values.statement}
        onChange={(v) => set("statement", v)}
        errors={err("statement")}
      />
      <div className="grid-2">
        <TextField
          path="claimant"
          label="Claimant"
          hint="Who made the claim."
          required
          value={values.claimant}
          onChange={(v) => set("claimant", v)}
          errors={err("claimant")}
        />
        <TextField
          path="quotedPhrase"
          label="Quoted phrase"
          hint="A short verbatim phrase, if any."
          value={values.quotedPhrase}
          onChange={(v) => set("quotedPhrase", v)}
          errors={err("quotedPhrase")}
        />
        <SelectField
          path="claimType"
          label="Claim type"
          required
          value={values.claimType}
          options={optionsOf(claimTypeWords)}
          onChange={(v) => set("claimType", v)}
          errors={err("claimType")}
        />
        <SelectField
          path="verdict"
          label="Verdict"
          required
          value={values.verdict}
          options={optionsOf(verdictWords)}
          onChange={(v) => set("verdict", v)}
          errors={err("verdict")}
        />
        <SelectField
          path="likelihood"
          label="Likelihood (ICD 203)"
          hint="Give likelihood and confidence together, or neither."
          value={values.likelihood}
          emptyLabel="No likelihood stated"
          options={likelihoodOptions}
          onChange={(v) => set("likelihood", v)}
          errors={err("likelihood")}
        />
        <SelectField
          path="confidence"
          label="Confidence (ICD 203)"
          value={values.confidence}
          emptyLabel="No confidence stated"
          options={optionsOf(confidenceWords)}
          onChange={(v) => set("confidence", v)}
          errors={err("confidence")}
        />
      </div>
      <TextArea
        path="finding"
        label="Finding"
        hint="What we found, and how. Readers see this."
        required
        rows={6}
        value={values.finding}
        onChange={(v) => set("finding", v)}
        errors={err("finding")}
      />
      <TextField
        path="appearance"
        label="Where it appeared"
        hint="The source reference (such as S12) where the claim was made."
        value={values.appearance}
        onChange={(v) => set("appearance", v.toUpperCase())}
        errors={err("appearance")}
      />

      <h2>Evidence</h2>
      <p className="hint">
        A claim goes to review only with at least one evidence item that has a source, unless it is
        an opinion. Grade each with the Admiralty code: the source&apos;s reliability (A-F) and the
        information&apos;s credibility (1-6). An item may go to review not yet graded, for the
        reviewer to grade; a claim is approved only once every item is graded.
      </p>
      {err("evidence") ? (
        <ul className="field-errors" id="f-evidence">
          {err("evidence")!.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <RepeatableRows
        items={values.evidence}
        onChange={(rows) => set("evidence", rows)}
        newItem={newEvidence}
        rowClassName="row-card"
        removeLabel={(i) => `Remove evidence ${i + 1}`}
        addLabel="Add evidence"
      >
        {(row, i, update) => {
          const patch = (change: Partial<EvidenceRow>) => update({ ...row, ...change });
          return (
            <>
              <h3>Evidence {i + 1}</h3>
              <SourcePicker
                path={`evidence.${i}.source`}
                label={`Source for evidence ${i + 1}`}
                value={row.source}
                valueLabel={row.sourceLabel}
                errors={err(`evidence.${i}.source`)}
                onPick={(ref, label) => patch({ source: ref, sourceLabel: label })}
              />
              <div className="grid-2">
                <SelectField
                  path={`evidence.${i}.reliability`}
                  label="Source reliability"
                  emptyLabel="Not yet graded"
                  value={row.reliability}
                  options={reliabilityOptions}
                  onChange={(v) => patch({ reliability: v })}
                  errors={err(`evidence.${i}.reliability`)}
                />
                <SelectField
                  path={`evidence.${i}.credibility`}
                  label="Information credibility"
                  emptyLabel="Not yet graded"
                  value={row.credibility}
                  options={credibilityOptions}
                  onChange={(v) => patch({ credibility: v })}
                  errors={err(`evidence.${i}.credibility`)}
                />
              </div>
              <TextArea
                path={`evidence.${i}.supports`}
                label="What it supports"
                hint="The excerpt, or what this source shows."
                required
                rows={3}
                value={row.supports}
                onChange={(v) => patch({ supports: v })}
                errors={err(`evidence.${i}.supports`)}
              />
            </>
          );
        }}
      </RepeatableRows>

      <h2>Subjects</h2>
      <p className="hint">The actors, transfers, sanctions and events this claim is about.</p>
      <RepeatableRows
        items={values.subjects}
        onChange={(rows) => set("subjects", rows)}
        newItem={(): SubjectRow => ({ kind: "actor", ref: "" })}
        rowClassName="row-inline"
        removeLabel={(i) => `Remove subject ${i + 1}`}
        addLabel="Add subject"
      >
        {(subject, i, update) => (
          <>
            <SelectField<SubjectKind>
              path={`subjects.${i}.kind`}
              label={`Subject ${i + 1} kind`}
              required
              value={subject.kind}
              options={optionsOf(subjectKindWords)}
              onChange={(v) => {
                const kind = SubjectKindSchema.safeParse(v);
                if (kind.success) update({ ...subject, kind: kind.data });
              }}
              errors={err(`subjects.${i}.kind`)}
            />
            <TextField
              path={`subjects.${i}.ref`}
              label={`Subject ${i + 1} reference`}
              required
              value={subject.ref}
              onChange={(v) => update({ ...subject, ref: v.toUpperCase() })}
              errors={err(`subjects.${i}.ref`)}
            />
          </>
        )}
      </RepeatableRows>

      <h2>Related</h2>
      <TextField
        path="seeAlso"
        label="See also"
        hint="Other claims' references, separated by commas (such as C3, C7)."
        value={values.seeAlso}
        onChange={(v) => set("seeAlso", v)}
        errors={err("seeAlso")}
      />
      <TextField
        path="changeNote"
        label="Change note"
        hint="What this save changes. For a correction of a published claim, readers see it."
        value={values.changeNote}
        onChange={(v) => set("changeNote", v)}
        errors={err("changeNote")}
      />
      <div className="actions">
        <SubmitButton
          label={props.submitLabel ?? "Save"}
          pendingLabel="Saving…"
          pending={pending}
        />
      </div>
    </form>
  );
}
