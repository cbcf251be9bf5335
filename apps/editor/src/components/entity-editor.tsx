"use client";
// Create or change an actor, transfer, sanction, event or source. The form is built from
// the domain's schema for the type, so every field (estimates and route legs included) is
// there, and the API's errors show beside the field they name. Saves state the version
// they were based on; a conflict opens the merge panel.
import { type EntityType, entityDataSchemas, entityTypeWords } from "@armstrail/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useMemo, useState } from "react";
import { entityFieldWords } from "~/lib/entity-words";
import { blank, describe, labelFor } from "~/lib/schema-fields";
import { api } from "~/lib/trpc";
import { useVersionedSave } from "~/lib/use-versioned-save";
import { ConflictPanel } from "./conflict-panel";
import { SubmitButton, TextField } from "./fields";
import { ProblemSummary } from "./problem-summary";
import { SchemaFields } from "./schema-form";

type Data = Record<string, unknown>;

/** The five routers share one procedure shape; only the record's fields differ. */
interface EntityArea {
  get: { query(input: { id: string }): Promise<{ version: number; data: Data }> };
  create: { mutate(input: Data): Promise<{ ref: string; version: number }> };
  update: { mutate(input: Data): Promise<{ ref: string; version: number }> };
}

export function entityArea(type: EntityType): EntityArea {
  const area: unknown = api[type];
  return area as EntityArea;
}

export function EntityEditor({
  type,
  id,
  version,
  initial,
}: {
  type: EntityType;
  id?: string;
  version?: number;
  initial?: Data;
}) {
  const router = useRouter();
  const spec = useMemo(() => describe(entityDataSchemas[type]), [type]);
  const fields = useMemo(
    () =>
      spec.kind === "object"
        ? spec.fields.map(([key]) => ({ key, label: entityFieldWords[key] ?? labelFor(key) }))
        : [],
    [spec],
  );
  const start = useMemo(() => initial ?? (blank(spec) as Data), [initial, spec]);
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<number | null>(null);
  const area = entityArea(type);
  const { values, setValues, base, pending, problem, conflict, save, saveMerge, takeTheirs } =
    useVersionedSave<Data>({
      initial: start,
      version: id ? (version ?? 1) : null,
      save: async (data, baseVersion) => {
        if (!id || baseVersion === null) {
          const created = await area.create.mutate(data);
          router.push(`/entities/${type}/${created.ref}`);
          return null;
        }
        const updated = await area.update.mutate({
          ...data,
          id,
          baseVersion,
          changeNote: note.trim() || null,
        });
        setSaved(updated.version);
        router.refresh();
        return updated.version;
      },
      loadLatest: async () => {
        const latest = await area.get.query({ id: id ?? "" });
        return { values: latest.data, version: latest.version };
      },
    });

  if (conflict) {
    return (
      <ConflictPanel
        fields={fields}
        base={base.values}
        theirs={conflict.theirs}
        mine={values}
        details={conflict.details}
        pending={pending}
        onMerge={(merged) => void saveMerge(merged, conflict)}
        onCancel={() => takeTheirs(conflict)}
      />
    );
  }

  return (
    <form
      noValidate
      aria-label={`${entityTypeWords[type].one} record`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save(values, base.version);
      }}
    >
      {saved !== null ? (
        <p className="notice" role="status">
          Saved as version {saved}.
        </p>
      ) : null}
      <ProblemSummary
        problem={problem}
        labels={Object.fromEntries(fields.map((f) => [f.key, f.label]))}
      />
      <SchemaFields
        spec={spec}
        value={values}
        onChange={(v) => setValues(v as Data)}
        errors={problem?.fieldErrors ?? {}}
        words={entityFieldWords}
      />
      {id ? (
        <TextField
          path="note"
          label="Change note"
          hint="What this save changes (kept with the revision)."
          value={note}
          onChange={setNote}
          errors={problem?.fieldErrors.note}
        />
      ) : null}
      <div className="actions">
        <SubmitButton
          label={id ? "Save" : `Create ${entityTypeWords[type].one.toLowerCase()}`}
          pendingLabel="Saving…"
          pending={pending}
        />
      </div>
    </form>
  );
}
