import { pageMetadata } from "~/lib/metadata";
import { type InvestigationParams, scopeOf } from "~/server/investigation";
import { DataView, dataMeta } from "~/views/data-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: InvestigationParams) {
  return pageMetadata(dataMeta(await scopeOf(params)));
}

/** One investigation's view. */
export default async function InvestigationDataPage({ params }: InvestigationParams) {
  return <DataView scope={await scopeOf(params)} />;
}
