import { describe, expect, it } from "vitest";
import { addressProblem } from "./request-address";

describe("addressProblem", () => {
  it("finds malformed percent-encoding in the path", () => {
    expect(addressProblem("/transfers/%C0", "")).toBe("malformed");
    expect(addressProblem("/claims/%", "")).toBe("malformed");
    expect(addressProblem("/api/trpc/claim.byRef%E0%A4%A", "")).toBe("malformed");
  });

  it("finds a NUL byte in the path or the query", () => {
    expect(addressProblem("/claims/C01%00", "")).toBe("nul");
    expect(addressProblem("/search", "?q=ab%00cd")).toBe("nul");
    expect(addressProblem("/search", "?q%00=x")).toBe("nul");
  });

  it("passes ordinary addresses, including odd but harmless queries", () => {
    expect(addressProblem("/claims/C39", "")).toBeNull();
    expect(addressProblem("/actors/A01", "?x=%C0%C0")).toBeNull();
    expect(addressProblem("/search", "?q=Rajin%20port&q=%E2%80%9Cshells%E2%80%9D")).toBeNull();
    expect(addressProblem("/caf%C3%A9", "")).toBeNull();
  });
});
