import { pageMetadata } from "~/lib/metadata";
import { type InvestigationParams, scopeOf } from "~/server/investigation";
import { TimelineView, timelineMeta } from "~/views/timeline-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: InvestigationParams) {
  return pageMetadata(timelineMeta(await scopeOf(params)));
}

/** One investigation's view. */
export default async function InvestigationTimelinePage({ params }: InvestigationParams) {
  return <TimelineView scope={await scopeOf(params)} />;
}
