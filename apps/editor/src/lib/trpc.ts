// The browser's typed client for the editor API. Only types come from @armstrail/api, so
// no server code reaches the bundle. Requests carry the session cookie (same origin); the
// server refuses cookie mutations from other origins.
import type { EditorRouter } from "@armstrail/api";
import { type ConflictDetails, MAX_BATCH_SIZE, MAX_URL_LENGTH } from "@armstrail/domain";
import { TRPCClientError, createTRPCClient, httpBatchLink } from "@trpc/client";
import { conflictOf } from "./conflict";

export const api = createTRPCClient<EditorRouter>({
  links: [
    httpBatchLink({
      url: "/api/trpc",
      // The server refuses larger batches and longer addresses; split them instead.
      maxItems: MAX_BATCH_SIZE,
      maxURLLength: MAX_URL_LENGTH - 192,
      // The API speaks plain JSON (no transformer): dates arrive as ISO strings.
      fetch: (url, options) => fetch(url, { ...options, credentials: "same-origin" }),
    }),
  ],
});

export type ApiError = TRPCClientError<EditorRouter>;

/** What a form needs from a refused call: the message, each field's errors, a conflict. */
export interface Problem {
  code: string;
  message: string;
  fieldErrors: Record<string, string[]>;
  /** Who saved in between and what is saved now, when the refusal is a version conflict. */
  conflict: ConflictDetails | null;
}

export function problemOf(error: unknown): Problem {
  if (error instanceof TRPCClientError) {
    const e = error as ApiError;
    const data = e.data;
    return {
      code: data?.code ?? "UNKNOWN",
      message: e.message,
      fieldErrors: data?.fieldErrors ?? {},
      conflict: conflictOf(data),
    };
  }
  return {
    code: "NETWORK",
    message:
      error instanceof Error && error.message
        ? `The editor could not be reached: ${error.message}`
        : "The editor could not be reached. Check your connection and try again.",
    fieldErrors: {},
    conflict: null,
  };
}

/** Errors for one field, also matching nested paths under it (evidence.0.supports under evidence). */
export function errorsFor(problem: Problem | null, path: string): string[] {
  if (!problem) return [];
  return problem.fieldErrors[path] ?? [];
}
