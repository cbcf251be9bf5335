import { pageMetadata } from "~/lib/metadata";
import { TransfersView, transfersMeta } from "~/views/transfers-view";

export const dynamic = "force-dynamic";

export const metadata = pageMetadata(transfersMeta(null));

/** The site-wide view, across every investigation. */
export default function TransfersPage() {
  return <TransfersView scope={null} />;
}
