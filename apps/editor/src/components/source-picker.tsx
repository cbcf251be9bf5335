"use client";
// Pick a source for an evidence row by searching what exists, or create one on the spot
// (address, publisher, title, date, kind). The new source starts as a draft and is reviewed
// with the claim's other entities.
import { type SourceKind, SourceKindSchema, sourceKindWords } from "@armstrail/domain";
import { useEffect, useId, useState } from "react";
import { type SourceOption, createSource, searchSources } from "~/lib/source-api";
import { errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";
import { FormProblem, SelectField, TextField, optionsOf } from "./fields";

export function SourcePicker({
  path,
  label,
  value,
  valueLabel,
  errors,
  onPick,
}: {
  path: string;
  label: string;
  value: string;
  valueLabel?: string | undefined;
  errors?: readonly string[];
  onPick: (ref: string, label: string) => void;
}) {
  const uid = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SourceOption[]>([]);
  const [searching, setSearching] = useState(false);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (query.trim().length < 2) {
      setHits([]);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      searchSources(query)
        .then((found) => live && setHits(found))
        .catch(() => live && setHits([]))
        .finally(() => live && setSearching(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <fieldset className={errors?.length ? "source-picker field-invalid" : "source-picker"}>
      <legend>{label}</legend>
      {errors?.length ? (
        <ul className="field-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <p aria-live="polite">
        {value ? (
          <>
            Chosen: <strong>{value}</strong>
            {valueLabel ? <span className="text"> — {valueLabel}</span> : null}
          </>
        ) : (
          <span className="muted">No source chosen yet.</span>
        )}
      </p>
      <TextField
        path={`${path}-search`}
        label="Find a source"
        hint="Search by title, publisher or address (two letters or more)."
        type="search"
        value={query}
        onChange={setQuery}
      />
      <div aria-live="polite" className="muted">
        {searching ? "Searching…" : query.trim().length >= 2 ? `${hits.length} found` : null}
      </div>
      {hits.length ? (
        <ul className="picker-hits" aria-label="Matching sources">
          {hits.map((s) => (
            <li key={s.ref}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onPick(s.ref, s.label);
                  setQuery("");
                }}
              >
                Use {s.ref}: <span className="text">{s.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {creating ? (
        <NewSourceForm
          idPrefix={uid}
          onCancel={() => setCreating(false)}
          onCreated={(s) => {
            onPick(s.ref, s.label);
            setCreating(false);
          }}
        />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          Add a new source
        </button>
      )}
    </fieldset>
  );
}

/** The new source's text fields, in the order the form shows them. */
const sourceTextFields = [
  { name: "url", label: "Address (URL)", type: "url", required: true },
  { name: "publisher", label: "Publisher", required: true },
  { name: "title", label: "Title", required: true },
  { name: "published", label: "Date published", hint: "YYYY, YYYY-MM or YYYY-MM-DD" },
] as const;

type SourceText = Record<(typeof sourceTextFields)[number]["name"], string>;

function NewSourceForm({
  idPrefix,
  onCreated,
  onCancel,
}: {
  idPrefix: string;
  onCreated: (s: SourceOption) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState<SourceText>({
    url: "",
    publisher: "",
    title: "",
    published: "",
  });
  const [kind, setKind] = useState<SourceKind | "">("");
  // No page refresh: the claim form around this one holds unsaved work.
  const create = useAction(createSource, { refresh: false });
  const p = (name: string) => `${idPrefix}-source.${name}`;

  async function submit() {
    const kindValue = SourceKindSchema.safeParse(kind);
    const result = await create.run({
      ...text,
      published: text.published || null,
      kind: kindValue.success ? kindValue.data : null,
    });
    if (result.ok) onCreated(result.value);
  }

  // Not a <form>: it sits inside the claim's form, and nested forms are not allowed.
  return (
    <div className="subform" role="group" aria-label="New source">
      <FormProblem problem={create.problem} />
      {sourceTextFields.map((f) => (
        <TextField
          key={f.name}
          path={p(f.name)}
          label={f.label}
          type={"type" in f ? f.type : undefined}
          required={"required" in f ? f.required : undefined}
          hint={"hint" in f ? f.hint : undefined}
          value={text[f.name]}
          onChange={(v) => setText((t) => ({ ...t, [f.name]: v }))}
          errors={errorsFor(create.problem, f.name)}
        />
      ))}
      <SelectField
        path={p("kind")}
        label="Kind of source"
        required
        value={kind}
        options={optionsOf(sourceKindWords)}
        onChange={setKind}
        errors={errorsFor(create.problem, "kind")}
      />
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={create.pending}
          onClick={() => void submit()}
        >
          {create.pending ? "Creating…" : "Create source"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
