import { pageMetadata } from "~/lib/metadata";
import { type InvestigationParams, scopeOf } from "~/server/investigation";
import { NetworkView, networkMeta } from "~/views/network-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: InvestigationParams) {
  return pageMetadata(networkMeta(await scopeOf(params)));
}

/** One investigation's view. */
export default async function InvestigationNetworkPage({ params }: InvestigationParams) {
  return <NetworkView scope={await scopeOf(params)} />;
}
