import { ClaimsView, type SearchParams, claimsMeta } from "~/views/claims-view";
import { pageMetadata } from "~/lib/metadata";

export const dynamic = "force-dynamic";

export const metadata = pageMetadata(claimsMeta(null));

/** Every investigation's claims, with filters. */
export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  return <ClaimsView scope={null} sp={await searchParams} />;
}
