import type { EditorClient, PublicClient } from "@armstrail/client";

/** Where a command writes, so tests can read what a person would see. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Clients {
  editor: () => EditorClient;
  public: () => PublicClient;
}

/** Exit codes: 0 all well, 1 the command ran but found problems, 2 it could not run. */
export const EXIT = { ok: 0, problems: 1, failed: 2 } as const;
