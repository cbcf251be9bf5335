// The address a request came from, for per-address limits. Route handlers see no socket;
// Next sets X-Forwarded-For to the socket's address only when the request has none, and a
// proxy appends the address it saw. So the last entry is the client's when a proxy that
// appends stands in front (the deployment we document); without one, a client can write
// the header itself. Listed proxies (TRUSTED_PROXIES) are skipped from the right.
import { BlockList, isIP } from "node:net";
import { z } from "zod";

/** Comma-separated addresses or CIDRs of the proxies in front of an app. */
export const TrustedProxiesSchema = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.union([z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()], {
        message: "TRUSTED_PROXIES must list addresses or CIDRs such as 10.0.0.0/8",
      }),
    ),
  );

function blockListOf(proxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const p of proxies) {
    const [address = "", bits] = p.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/** A function from a request's headers to its client's address ("unknown" if none is given). */
export function clientAddressReader(trustedProxies: readonly string[]) {
  const trusted = blockListOf(trustedProxies);
  const isTrusted = (a: string) => {
    const family = isIP(a);
    return family !== 0 && trusted.check(a, family === 6 ? "ipv6" : "ipv4");
  };
  return (headers: Headers): string => {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i]!)) return hops[i]!;
    return hops[0] ?? "unknown";
  };
}
