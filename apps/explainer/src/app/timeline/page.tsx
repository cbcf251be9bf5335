import { pageMetadata } from "~/lib/metadata";
import { TimelineView, timelineMeta } from "~/views/timeline-view";

export const dynamic = "force-dynamic";

export const metadata = pageMetadata(timelineMeta(null));

/** The site-wide view, across every investigation. */
export default function TimelinePage() {
  return <TimelineView scope={null} />;
}
