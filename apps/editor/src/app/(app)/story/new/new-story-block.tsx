"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { SelectField, TextField } from "~/components/fields";
import {
  type InvestigationChoice,
  InvestigationField,
  onlyInvestigation,
} from "~/components/investigation-field";
import { ProblemSummary } from "~/components/problem-summary";
import { type Problem, api, errorsFor, problemOf } from "~/lib/trpc";
import { StoryText } from "../[id]/story-editor";

export interface SectionChoice {
  key: string;
  title: string;
  blocks: { id: string; label: string }[];
}

const NEW = "(new)";
const END = "(end)";

const labels = {
  "section.key": "Section",
  "section.title": "Section title",
  investigation: "Investigation",
  afterId: "Place after",
  body: "Text",
};

/** Where a new block goes (section, and after which block) and its first text. */
export function NewStoryBlock({
  sections,
  investigations,
  initial,
}: {
  sections: SectionChoice[];
  investigations: InvestigationChoice[];
  initial?: { sectionKey: string; afterId: string } | undefined;
}) {
  const router = useRouter();
  const [section, setSection] = useState(initial?.sectionKey ?? sections[0]?.key ?? NEW);
  const [newKey, setNewKey] = useState("");
  const [newTitle, setNewTitle] = useState("");
  const [investigation, setInvestigation] = useState(onlyInvestigation(investigations));
  const [after, setAfter] = useState(initial?.afterId ?? END);
  const [body, setBody] = useState("");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const isNew = section === NEW;
  const chosen = sections.find((s) => s.key === section);

  async function create() {
    setPending(true);
    setProblem(null);
    try {
      const block = await api.story.create.mutate({
        section: isNew
          ? { kind: "new", key: newKey.trim(), title: newTitle }
          : { kind: "existing", key: section },
        afterId: isNew || after === END ? null : after,
        body,
        // An existing section's investigation is the one it belongs to.
        ...(isNew && investigation ? { investigation } : {}),
      });
      router.push(`/story/${block.id}`);
    } catch (e) {
      setProblem(problemOf(e));
      setPending(false);
    }
  }

  return (
    <form
      noValidate
      aria-label="New story block"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void create();
      }}
    >
      <ProblemSummary problem={problem} labels={labels} />
      <SelectField
        // The key's errors belong to whichever control names the section.
        path={isNew ? "section" : "section.key"}
        label="Section"
        required
        value={section}
        options={[
          ...sections.map((s) => ({ value: s.key, label: s.title })),
          { value: NEW, label: "A new section…" },
        ]}
        onChange={(v) => {
          setSection(v || NEW);
          setAfter(END);
        }}
        errors={isNew ? [] : errorsFor(problem, "section.key")}
      />
      {isNew ? (
        <>
          <InvestigationField
            investigations={investigations}
            value={investigation}
            onChange={setInvestigation}
            errors={errorsFor(problem, "investigation")}
          />
          <TextField
            path="section.key"
            label="Section key"
            hint="Lower-case letters, digits and hyphens, such as outlook. Blocks are named after it."
            required
            value={newKey}
            onChange={setNewKey}
            errors={errorsFor(problem, "section.key")}
          />
          <TextField
            path="section.title"
            label="Section title"
            required
            value={newTitle}
            onChange={setNewTitle}
            errors={errorsFor(problem, "section.title")}
          />
        </>
      ) : (
        <SelectField
          path="afterId"
          label="Place after"
          required
          value={after}
          options={[
            ...(chosen?.blocks ?? []).map((b) => ({ value: b.id, label: b.label })),
            { value: END, label: "At the end of the section" },
          ]}
          onChange={(v) => setAfter(v || END)}
          errors={errorsFor(problem, "afterId")}
        />
      )}
      <StoryText value={body} onChange={setBody} problem={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Creating…" : "Create draft block"}
        </button>
      </div>
    </form>
  );
}
