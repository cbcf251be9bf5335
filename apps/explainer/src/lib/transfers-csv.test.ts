import type { Transfer } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { TRANSFER_COLUMNS, transfersCsv } from "./transfers-csv";

const id = "01a2203d-a888-71bc-a444-b919a999e632";
const actor = (ref: string) => ({
  id,
  ref,
  name: `Actor ${ref}`,
  kind: "state" as const,
  country: null,
});
const source = {
  id,
  ref: "S01",
  publisher: "P",
  title: "T",
  titleIsDescriptive: false,
  published: null,
  url: "https://example.org/s1",
  kind: "news" as const,
  kindNote: null,
};
const estimate = {
  low: null,
  best: null,
  high: null,
  unit: "drones",
  qualifier: "stated" as const,
  stage: "delivered" as const,
  per: null,
  wording: null,
  asOf: "2024-02",
  asOfEnd: null,
  estimatedBy: "A ministry",
  sourceRef: "S01",
  note: null,
  source,
};
const transfer: Transfer = {
  id,
  ref: "T01",
  supplier: actor("A01"),
  supplierNote: null,
  recipient: actor("A02"),
  intermediaries: [],
  routeLegs: [],
  itemCategory: "loitering_munitions",
  itemCategoryWording: "one-way attack drones",
  designation: null,
  description: null,
  periodStart: "2022-08",
  periodEnd: null,
  status: "reported",
  statusNote: null,
  statusWording: "reported by US, UK and Ukraine",
  statusSince: "2022-09",
  statusUntil: null,
  range: { low: "1000", high: "3500", unit: "drones", note: "Before the article" },
  note: null,
  estimates: [
    { ...estimate, wording: "several hundred" },
    { ...estimate, best: "12000", qualifier: "about", per: "month", stage: "agreed" },
  ],
  breaches: [],
  sources: [source],
};

/** The CSV's rows as objects keyed by column (no field here holds a comma or quote but the one checked). */
function rows(csv: string) {
  const [head, ...lines] = csv.trimEnd().split("\r\n");
  const header = head!.split(",");
  return lines.map((l) => {
    const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ""));
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!.replace(/^"|"$/g, "")]));
  });
}

describe("transfersCsv", () => {
  it("has a row per estimate with every vocabulary field", () => {
    const csv = transfersCsv([transfer], "https://site.example");
    expect(csv.split("\r\n")[0]).toBe(TRANSFER_COLUMNS.join(","));
    const [words, rate] = rows(csv) as [Record<string, string>, Record<string, string>];
    expect(words).toMatchObject({
      item_category: "loitering_munitions",
      item_category_wording: "one-way attack drones",
      status_wording: "reported by US, UK and Ukraine",
      status_since: "2022-09",
      range_low: "1000",
      range_high: "3500",
      range_unit: "drones",
      range_note: "Before the article",
      estimate_best: "",
      wording: "several hundred",
      stage: "delivered",
      per: "",
    });
    expect(rate).toMatchObject({ estimate_best: "12000", per: "month", stage: "agreed" });
  });
});
