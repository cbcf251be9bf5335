import Link from "next/link";
import type { ReactNode } from "react";

const paths: Record<string, string> = {
  C: "claims",
  A: "actors",
  T: "transfers",
  X: "sanctions",
  S: "sources",
  E: "timeline",
  P: "places",
};

/** The page of any record by its public reference (C01, A12, T01, X05, S07, E35, P01). */
export function hrefFor(ref: string): string {
  const base = paths[ref[0] ?? ""] ?? "claims";
  if (base === "sources") return `/sources#${ref}`;
  if (base === "timeline") return `/timeline#${ref}`;
  return `/${base}/${ref}`;
}

export function RefLink({ refId, children }: { refId: string; children?: ReactNode }) {
  return <Link href={hrefFor(refId)}>{children ?? refId}</Link>;
}
