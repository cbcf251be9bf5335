import { pageMetadata } from "~/lib/metadata";
import { type InvestigationParams, scopeOf } from "~/server/investigation";
import { ClaimsView, type SearchParams, claimsMeta } from "~/views/claims-view";

export const dynamic = "force-dynamic";

type Props = InvestigationParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  return pageMetadata(claimsMeta(await scopeOf(params)));
}

/** One investigation's claims, with filters. */
export default async function InvestigationClaimsPage({ params, searchParams }: Props) {
  return <ClaimsView scope={await scopeOf(params)} sp={await searchParams} />;
}
