// The investigations a writer may file a record under, drafts included (a claim may be
// drafted for an investigation nobody reads yet): one query for every form that asks.
import type { InvestigationChoice } from "~/components/investigation-field";
import { db } from "./db";

export function investigationChoices(): Promise<InvestigationChoice[]> {
  return db().investigation.findMany({
    select: { slug: true, title: true },
    orderBy: { ref: "asc" },
  });
}
