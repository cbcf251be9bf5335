// Source search and creation for the evidence picker, in one place so the claim form does
// not care how the API names them.
import type { SourceKind } from "@armstrail/domain";
import { api } from "./trpc";

export interface SourceOption {
  ref: string;
  /** "Title (publisher)", as the API labels a source. */
  label: string;
}

export interface NewSource {
  url: string;
  publisher: string;
  title: string;
  published: string | null;
  kind: SourceKind | null;
}

export async function searchSources(query: string): Promise<SourceOption[]> {
  const found = await api.source.search.query({ query, limit: 10 });
  return found.map((s) => ({ ref: s.ref, label: s.label }));
}

/** Creates a draft source; a refusal throws, for useAction to turn into field errors. */
export async function createSource(input: NewSource): Promise<SourceOption> {
  const s = await api.source.create.mutate({
    ...input,
    // The API names the missing kind; the form sends what was chosen.
    kind: input.kind as SourceKind,
    titleIsDescriptive: false,
    kindNote: null,
  });
  return { ref: s.ref, label: s.label };
}
