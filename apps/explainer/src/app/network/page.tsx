import { pageMetadata } from "~/lib/metadata";
import { NetworkView, networkMeta } from "~/views/network-view";

export const dynamic = "force-dynamic";

export const metadata = pageMetadata(networkMeta(null));

/** The site-wide view, across every investigation. */
export default function NetworkPage() {
  return <NetworkView scope={null} />;
}
