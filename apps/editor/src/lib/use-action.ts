"use client";
// A small hook around one API call from a form: pending state, the last problem, and a
// refresh of the server-rendered page afterwards so lists show what changed.
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { type Problem, problemOf } from "./trpc";

export function useAction<I, O>(
  call: (input: I) => Promise<O>,
  options: { refresh?: boolean } = {},
) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const refresh = options.refresh ?? true;

  const run = useCallback(
    async (input: I): Promise<{ ok: true; value: O } | { ok: false; problem: Problem }> => {
      setPending(true);
      setProblem(null);
      try {
        const value = await call(input);
        if (refresh) router.refresh();
        return { ok: true, value };
      } catch (error) {
        const p = problemOf(error);
        setProblem(p);
        return { ok: false, problem: p };
      } finally {
        setPending(false);
      }
    },
    [call, refresh, router],
  );

  return { run, pending, problem, setProblem };
}
