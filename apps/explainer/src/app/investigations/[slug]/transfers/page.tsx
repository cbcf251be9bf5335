import { pageMetadata } from "~/lib/metadata";
import { type InvestigationParams, scopeOf } from "~/server/investigation";
import { TransfersView, transfersMeta } from "~/views/transfers-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: InvestigationParams) {
  return pageMetadata(transfersMeta(await scopeOf(params)));
}

/** One investigation's view. */
export default async function InvestigationTransfersPage({ params }: InvestigationParams) {
  return <TransfersView scope={await scopeOf(params)} />;
}
