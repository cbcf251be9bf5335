// How the editor writes times. The enumerations' words are the domain's (shared with the
// explainer): import them from @armstrail/domain.

/** "2025-03-04T10:00:00.000Z" as a short, unambiguous date and time in UTC. */
export function formatInstant(iso: string | Date | null | undefined): string {
  if (!iso) return "—";
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
