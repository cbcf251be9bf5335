"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { ConflictPanel } from "~/components/conflict-panel";
import { TextArea } from "~/components/fields";
import { ProblemSummary } from "~/components/problem-summary";
import { useVersion } from "~/components/version-context";
import { type Problem, api, errorsFor } from "~/lib/trpc";
import { useVersionedSave } from "~/lib/use-versioned-save";

const fields = [{ key: "body", label: "Text" }];

/** A story block's text, saved against its version; a conflict opens the merge panel. */
export function StoryEditor({ id, body, version }: { id: string; body: string; version: number }) {
  const router = useRouter();
  // The form reloads from the server after a save (the page is keyed by version), so the
  // notice lives in the page's version context.
  const { setVersion, notice, setNotice } = useVersion(version);
  const form = useVersionedSave({
    initial: { body },
    version,
    save: async (values, baseVersion) => {
      const saved = await api.story.save.mutate({ id, baseVersion: baseVersion!, ...values });
      setNotice(`Saved as version ${saved.version}.`);
      setVersion(saved.version);
      router.refresh();
      return saved.version;
    },
    loadLatest: async () => {
      const latest = await api.story.get.query({ id });
      return { values: { body: latest.working.body }, version: latest.version };
    },
  });
  const { values, base, conflict, pending, problem } = form;

  if (conflict) {
    return (
      <ConflictPanel
        fields={fields}
        base={base.values}
        theirs={conflict.theirs}
        mine={values}
        details={conflict.details}
        pending={pending}
        onMerge={(m) => void form.saveMerge({ body: m.body }, conflict)}
        onCancel={() => form.takeTheirs(conflict)}
      />
    );
  }

  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void form.save(values, base.version);
      }}
      aria-label="Story block text"
    >
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ProblemSummary problem={problem} labels={{ body: "Text" }} />
      <StoryText
        value={values.body}
        onChange={(b) => form.setValues({ body: b })}
        problem={problem}
      />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}

/** A block's text, with how to cite and the API's errors for it beside it. */
export function StoryText({
  value,
  onChange,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  problem: Problem | null;
}) {
  return (
    <TextArea
      path="body"
      label="Text"
      hint="Cite a claim right after each factual sentence, like {{C12}}."
      required
      rows={10}
      value={value}
      onChange={onChange}
      errors={errorsFor(problem, "body")}
    />
  );
}
