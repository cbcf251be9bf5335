"use client";
// Pick a source for an evidence row by searching what exists, or create one on the spot
// (address, publisher, title, date, kind). The new source starts as a draft and is reviewed
// with the claim's other entities.
import { type SourceKind, SourceKindSchema, sourceKindWords } from "@armstrail/domain";
import { useEffect, useId, useState } from "react";
import { type SourceOption, createSource, searchSources } from "~/lib/source-api";
import { type Problem, errorsFor } from "~/lib/trpc";
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

function NewSourceForm({
  idPrefix,
  onCreated,
  onCancel,
}: {
  idPrefix: string;
  onCreated: (s: SourceOption) => void;
  onCancel: () => void;
}) {
  const [url, setUrl] = useState("");
  const [publisher, setPublisher] = useState("");
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [kind, setKind] = useState<SourceKind | "">("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  const p = (name: string) => `${idPrefix}-source.${name}`;

  async function create() {
    setPending(true);
    setProblem(null);
    const kindValue = SourceKindSchema.safeParse(kind);
    const result = await createSource({
      url,
      publisher,
      title,
      published: published || null,
      kind: kindValue.success ? kindValue.data : null,
    });
    setPending(false);
    if (result.ok) onCreated(result.value);
    else setProblem(result.problem);
  }

  // Not a <form>: it sits inside the claim's form, and nested forms are not allowed.
  return (
    <div className="subform" role="group" aria-label="New source">
      <FormProblem problem={problem} />
      <TextField
        path={p("url")}
        label="Address (URL)"
        type="url"
        required
        value={url}
        onChange={setUrl}
        errors={errorsFor(problem, "url")}
      />
      <TextField
        path={p("publisher")}
        label="Publisher"
        required
        value={publisher}
        onChange={setPublisher}
        errors={errorsFor(problem, "publisher")}
      />
      <TextField
        path={p("title")}
        label="Title"
        required
        value={title}
        onChange={setTitle}
        errors={errorsFor(problem, "title")}
      />
      <TextField
        path={p("published")}
        label="Date published"
        hint="YYYY, YYYY-MM or YYYY-MM-DD"
        value={published}
        onChange={setPublished}
        errors={errorsFor(problem, "published")}
      />
      <SelectField
        path={p("kind")}
        label="Kind of source"
        required
        value={kind}
        options={optionsOf(sourceKindWords)}
        onChange={setKind}
        errors={errorsFor(problem, "kind")}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={pending} onClick={() => void create()}>
          {pending ? "Creating…" : "Create source"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
