import { SourceKindSchema, TransferRecordSchema, text } from "@armstrail/domain";
import { describe as group, expect, it } from "vitest";
import { z } from "zod";
import { blank, describe, labelFor, numberFromText, setAt } from "./schema-fields";

group("describe", () => {
  it("reads a transfer's fields, including estimates and route legs as repeatable groups", () => {
    const spec = describe(TransferRecordSchema);
    expect(spec.kind).toBe("object");
    if (spec.kind !== "object") return;
    const fields = Object.fromEntries(spec.fields);
    expect(fields.status).toMatchObject({
      kind: "enum",
      options: [
        "unverified",
        "alleged",
        "reported",
        "announced",
        "confirmed",
        "denied",
        "suspended",
        "lapsed",
        "reinstated",
        "cancelled",
        "other",
      ],
    });
    expect(fields.supplierNote).toMatchObject({ kind: "text", nullable: true });
    expect(fields.routeLegs).toMatchObject({ kind: "array", of: { kind: "object" } });
    expect(fields.estimates).toMatchObject({ kind: "array", of: { kind: "object" } });
  });

  it("makes long texts multi-line and keeps short ones on one line", () => {
    const spec = describe(
      z.object({ note: text(2000), name: text(100).nullable(), kind: SourceKindSchema }),
    );
    expect(spec).toMatchObject({
      kind: "object",
      fields: [
        ["note", { kind: "text", multiline: true, nullable: false }],
        ["name", { kind: "text", multiline: false, nullable: true }],
        ["kind", { kind: "enum" }],
      ],
    });
  });
});

group("blank and setAt", () => {
  it("starts a new record with empty values of the right shape", () => {
    const spec = describe(
      z.object({ a: z.string(), b: z.string().nullable(), c: z.array(z.string()), d: z.boolean() }),
    );
    expect(blank(spec)).toEqual({ a: "", b: null, c: [], d: false });
  });
  it("changes one nested value without touching the original", () => {
    const before = { legs: [{ from: "A", to: "B" }] };
    const after = setAt(before, ["legs", 0, "to"], "C");
    expect(after).toEqual({ legs: [{ from: "A", to: "C" }] });
    expect(before.legs[0]!.to).toBe("B");
  });
  it("words field names for labels", () => {
    expect(labelFor("periodStart")).toBe("Period start");
    expect(labelFor("sourceRefs")).toBe("Source refs");
  });
});

group("numberFromText", () => {
  it("lets a decimal be typed one key at a time, as a latitude is", () => {
    expect(["4", "42", "42.", "42.2", "42.25"].map(numberFromText)).toEqual([
      4,
      42,
      "42.",
      42.2,
      42.25,
    ]);
    expect(["-", "-1", "-13.5"].map(numberFromText)).toEqual(["-", -1, -13.5]);
  });

  it("keeps text that is not a number for the API to refuse, and empties to null", () => {
    expect(numberFromText("north")).toBe("north");
    expect(numberFromText("  ")).toBeNull();
  });
});
