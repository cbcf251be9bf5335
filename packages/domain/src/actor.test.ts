import { describe, expect, it } from "vitest";
import { ActorRecordSchema, IdentifierSchema, isValidImoChecksum, type ActorRecord } from "./actor";

function issues(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
) {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return (
    r.error?.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) ?? []
  );
}

describe("isValidImoChecksum", () => {
  it("accepts numbers whose seventh digit matches the weighted sum", () => {
    // 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139 -> check digit 9
    expect(isValidImoChecksum("9074729")).toBe(true);
    // 9*7 + 1*6 + 7*5 + 6*4 + 5*3 + 5*2 = 153 -> check digit 3
    expect(isValidImoChecksum("9176553")).toBe(true);
    expect(isValidImoChecksum("0000000")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidImoChecksum("9074728")).toBe(false);
    expect(isValidImoChecksum("9074720")).toBe(false);
    expect(isValidImoChecksum("9176554")).toBe(false);
  });

  it("rejects transposed digits that keep the same check digit position", () => {
    expect(isValidImoChecksum("0974729")).toBe(false);
  });

  it("rejects anything that is not exactly seven digits", () => {
    expect(isValidImoChecksum("907472")).toBe(false);
    expect(isValidImoChecksum("90747290")).toBe(false);
    expect(isValidImoChecksum("IMO 9074729")).toBe(false);
    expect(isValidImoChecksum("")).toBe(false);
  });
});

describe("IdentifierSchema", () => {
  it("accepts a valid IMO number", () => {
    expect(IdentifierSchema.safeParse({ scheme: "imo", value: "9074729" }).success).toBe(true);
  });

  it("trims the value before checking it", () => {
    expect(IdentifierSchema.parse({ scheme: "imo", value: " 9074729 " }).value).toBe("9074729");
  });

  it("rejects an IMO number with a bad check digit", () => {
    expect(issues(IdentifierSchema, { scheme: "imo", value: "9074728" })).toEqual([
      { path: "value", message: "IMO number fails its check digit" },
    ]);
  });

  it("rejects an IMO number of the wrong length without also blaming the check digit", () => {
    expect(issues(IdentifierSchema, { scheme: "imo", value: "IMO9074729" })).toEqual([
      { path: "value", message: "An IMO number has seven digits" },
    ]);
  });

  it("checks MMSI length", () => {
    expect(IdentifierSchema.safeParse({ scheme: "mmsi", value: "445123000" }).success).toBe(true);
    expect(issues(IdentifierSchema, { scheme: "mmsi", value: "44512300" })).toEqual([
      { path: "value", message: "An MMSI has nine digits" },
    ]);
  });

  it("checks UN sanctions list references", () => {
    expect(IdentifierSchema.safeParse({ scheme: "un_reference", value: "KPe.001" }).success).toBe(
      true,
    );
    expect(IdentifierSchema.safeParse({ scheme: "un_reference", value: "KPi.002" }).success).toBe(
      true,
    );
    for (const bad of ["KP.001", "KPx.001", "ZZe.001", "KPe.01", "kpe.001"]) {
      expect(issues(IdentifierSchema, { scheme: "un_reference", value: bad }), bad).toEqual([
        { path: "value", message: "A UN reference looks like KPe.001 or KPi.002" },
      ]);
    }
  });

  it("leaves free-form schemes unchecked beyond text rules", () => {
    expect(
      IdentifierSchema.safeParse({ scheme: "registration", value: "Reg no. 12/AB" }).success,
    ).toBe(true);
    expect(IdentifierSchema.safeParse({ scheme: "other", value: "" }).success).toBe(false);
  });

  it("rejects unknown schemes and extra keys", () => {
    expect(IdentifierSchema.safeParse({ scheme: "isin", value: "X" }).success).toBe(false);
    expect(IdentifierSchema.safeParse({ scheme: "imo", value: "9074729", note: "x" }).success).toBe(
      false,
    );
  });
});

function actor(overrides: Partial<ActorRecord> = {}): ActorRecord {
  return {
    ref: "A10",
    name: "Angara",
    kind: "vessel",
    kindWording: null,
    country: "RU",
    description: "Cargo ship reported to carry containers between Rajin and Dunai.",
    aliases: ["Lady R"],
    identifiers: [{ scheme: "imo", value: "9074729" }],
    links: [{ type: "owner", targetRef: "A11", note: null }],
    sourceRefs: ["S01", "S02"],
    ...overrides,
  };
}

describe("ActorRecordSchema", () => {
  it("accepts a well-formed vessel with an IMO number", () => {
    expect(ActorRecordSchema.safeParse(actor()).success).toBe(true);
  });

  it("rejects an actor linked to itself, pointing at the offending link", () => {
    const links = [
      { type: "owner", targetRef: "A11", note: null },
      { type: "operator", targetRef: "A10", note: null },
    ] as const;
    expect(issues(ActorRecordSchema, actor({ links: [...links] }))).toEqual([
      { path: "links.1.targetRef", message: "An actor cannot link to itself" },
    ]);
  });

  it("rejects an IMO number on an actor that is not a vessel", () => {
    expect(issues(ActorRecordSchema, actor({ kind: "company" }))).toEqual([
      { path: "identifiers", message: "IMO and MMSI numbers belong to vessels" },
    ]);
  });

  it("rejects an MMSI on a port", () => {
    expect(
      issues(
        ActorRecordSchema,
        actor({ kind: "port", identifiers: [{ scheme: "mmsi", value: "273123456" }] }),
      ).map((i) => i.message),
    ).toEqual(["IMO and MMSI numbers belong to vessels"]);
  });

  it("allows other identifiers on non-vessels", () => {
    expect(
      ActorRecordSchema.safeParse(
        actor({ kind: "company", identifiers: [{ scheme: "un_reference", value: "KPe.001" }] }),
      ).success,
    ).toBe(true);
  });

  it("rejects an invalid IMO on a vessel", () => {
    expect(
      issues(ActorRecordSchema, actor({ identifiers: [{ scheme: "imo", value: "9074728" }] })).map(
        (i) => i.path,
      ),
    ).toContain("identifiers.0.value");
  });

  it("rejects references of the wrong kind", () => {
    expect(issues(ActorRecordSchema, actor({ ref: "S10" })).map((i) => i.path)).toContain("ref");
    expect(issues(ActorRecordSchema, actor({ sourceRefs: ["A01"] })).map((i) => i.path)).toContain(
      "sourceRefs.0",
    );
    expect(
      issues(
        ActorRecordSchema,
        actor({ links: [{ type: "owner", targetRef: "T01", note: null }] }),
      ).map((i) => i.path),
    ).toContain("links.0.targetRef");
  });

  it("rejects a lower-case country code and unknown keys", () => {
    expect(issues(ActorRecordSchema, actor({ country: "ru" })).map((i) => i.path)).toEqual([
      "country",
    ]);
    expect(ActorRecordSchema.safeParse({ ...actor(), flag: "RU" }).success).toBe(false);
  });

  it("accepts a stateless actor with no links", () => {
    expect(
      ActorRecordSchema.safeParse(
        actor({ kind: "person", country: null, identifiers: [], links: [] }),
      ).success,
    ).toBe(true);
  });
});
