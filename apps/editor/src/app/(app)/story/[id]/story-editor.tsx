"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { ConflictPanel } from "~/components/conflict-panel";
import { TextArea } from "~/components/fields";
import { ProblemSummary } from "~/components/problem-summary";
import { useVersion } from "~/components/version-context";
import { type Problem, api, errorsFor, problemOf } from "~/lib/trpc";

const fields = [{ key: "body", label: "Text" }];

/** A story block's text, saved against its version; a conflict opens the merge panel. */
export function StoryEditor({ id, body, version }: { id: string; body: string; version: number }) {
  const router = useRouter();
  const [base, setBase] = useState({ body, version });
  const [text, setText] = useState(body);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // The form reloads from the server after a save (the page is keyed by version), so the
  // notice lives in the page's version context.
  const { setVersion, notice, setNotice } = useVersion(version);
  const [conflict, setConflict] = useState<{
    body: string;
    version: number;
    details: Record<string, unknown> | null;
  } | null>(null);

  async function save(value: string, baseVersion: number) {
    setPending(true);
    setProblem(null);
    try {
      const b = await api.story.save.mutate({ id, baseVersion, body: value });
      setBase({ body: value, version: b.version });
      setText(value);
      setConflict(null);
      setNotice(`Saved as version ${b.version}.`);
      setVersion(b.version);
      router.refresh();
    } catch (e) {
      const p = problemOf(e);
      if (p.code === "CONFLICT") {
        const latest = await api.story.get.query({ id });
        setConflict({ body: latest.working.body, version: latest.version, details: p.conflict });
      } else setProblem(p);
    } finally {
      setPending(false);
    }
  }

  if (conflict) {
    return (
      <ConflictPanel
        fields={fields}
        base={{ body: base.body }}
        theirs={{ body: conflict.body }}
        mine={{ body: text }}
        details={conflict.details}
        pending={pending}
        onMerge={(m) => void save(m.body, conflict.version)}
        onCancel={() => {
          setText(conflict.body);
          setBase({ body: conflict.body, version: conflict.version });
          setConflict(null);
        }}
      />
    );
  }

  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save(text, base.version);
      }}
      aria-label="Story block text"
    >
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ProblemSummary problem={problem} labels={{ body: "Text" }} />
      <StoryText value={text} onChange={setText} problem={problem} />
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
