import { pageMetadata } from "~/lib/metadata";
import { DataView, dataMeta } from "~/views/data-view";

export const dynamic = "force-dynamic";

export const metadata = pageMetadata(dataMeta(null));

/** Every investigation's downloads. */
export default function DataPage() {
  return <DataView scope={null} />;
}
