"use client";

import { useEffect, useState } from "react";
import styles from "./network-filter.module.css";

/**
 * Checkboxes by item category that hide and show the matching parts of the network graph
 * and its list. Every part carries data-categories="a b"; it stays visible while any of
 * its categories is ticked. Rendered only once JavaScript runs: without it, all is shown.
 */
export function NetworkFilter({
  targetId,
  categories,
}: {
  targetId: string;
  categories: { value: string; label: string; count: number }[];
}) {
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState<string[]>(() => categories.map((c) => c.value));

  useEffect(() => setReady(true), []);

  useEffect(() => {
    const root = document.getElementById(targetId);
    if (!root) return;
    const on = new Set(shown);
    root.querySelectorAll<HTMLElement | SVGElement>("[data-categories]").forEach((el) => {
      const visible = (el.dataset.categories ?? "").split(" ").some((c) => on.has(c));
      el.style.display = visible ? "" : "none";
    });
  }, [shown, targetId]);

  if (!ready) return null;
  const transfers = categories
    .filter((c) => shown.includes(c.value))
    .reduce((sum, c) => sum + c.count, 0);
  const all = categories.reduce((sum, c) => sum + c.count, 0);

  return (
    <fieldset className={styles.filter}>
      <legend>Show transfers of</legend>
      {categories.map((c) => (
        <label key={c.value}>
          <input
            type="checkbox"
            checked={shown.includes(c.value)}
            onChange={(e) =>
              setShown((s) => (e.target.checked ? [...s, c.value] : s.filter((v) => v !== c.value)))
            }
          />{" "}
          {c.label} ({c.count})
        </label>
      ))}
      <p role="status" className={styles.status}>
        Showing {transfers} of {all} transfers.
      </p>
    </fieldset>
  );
}
