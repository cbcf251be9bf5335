"use client";
// The version a record's page last knew. A save answers with the new version at once, and
// the workflow buttons beside the form must act on that version, not on the one the server
// rendered before the page refreshed (which would be refused as a conflict).
import { type ReactNode, createContext, useContext, useEffect, useState } from "react";

interface Known {
  version: number;
  setVersion: (v: number) => void;
  /** "Saved as version 5": kept here so it outlives the form, which reloads after a save. */
  notice: string | null;
  setNotice: (n: string | null) => void;
}

const VersionContext = createContext<Known | null>(null);

export function VersionProvider({ version, children }: { version: number; children: ReactNode }) {
  const [current, setCurrent] = useState(version);
  const [notice, setNotice] = useState<string | null>(null);
  // A refresh (or someone else's change loaded) brings a newer version from the server.
  useEffect(() => setCurrent((v) => Math.max(v, version)), [version]);
  return (
    <VersionContext.Provider
      value={{ version: current, setVersion: setCurrent, notice, setNotice }}
    >
      {children}
    </VersionContext.Provider>
  );
}

/** The latest known version, or `fallback` outside a provider. */
export function useVersion(fallback: number): Known {
  const ctx = useContext(VersionContext);
  return (
    ctx ?? {
      version: fallback,
      setVersion: () => undefined,
      notice: null,
      setNotice: () => undefined,
    }
  );
}
