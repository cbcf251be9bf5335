import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ByIdInputSchema,
  ByRefInputSchema,
  ClaimListInputSchema,
  PageInputSchema,
  SearchInputSchema,
  pageOf,
} from "./api";

const UUID = "3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f";

function messages(result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) {
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`) ?? [];
}

describe("PageInputSchema", () => {
  it("defaults the limit to 50 and leaves the cursor out", () => {
    expect(PageInputSchema.parse({})).toEqual({ limit: 50 });
  });

  it("accepts limits 1 and 100, a null cursor and a UUID cursor", () => {
    expect(PageInputSchema.parse({ limit: 1, cursor: null })).toEqual({ limit: 1, cursor: null });
    expect(PageInputSchema.parse({ limit: 100, cursor: UUID })).toEqual({
      limit: 100,
      cursor: UUID,
    });
  });

  it("rejects limit 0", () => {
    expect(messages(PageInputSchema.safeParse({ limit: 0 }))).toEqual([
      "limit: limit must be at least 1",
    ]);
  });

  it("rejects limit 101", () => {
    expect(messages(PageInputSchema.safeParse({ limit: 101 }))).toEqual([
      "limit: limit must be at most 100",
    ]);
  });

  it("rejects a fractional or string limit", () => {
    expect(PageInputSchema.safeParse({ limit: 2.5 }).success).toBe(false);
    expect(PageInputSchema.safeParse({ limit: "20" }).success).toBe(false);
  });

  it("rejects a malformed cursor, saying it must be a UUID", () => {
    expect(messages(PageInputSchema.safeParse({ cursor: "C01" }))).toEqual([
      "cursor: Expected an id in UUID form",
    ]);
    expect(messages(PageInputSchema.safeParse({ cursor: "3f2b8c1e-9a4d-4c6b-8e2f" }))).toEqual([
      "cursor: Expected an id in UUID form",
    ]);
  });
});

describe("ClaimListInputSchema", () => {
  it("accepts filters of the right kind", () => {
    expect(
      ClaimListInputSchema.parse({
        verdict: "inaccurate",
        claimType: "event",
        actorRef: "A01",
        transferRef: "T02",
        sanctionRef: "X03",
      }),
    ).toMatchObject({ limit: 50, verdict: "inaccurate", actorRef: "A01" });
  });

  it("rejects references of the wrong kind and unknown verdicts", () => {
    expect(ClaimListInputSchema.safeParse({ actorRef: "T01" }).success).toBe(false);
    expect(ClaimListInputSchema.safeParse({ transferRef: "A01" }).success).toBe(false);
    expect(ClaimListInputSchema.safeParse({ sanctionRef: "S01" }).success).toBe(false);
    expect(ClaimListInputSchema.safeParse({ verdict: "true" }).success).toBe(false);
  });

  it("keeps the page rules", () => {
    expect(messages(ClaimListInputSchema.safeParse({ limit: 101 }))).toEqual([
      "limit: limit must be at most 100",
    ]);
  });
});

describe("SearchInputSchema", () => {
  it("trims the query and defaults the limit to 20", () => {
    expect(SearchInputSchema.parse({ query: "  Lady R  " })).toEqual({
      query: "Lady R",
      limit: 20,
    });
  });

  it("accepts a two-character query", () => {
    expect(SearchInputSchema.parse({ query: "KP" }).query).toBe("KP");
  });

  it("rejects a one-character query, also after trimming", () => {
    expect(messages(SearchInputSchema.safeParse({ query: "K" }))).toEqual([
      "query: Search for at least 2 characters",
    ]);
    expect(messages(SearchInputSchema.safeParse({ query: "  K  " }))).toEqual([
      "query: Search for at least 2 characters",
    ]);
  });

  it("rejects a query over 200 characters", () => {
    expect(SearchInputSchema.safeParse({ query: "a".repeat(200) }).success).toBe(true);
    expect(messages(SearchInputSchema.safeParse({ query: "a".repeat(201) }))).toEqual([
      "query: Search for at most 200 characters",
    ]);
  });

  it("bounds the limit to 1..50", () => {
    expect(SearchInputSchema.safeParse({ query: "ab", limit: 50 }).success).toBe(true);
    expect(SearchInputSchema.safeParse({ query: "ab", limit: 51 }).success).toBe(false);
    expect(SearchInputSchema.safeParse({ query: "ab", limit: 0 }).success).toBe(false);
  });
});

describe("by-id and by-ref inputs", () => {
  it("require a UUID id and a well-formed reference", () => {
    expect(ByIdInputSchema.safeParse({ id: UUID }).success).toBe(true);
    expect(ByIdInputSchema.safeParse({ id: "42" }).success).toBe(false);
    expect(ByRefInputSchema.safeParse({ ref: "C01" }).success).toBe(true);
    expect(ByRefInputSchema.safeParse({ ref: "C1" }).success).toBe(false);
  });
});

describe("pageOf", () => {
  const page = pageOf(z.object({ n: z.number() }));

  it("wraps items with a nullable UUID cursor", () => {
    expect(page.safeParse({ items: [{ n: 1 }], nextCursor: null }).success).toBe(true);
    expect(page.safeParse({ items: [], nextCursor: UUID }).success).toBe(true);
  });

  it("validates the items and the cursor", () => {
    expect(page.safeParse({ items: [{ n: "1" }], nextCursor: null }).success).toBe(false);
    expect(page.safeParse({ items: [], nextCursor: "next" }).success).toBe(false);
    expect(page.safeParse({ items: [] }).success).toBe(false);
  });
});
