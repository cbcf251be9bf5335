import { describe, expect, it } from "vitest";
import { TrustedProxiesSchema, clientAddressReader } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddressReader", () => {
  it("takes the last X-Forwarded-For entry: the address the nearest hop saw", () => {
    const read = clientAddressReader([]);
    expect(read(headers("127.0.0.1"))).toBe("127.0.0.1");
    expect(read(headers("198.51.100.7, 203.0.113.4"))).toBe("203.0.113.4");
    expect(read(headers())).toBe("unknown");
  });

  it("skips the listed proxies from the right", () => {
    const read = clientAddressReader(["10.0.0.0/8", "2001:db8::1"]);
    expect(read(headers("198.51.100.7, 203.0.113.4, 10.1.2.3"))).toBe("203.0.113.4");
    expect(read(headers("198.51.100.7, 2001:db8::1"))).toBe("198.51.100.7");
    // Made-up entries before the real client's address change nothing.
    expect(read(headers("1.1.1.1, 2.2.2.2, 203.0.113.4, 10.0.0.2"))).toBe("203.0.113.4");
    expect(read(headers("10.0.0.3, 10.0.0.2"))).toBe("10.0.0.3");
  });
});

describe("TrustedProxiesSchema", () => {
  it("reads a comma-separated list of addresses and CIDRs and refuses anything else", () => {
    expect(TrustedProxiesSchema.parse(" 10.0.0.0/8, ::1 ")).toEqual(["10.0.0.0/8", "::1"]);
    expect(TrustedProxiesSchema.parse(undefined)).toEqual([]);
    expect(TrustedProxiesSchema.safeParse("proxy.local").success).toBe(false);
  });
});
