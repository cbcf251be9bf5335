import { describe, expect, it } from "vitest";
import { RouteLegRecordSchema, TransferRecordSchema, type TransferRecord } from "./transfer";

function transfer(overrides: Partial<TransferRecord> = {}): TransferRecord {
  return {
    ref: "T01",
    supplierRef: "A01",
    supplierNote: null,
    recipientRef: "A02",
    intermediaryRefs: [],
    itemCategory: "artillery_ammunition",
    designation: "152 mm shells",
    description: null,
    periodStart: "2023-08",
    periodEnd: "2024-02",
    itemCategoryWording: null,
    status: "reported",
    statusNote: null,
    statusWording: null,
    statusSince: null,
    statusUntil: null,
    range: null,
    note: null,
    routeLegs: [
      { mode: "sea", fromRef: "A05", toRef: "A06", vesselRefs: ["A10"], label: "Rajin to Dunai" },
    ],
    estimates: [
      {
        low: null,
        best: "6700",
        high: null,
        unit: "containers",
        qualifier: "more_than",
        stage: "delivered",
        per: null,
        wording: null,
        asOf: "2024-02",
        asOfEnd: null,
        estimatedBy: "Ministry of National Defense",
        sourceRef: "S12",
        note: null,
      },
    ],
    breaches: [{ sanctionRef: "X01", provisionKey: "P1" }],
    sourceRefs: ["S12"],
    ...overrides,
  };
}

function issues(input: unknown) {
  const r = TransferRecordSchema.safeParse(input);
  expect(r.success).toBe(false);
  return (
    r.error?.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) ?? []
  );
}

describe("TransferRecordSchema", () => {
  it("accepts a well-formed transfer", () => {
    expect(TransferRecordSchema.safeParse(transfer()).success).toBe(true);
  });

  it("accepts a supplier described only in words", () => {
    expect(
      TransferRecordSchema.safeParse(
        transfer({ supplierRef: null, supplierNote: "An unnamed trading company" }),
      ).success,
    ).toBe(true);
  });

  it("accepts both a supplier reference and a note", () => {
    expect(
      TransferRecordSchema.safeParse(transfer({ supplierNote: "Via its state trading arm" }))
        .success,
    ).toBe(true);
  });

  it("rejects a transfer with neither supplierRef nor supplierNote", () => {
    expect(issues(transfer({ supplierRef: null, supplierNote: null }))).toEqual([
      {
        path: "supplierRef",
        message: "Name the supplier, or describe it in supplierNote when it is not a known actor",
      },
    ]);
  });

  it("does not accept a blank supplierNote as a description", () => {
    expect(
      issues(transfer({ supplierRef: null, supplierNote: "   " })).map((i) => i.path),
    ).toContain("supplierNote");
  });

  it("rejects a supplier that is also the recipient", () => {
    expect(issues(transfer({ supplierRef: "A02", recipientRef: "A02" }))).toEqual([
      { path: "recipientRef", message: "Supplier and recipient must differ" },
    ]);
  });

  it("rejects a period that ends before it starts", () => {
    expect(issues(transfer({ periodStart: "2024-02", periodEnd: "2023-08" }))).toEqual([
      { path: "periodEnd", message: "The period cannot end before it starts" },
    ]);
  });

  it("accepts open and same-month periods", () => {
    expect(
      TransferRecordSchema.safeParse(transfer({ periodStart: null, periodEnd: "2024" })).success,
    ).toBe(true);
    expect(
      TransferRecordSchema.safeParse(transfer({ periodStart: "2024-02-10", periodEnd: "2024-02" }))
        .success,
    ).toBe(true);
  });

  it("reports all rule violations together", () => {
    expect(
      issues(
        transfer({ supplierRef: null, supplierNote: null, periodStart: "2024", periodEnd: "2023" }),
      ).map((i) => i.path),
    ).toEqual(["supplierRef", "periodEnd"]);
  });

  it("validates each estimate with the estimate rules", () => {
    const bad = { ...transfer().estimates[0]!, low: "7000", best: "6700" };
    expect(issues(transfer({ estimates: [bad] }))).toEqual([
      { path: "estimates.0.best", message: "best must not be below low" },
    ]);
  });

  it("rejects wrong-kind references", () => {
    expect(issues(transfer({ recipientRef: "T02" })).map((i) => i.path)).toContain("recipientRef");
    expect(
      issues(transfer({ breaches: [{ sanctionRef: "S01", provisionKey: null }] })).map(
        (i) => i.path,
      ),
    ).toEqual(["breaches.0.sanctionRef"]);
    expect(
      issues(transfer({ breaches: [{ sanctionRef: "X01", provisionKey: "1" }] })).map(
        (i) => i.path,
      ),
    ).toEqual(["breaches.0.provisionKey"]);
  });

  it("rejects an unknown item category or status", () => {
    expect(issues({ ...transfer(), itemCategory: "tanks" }).map((i) => i.path)).toEqual([
      "itemCategory",
    ]);
    expect(issues({ ...transfer(), status: "rumoured" }).map((i) => i.path)).toEqual(["status"]);
  });
});

