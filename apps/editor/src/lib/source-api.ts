// Source search and creation for the evidence picker, in one place so the claim form does
// not care how the API names them.
import type { SourceKind } from "@armstrail/domain";
import { type Problem, problemOf } from "./trpc";

export interface SourceOption {
  ref: string;
  title: string;
  publisher: string;
}

export interface NewSource {
  url: string;
  publisher: string;
  title: string;
  published: string | null;
  kind: SourceKind | null;
}

export function searchSources(_query: string): Promise<SourceOption[]> {
  // Wired to editor.source.search when the entities API lands.
  return Promise.resolve([]);
}

export function createSource(
  _input: NewSource,
): Promise<{ ok: true; value: SourceOption } | { ok: false; problem: Problem }> {
  return Promise.resolve({
    ok: false,
    problem: problemOf(new Error("creating sources arrives with the entities API")),
  });
}
