"use client";
// Saving a record against the version its form was opened on (claims, entities). If someone
// saved in between, the API refuses with a conflict; the hook then loads what is saved now,
// so the form can show the merge panel instead of overwriting their work. Any other refusal
// becomes the form's problem, with its field errors.
import type { ConflictDetails } from "@armstrail/domain";
import { useState } from "react";
import { type Problem, problemOf } from "./trpc";

export interface Conflict<V> {
  /** The record as saved now. */
  theirs: V;
  version: number;
  /** The API's `data.conflict`: who saved, when, what. */
  details: ConflictDetails | null;
}

export function useVersionedSave<V>(options: {
  initial: V;
  /** The version the form was opened on; null for a record not created yet. */
  version: number | null;
  /**
   * Sends the values; answers the version they were saved as, or null when the form is done
   * with (a created record opens its own page).
   */
  save: (values: V, baseVersion: number | null) => Promise<number | null>;
  /** The record as saved now, read after a conflict. */
  loadLatest: () => Promise<{ values: V; version: number }>;
  /** Reads a refusal's field paths as the form's fields are named. */
  normalise?: (problem: Problem) => Problem;
}) {
  const [values, setValues] = useState<V>(options.initial);
  const [base, setBase] = useState<{ values: V; version: number | null }>({
    values: options.initial,
    version: options.version,
  });
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);

  async function save(toSave: V, baseVersion: number | null) {
    setPending(true);
    setProblem(null);
    try {
      const version = await options.save(toSave, baseVersion);
      if (version === null) return;
      setConflict(null);
      setBase({ values: toSave, version });
      setValues(toSave);
    } catch (error) {
      const p = (options.normalise ?? ((x: Problem) => x))(problemOf(error));
      if (p.code !== "CONFLICT" || baseVersion === null) {
        setProblem(p);
        return;
      }
      try {
        const latest = await options.loadLatest();
        setConflict({ theirs: latest.values, version: latest.version, details: p.conflict });
      } catch (loadError) {
        setProblem(problemOf(loadError));
      }
    } finally {
      setPending(false);
    }
  }

  /**
   * Saves a merge made in the conflict panel. The merged values become the form's own and
   * what is saved now becomes its base before anything is sent, so a refusal shows the
   * merged text in the form beside its errors, and a second conflict compares the merge
   * (not the text from before it) with the newer save.
   */
  function saveMerge(merged: V, c: Conflict<V>) {
    setValues(merged);
    setBase({ values: c.theirs, version: c.version });
    setConflict(null);
    return save(merged, c.version);
  }

  /** Drops the form's changes for what is saved now. */
  function takeTheirs(c: Conflict<V>) {
    setValues(c.theirs);
    setBase({ values: c.theirs, version: c.version });
    setConflict(null);
  }

  return { values, setValues, base, pending, problem, conflict, save, saveMerge, takeTheirs };
}