describe("RouteLegRecordSchema", () => {
  it("accepts unknown endpoints", () => {
    expect(
      RouteLegRecordSchema.safeParse({
        mode: "unknown",
        fromRef: null,
        toRef: null,
        vesselRefs: [],
        label: "Unknown route",
      }).success,
    ).toBe(true);
  });

  it("rejects a non-actor vessel reference and a blank label", () => {
    expect(
      RouteLegRecordSchema.safeParse({
        mode: "sea",
        fromRef: null,
        toRef: null,
        vesselRefs: ["S01"],
        label: "x",
      }).success,
    ).toBe(false);
    expect(
      RouteLegRecordSchema.safeParse({
        mode: "sea",
        fromRef: null,
        toRef: null,
        vesselRefs: [],
        label: " ",
      }).success,
    ).toBe(false);
  });
});

describe("a transfer's vocabulary fields", () => {
  it("reads a record without them as having none", () => {
    const {
      itemCategoryWording: _a,
      statusWording: _b,
      statusSince: _c,
      statusUntil: _d,
      range: _e,
      ...old
    } = transfer();
    expect(TransferRecordSchema.parse(old)).toMatchObject({
      itemCategoryWording: null,
      statusWording: null,
      statusSince: null,
      statusUntil: null,
      range: null,
    });
  });

  it("keeps the source's words and an attribution whole", () => {
    const t = TransferRecordSchema.parse(
      transfer({
        itemCategory: "loitering_munitions",
        itemCategoryWording: "one-way attack drones",
        status: "reported",
        statusWording: "reported by US, UK and Ukraine",
        statusSince: "2022-09",
      }),
    );
    expect(t.statusWording).toBe("reported by US, UK and Ukraine");
    expect(t.itemCategoryWording).toBe("one-way attack drones");
  });

  it("accepts every new status", () => {
    for (const status of ["unverified", "announced", "suspended", "lapsed", "reinstated"])
      expect(TransferRecordSchema.safeParse(transfer({ status: status as never })).success).toBe(
        true,
      );
  });

  it("refuses a status that ends before it began", () => {
    expect(issues(transfer({ statusSince: "2024-05", statusUntil: "2023" }))).toEqual([
      { path: "statusUntil", message: "The status cannot end before it began" },
    ]);
  });

  it("takes an overall range, open at either end, with its note", () => {
    const range = {
      low: "1000000",
      high: null,
      unit: "rounds",
      note: "Estimates before June 2024",
    };
    expect(TransferRecordSchema.parse(transfer({ range })).range).toEqual(range);
    expect(
      TransferRecordSchema.safeParse(
        transfer({ range: { low: null, high: null, unit: null, note: "No figure known" } }),
      ).success,
    ).toBe(true);
  });

  it("refuses an empty or upside-down range", () => {
    expect(
      issues(transfer({ range: { low: null, high: null, unit: "rounds", note: null } })),
    ).toEqual([{ path: "range.low", message: "A range needs a low or high figure, or a note" }]);
    expect(issues(transfer({ range: { low: "5", high: "4", unit: null, note: null } }))).toEqual([
      { path: "range.high", message: "high must not be below low" },
    ]);
  });
});
