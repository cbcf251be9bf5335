import { describe, expect, it } from "vitest";
import { ProvisionKeySchema, SanctionRecordSchema, type SanctionRecord } from "./sanction";

function sanction(overrides: Partial<SanctionRecord> = {}): SanctionRecord {
  return {
    ref: "X01",
    regime: "UN Security Council, DPRK",
    instrument: "Resolution 1718 (2006)",
    adopted: "2006-10-14",
    adoptedNote: null,
    imposedByRef: "A30",
    imposedByNote: null,
    provisions: [
      { key: "P1", text: "States shall prevent the supply of arms to the DPRK." },
      { key: "P2", text: "The DPRK shall cease exporting all arms." },
    ],
    status: "in_force",
    statusNote: null,
    statusWording: null,
    statusSince: null,
    statusUntil: null,
    note: null,
    designations: [{ actorRef: "A31", reference: "KPe.001", listedOn: "2009-04-24", note: null }],
    monitoringBody: {
      name: "Panel of Experts",
      mandateStart: "2009-06",
      mandateEnd: "2024-04-30",
      actorRef: null,
    },
    sourceRefs: ["S05"],
    ...overrides,
  };
}

function issues(input: unknown) {
  const r = SanctionRecordSchema.safeParse(input);
  expect(r.success).toBe(false);
  return (
    r.error?.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) ?? []
  );
}

describe("ProvisionKeySchema", () => {
  it("accepts P1 to P999", () => {
    for (const key of ["P1", "P12", "P999"])
      expect(ProvisionKeySchema.safeParse(key).success, key).toBe(true);
  });

  it("rejects other shapes", () => {
    for (const key of ["P", "P1000", "p1", "1", "P1a", "OP1"])
      expect(ProvisionKeySchema.safeParse(key).success, key).toBe(false);
  });
});

describe("SanctionRecordSchema", () => {
  it("accepts a well-formed sanction", () => {
    expect(SanctionRecordSchema.safeParse(sanction()).success).toBe(true);
  });

  it("accepts a sanction without monitoring body or imposer", () => {
    expect(
      SanctionRecordSchema.safeParse(sanction({ monitoringBody: null, imposedByRef: null }))
        .success,
    ).toBe(true);
  });

  it("rejects a provision key used twice, pointing at the second use", () => {
    const provisions = [
      { key: "P1", text: "First." },
      { key: "P2", text: "Second." },
      { key: "P1", text: "First again." },
    ];
    expect(issues(sanction({ provisions }))).toEqual([
      { path: "provisions.2.key", message: "Provision key P1 is used twice" },
    ]);
  });

  it("reports every repeated use of a key", () => {
    const provisions = ["P3", "P3", "P3"].map((key) => ({ key, text: "x" }));
    expect(issues(sanction({ provisions })).map((i) => i.path)).toEqual([
      "provisions.1.key",
      "provisions.2.key",
    ]);
  });

  it("rejects a mandate that ends before it starts", () => {
    expect(
      issues(
        sanction({
          monitoringBody: {
            name: "Panel of Experts",
            mandateStart: "2024-05",
            mandateEnd: "2024-04-30",
            actorRef: null,
          },
        }),
      ),
    ).toEqual([
      { path: "monitoringBody.mandateEnd", message: "The mandate cannot end before it starts" },
    ]);
  });

  it("accepts a mandate with an open end or an end inside the start month", () => {
    expect(
      SanctionRecordSchema.safeParse(
        sanction({
          monitoringBody: {
            name: "Panel",
            mandateStart: "2009-06",
            mandateEnd: null,
            actorRef: null,
          },
        }),
      ).success,
    ).toBe(true);
    expect(
      SanctionRecordSchema.safeParse(
        sanction({
          monitoringBody: {
            name: "Panel",
            mandateStart: "2009-06",
            mandateEnd: "2009-06-12",
            actorRef: null,
          },
        }),
      ).success,
    ).toBe(true);
  });

  it("rejects a wrong-kind reference and an unknown status", () => {
    expect(issues(sanction({ ref: "S01" })).map((i) => i.path)).toEqual(["ref"]);
    expect(issues({ ...sanction(), status: "expired" }).map((i) => i.path)).toEqual(["status"]);
    expect(
      issues(
        sanction({
          designations: [{ actorRef: "X02", reference: null, listedOn: null, note: null }],
        }),
      ).map((i) => i.path),
    ).toEqual(["designations.0.actorRef"]);
  });

  it("rejects an impossible adoption date", () => {
    expect(issues(sanction({ adopted: "2006-02-30" })).map((i) => i.path)).toEqual(["adopted"]);
  });
});

describe("a sanction's status", () => {
  it("takes the new statuses with their dates and the source's words", () => {
    const s = SanctionRecordSchema.parse(
      sanction({
        status: "lapsed",
        statusWording: "lapsed 18 Oct 2023 (restrictions ended on schedule)",
        statusSince: "2023-10-18",
      }),
    );
    expect(s).toMatchObject({ status: "lapsed", statusSince: "2023-10-18" });
    for (const status of ["unverified", "announced", "suspended", "reinstated", "other"])
      expect(SanctionRecordSchema.safeParse(sanction({ status: status as never })).success).toBe(
        true,
      );
  });

  it("refuses a status that ends before it began", () => {
    const r = SanctionRecordSchema.safeParse(
      sanction({ status: "suspended", statusSince: "2020", statusUntil: "2019" }),
    );
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["statusUntil"]);
  });
});
