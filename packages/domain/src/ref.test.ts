import { describe, expect, it } from "vitest";
import {
  ActorRefSchema,
  ClaimRefSchema,
  EventRefSchema,
  IdSchema,
  RefSchema,
  SanctionRefSchema,
  SourceRefSchema,
  TransferRefSchema,
  nextRef,
  refOrder,
  refSchemaFor,
} from "./ref";

describe("RefSchema", () => {
  it.each(["C01", "A12", "T03", "X01", "E99", "S97", "C123456"])("accepts %s", (ref) => {
    expect(RefSchema.safeParse(ref).success).toBe(true);
  });

  it.each(["C1", "C1234567", "B01", "c01", "C01 ", "01", "CC01", "C-1", ""])(
    "rejects %s",
    (ref) => {
      expect(RefSchema.safeParse(ref).success).toBe(false);
    },
  );
});

describe("kind-specific reference schemas", () => {
  const cases = [
    [ClaimRefSchema, "C01", "claim"],
    [ActorRefSchema, "A01", "actor"],
    [TransferRefSchema, "T01", "transfer"],
    [SanctionRefSchema, "X01", "sanction"],
    [EventRefSchema, "E01", "event"],
    [SourceRefSchema, "S01", "source"],
  ] as const;

  it.each(cases)("accept their own prefix (%#)", (schema, ref) => {
    expect(schema.safeParse(ref).success).toBe(true);
  });

  it("reject every other kind's prefix, naming the expected kind", () => {
    for (const [schema, ownRef, kind] of cases) {
      for (const [, otherRef] of cases) {
        if (otherRef === ownRef) continue;
        const r = schema.safeParse(otherRef);
        expect(r.success, `${kind} schema should refuse ${otherRef}`).toBe(false);
        expect(r.error?.issues[0]?.message).toContain(`a ${kind} reference`);
      }
    }
  });

  it("refSchemaFor uses the kind's prefix", () => {
    expect(refSchemaFor("sanction").safeParse("X42").success).toBe(true);
    expect(refSchemaFor("sanction").safeParse("S42").success).toBe(false);
    expect(refSchemaFor("actor").safeParse("A1").success).toBe(false);
  });
});

describe("IdSchema", () => {
  it("accepts a UUID and rejects anything else with a clear message", () => {
    expect(IdSchema.safeParse("3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f").success).toBe(true);
    const r = IdSchema.safeParse("C01");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Expected an id in UUID form");
  });
});

describe("nextRef", () => {
  it("starts at 01 when none of the kind is used", () => {
    expect(nextRef("claim", [])).toBe("C01");
    expect(nextRef("claim", ["A07", "S12"])).toBe("C01");
  });

  it("continues after the highest number of that kind, not the last one listed", () => {
    expect(nextRef("claim", ["C45", "C09", "C12"])).toBe("C46");
  });

  it("compares numerically, not as strings", () => {
    expect(nextRef("actor", ["A99", "A100", "A9"])).toBe("A101");
  });

  it("ignores other kinds' references", () => {
    expect(nextRef("source", ["S03", "C90", "A50"])).toBe("S04");
    expect(nextRef("sanction", ["X02", "S40"])).toBe("X03");
  });

  it("pads to two digits", () => {
    expect(nextRef("event", ["E08"])).toBe("E09");
    expect(nextRef("event", ["E09"])).toBe("E10");
  });

  it("produces a reference its kind's schema accepts", () => {
    expect(TransferRefSchema.safeParse(nextRef("transfer", ["T07"])).success).toBe(true);
  });
});

describe("refOrder", () => {
  it("sorts by the reference's number, not its text", () => {
    const sorted = [{ ref: "C10" }, { ref: "C2" }, { ref: "C01" }].sort(refOrder);
    expect(sorted.map((r) => r.ref)).toEqual(["C01", "C2", "C10"]);
  });
});
