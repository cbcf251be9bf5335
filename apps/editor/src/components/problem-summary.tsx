"use client";
// The top-of-form summary of a refused call: the message, and every field error as a link
// to its field (focus moves here so keyboard and screen-reader users learn what failed).
import { useEffect, useRef } from "react";
import type { Problem } from "~/lib/trpc";
import { fieldId } from "./fields";

export function ProblemSummary({
  problem,
  labels = {},
}: {
  problem: Problem | null;
  /** Field path -> its label, so the summary names fields as the form does. */
  labels?: Readonly<Record<string, string>>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem || problem.conflict) return null;
  const entries = Object.entries(problem.fieldErrors);
  return (
    <div className="problem" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="problem-title">
        {entries.length ? "Please check these fields" : "Not saved"}
      </h2>
      {entries.length ? (
        <ul>
          {entries.map(([path, messages]) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`}>{labelOf(path, labels)}</a>: {messages.join("; ")}
            </li>
          ))}
        </ul>
      ) : (
        <p>{problem.message}</p>
      )}
    </div>
  );
}

function labelOf(path: string, labels: Readonly<Record<string, string>>): string {
  if (labels[path]) return labels[path];
  // evidence.0.supports -> "Evidence 1: supports"
  const [head, index, ...rest] = path.split(".");
  if (head && index && /^\d+$/.test(index) && labels[head]) {
    return `${labels[head]} ${Number(index) + 1}${rest.length ? `: ${rest.join(" ")}` : ""}`;
  }
  return path;
}
